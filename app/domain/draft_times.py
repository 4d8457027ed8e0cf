"""Clock times a complaint names: the time of an appointment or booking and the later time the writer
was served ('Afspraak om 10:30 ... Om 11:10 pas aan de beurt', 'gereserveerd om 19:00 maar kregen pas om
20:15 ons hoofdgerecht'), so the draft says the wait the way the writer timed it."""

from __future__ import annotations

import re

from app.domain.draft_cues import draft_cues
from app.domain.draft_fact_words import WEEKDAY
from app.domain.draft_text import sentence_start
from app.domain.words import HOUR_WORDS

_HOURS = {w: i + 1 for i, w in enumerate(HOUR_WORDS)} | {"één": 1}
_NUMBER = rf"(?:\d{{1,2}}|één|{'|'.join(HOUR_WORDS)})"
# A clock time as written: '10:30', '10.30', '10u45', '10 uur', '10u', 'half elf', 'kwart voor 11', 'kwart na acht'.
_CLOCK = (
    r"(?:\d{1,2}[:.u]\d{2}\b|\d{1,2}\s?(?:uur|u)\b|half\s+"
    + _NUMBER
    + r"\b|kwart\s+(?:over|voor|na)\s+"
    + _NUMBER
    + r"\b)"
)
_BOOKED = re.compile(
    r"\b(?:afspraak|gereserveerd|reservering|geboekt|boeking)\b[^.!?]{0,40}?\b(?:om|voor|tegen)\s+(?P<t>" + _CLOCK + ")"
    # ... or the time first: 'donderdag 12:30 gereserveerd', 'om 19u geboekt', 'om 11:00 een afspraak via de site'
    r"|(?P<u>\d{1,2}[:.u]\d{2}|\d{1,2}\s?(?:uur|u))\s+(?:\w+\s+)?(?:gereserveerd|geboekt|afspraak)\b",
    re.I,
)
# A time something was to be brought or ready: 'bezorgen om 10:00', 'levering 12:00', 'zou om 11 uur klaar zijn',
# 'om 9 uur afgesproken', 'besteld voor 10 uur'; the word for the promise may stand before or after the time.
_PROMISE_WORDS = r"(?:bezorg(?:en|d|ing)|lever(?:en|ing)|geleverd|klaar|ophalen|afgesproken|brengen)"
_AGREED = re.compile(
    rf"\b(?:{_PROMISE_WORDS}\b[^.!?]{{0,30}}?\b(?:om|rond|tegen|voor|op)?|besteld\s+(?:voor|tegen))\s*(?P<t>{_CLOCK})"
    rf"|\bom\s+(?P<u>{_CLOCK})\s+(?:\w+\s+){{0,2}}?{_PROMISE_WORDS}\b",
    re.I,
)
# A later time that says it had not come yet ('Om 12:50 nog niets'): not when it came.
_NOT_YET = re.compile(r"\s*(?:was\s+er\s+)?(?:nog\s+)?(?:steeds\s+|altijd\s+)?(?:niets|niks|niet|geen)\b", re.I)
# ... or that the writer came at that time and found nothing ready ('stond ik in de winkel: niets klaar').
_NOTHING_YET = re.compile(
    r"\b(?:niets|niks|nie|niet)\s+(?:klaar|gereed|ready)\b|\bnog\s+(?:steeds\s+|altijd\s+)?(?:niets|niks)\b"
    r"|\b(?:stond|was|kwam)\s+ik\b",
    re.I,
)
# Words that say the writer was served or helped at a time ('kwam om 21:15', 'om 11:10 pas aan de beurt').
_SERVED = re.compile(r"\b(?:kwam|kwamen|kregen|kreeg|geholpen|beurt|geserveerd|op\s+tafel|eindelijk|pas|stond)\b", re.I)
_LATER = re.compile(r"\bom\s+(?P<t>" + _CLOCK + ")", re.I)
# ... and when it came: 'om half één', 'het werd half drie', 'pas tegen vieren'.
_CAME = re.compile(r"\b(?:om|werd|pas|tegen|rond)\s+(?:het\s+|pas\s+)?(?P<t>" + _CLOCK + ")", re.I)


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _HOURS.get(word.lower(), 0)


def minutes(said: str) -> int | None:
    """'10:30' → 630, '10 uur' → 600, 'half elf' → 630, 'kwart voor 11' → 645, 'kwart na acht' → 495; None when
    unreadable."""
    said = said.lower().strip()
    found = re.fullmatch(r"(\d{1,2})[:.u](\d{2})", said)
    if found:
        return int(found.group(1)) * 60 + int(found.group(2))
    found = re.fullmatch(r"(\d{1,2})\s?(?:uur|u)", said)
    if found:
        return int(found.group(1)) * 60
    words = said.split()
    if len(words) == 2 and words[0] == "half" and _hour(words[1]):
        return (_hour(words[1]) - 1) * 60 + 30
    if len(words) == 3 and words[0] == "kwart" and _hour(words[2]):
        return _hour(words[2]) * 60 + (15 if words[1] in {"over", "na"} else -15)
    return None


def booked_and_served(text: str) -> tuple[str, str]:
    """('10:30', '11:10') for an appointment or booking time and a later time named within a few sentences
    after it; ('', '') when the comment names no such pair."""
    booked = _BOOKED.search(text)
    if booked is None:
        return "", ""
    said = booked.group("t") or booked.group("u")
    start = minutes(said)
    if start is None:
        return "", ""
    found = []
    for later in _LATER.finditer(text, booked.end(), booked.end() + 200):
        at = minutes(later.group("t"))
        # later the same morning or evening, on a 12- or 24-hour clock ('om 14:00 ... om kwart voor drie')
        if at is not None and 0 < (at - start) % (12 * 60) <= 4 * 60:
            found.append(later)
    # the time the writer was served ('hoofdgerecht kwam om 21:15'), not one they were still waiting at
    served = [f for f in found if _SERVED.search(text[max(0, f.start() - 30) : f.end() + 30])]
    return (said, (served or found)[0].group("t")) if found else ("", "")


def agreed_and_delivered(text: str) -> tuple[str, str]:
    """('10:00', 'half één') for the time an order was to be brought or ready and the latest later time
    the comment names after it, not one at which it had still not come ('Om 12:50 nog niets. Uiteindelijk om
    13:15 bezorgd' → '13:15'); ('', '') when the comment names no such pair."""
    agreed = _AGREED.search(text)
    if agreed is None:
        return "", ""
    said = agreed.group("t") or agreed.group("u")
    start = minutes(said)
    if start is None:
        return "", ""
    best, latest = "", 0
    for later in _CAME.finditer(text, agreed.end(), agreed.end() + 300):
        at = minutes(later.group("t"))
        late = (at - start) % (12 * 60) if at is not None else 0
        rest = re.split(r"[.!?]", text[later.end() : later.end() + 80], maxsplit=1)[0]
        # 'Om kwart over negen stond ik in de winkel: niets klaar': when the writer came, nothing was there yet
        if _NOT_YET.match(text, later.end()) or _NOTHING_YET.search(rest):
            continue
        if 0 < late <= 6 * 60 and late > latest:
            best, latest = later.group("t"), late
    return (said, best) if best else ("", "")


# The same in English: 'Appointment at 10:00, finally in the chair at 10:50', 'table booked for 7.30pm ... at 8.45'.
_EN_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?"
_EN_BOOKED = re.compile(
    rf"\b(?:appointment|booked|booking|reservation|reserved)\b[^.!?]{{0,40}}?\b(?:at|for)\s+(?P<t>{_EN_CLOCK})", re.I
)
_EN_LATER = re.compile(rf"\b(?:at|until|till|by)\s+(?P<t>{_EN_CLOCK})", re.I)


def english_wait(text: str) -> int:
    """The minutes between an English comment's appointment or booking time and the first later time it names
    within a few sentences ('Appointment at 10:00, finally in the chair at 10:50' → 50); 0 when none."""
    booked = _EN_BOOKED.search(text)
    start = minutes(_en_clock(booked.group("t"))) if booked else None
    if booked is None or start is None:
        return 0
    for later in _EN_LATER.finditer(text, booked.end(), booked.end() + 200):
        at = minutes(_en_clock(later.group("t")))
        late = (at - start) % (12 * 60) if at is not None else 0
        if 0 < late <= 4 * 60:
            return late
    return 0


def _en_clock(said: str) -> str:
    """'10.50' → '10.50', '7pm' → '7:00', '7.30 p.m.' → '7.30': a clock time ``minutes`` reads (on a 12-hour
    clock, which is how the wait is counted)."""
    bare = re.sub(r"\s?[ap]\.?m\.?$", "", said.strip(), flags=re.I)
    return bare if re.search(r"[:.]", bare) else f"{bare}:00"


TOOK = re.compile(r"\bduur(?:de|den|t)\b", re.IGNORECASE)  # 'de lunch duurde twee uur': how long it took


def said_ahead(text: str, duration: str) -> bool:
    """Whether ``duration`` says how long in advance ('drie weken van tevoren', 'twee dagen vooraf')."""
    if not duration:
        return False
    ahead = rf"{re.escape(duration)}\s+(?:van\s+tevoren|vantevoren|vooraf|op\s+voorhand|ervoor|daarvoor)\b"
    return re.search(ahead, text, re.I) is not None


# A form of 'wachten' ('moest wachten', 'gewacht', 'wacht al'), not 'verwacht'.
_WAIT = re.compile(r"(?<![\w-])(?:wacht|wachten|wachtte|wachtten|gewacht)\b", re.I)


def own_not_waited(own: bool, word: str, text: str) -> bool:
    """Whether the writer's own thing (``own``, 'mijn rolstoel') is not what they waited on: the comment tells
    a wait, and no sentence with it names the thing ('Ik kwam met mijn rolstoel ... Ik heb moeten wachten tot
    een ober alles had weggesleept')."""
    if not own or not word or _came_for(word, text):
        return False
    waits = list(_WAIT.finditer(text))
    sentences = (text[sentence_start(text, w.start()) : w.end() + 80] for w in waits)
    return bool(waits) and not any(re.search(rf"\b{re.escape(word)}\b", s, re.I) for s in sentences)


def _came_for(word: str, text: str) -> bool:
    """Whether a sentence that names the writer's own thing says they ordered it or came to fetch it ('mijn
    pistolets gaan halen die ik besteld had', 'm'n taart ophalen'): what they came for is what they waited on."""
    cues = draft_cues()
    for said in re.finditer(rf"\b{re.escape(word)}\b", text, re.I):
        start = sentence_start(text, said.start())
        ends = [i for i in (text.find(c, said.end()) for c in ".!?") if i >= 0]
        sentence = text[start : min(ends) if ends else len(text)]
        if cues.ordered.search(sentence) or cues.fetch.search(sentence):
            return True
    return False


def meanwhile_only(word: str, text: str) -> bool:
    """Whether ``word`` is named only in what others did during the wait ('Om 10 uur zat ik nog te wachten,
    terwijl de stagiaire de telefoon deed'): not what the writer waited on."""
    if not word:
        return False
    found = list(re.finditer(rf"\b{re.escape(word)}\b", text, re.I))
    for said in found:
        if not draft_cues().meanwhile.search(text, sentence_start(text, said.start()), said.start()):
            return False
    return bool(found)


# Words after 'afspraak ... voor' that say no treatment: a time, a day, a person, a clause going on.
_NOT_FOR = (
    r"(?:\d|half\b|kwart\b|morgen|vandaag|vanavond|vanmiddag|vanochtend|straks|later|volgende|vorige|deze|die|dat|"
    rf"mij|me|mijn|m'n|mn|onze|ons|ik|we|wij|hem|haar|zijn|jullie|{WEEKDAY})"
)
# ... and words that end the treatment: 'afspraak voor een permanent volgende week' is the permanent
_STOP = (
    r"(?:om|bij|en|maar|met|op|in|want|dus|van|tot|en|gemaakt|geboekt|gepland|gehad|had|was|ingepland|volgende|"
    rf"vorige|komende|deze|morgen|overmorgen|vandaag|gisteren|vanmorgen|vanochtend|vanavond|{WEEKDAY})\b"
)
# What an appointment was for: 'afspraak om 9u voor box braids', 'een afspraak voor een kleuring om 10:30'.
_BOOKED_FOR = re.compile(
    r"\bafspraak\b[^.!?,]{0,25}?\bvoor\s+(?P<wat>(?:(?:een|de|het)\s+)?(?!" + _NOT_FOR + r")[a-zà-ÿ-]{3,}"
    r"(?:\s+(?!" + _STOP + r")[a-zà-ÿ-]{3,})?)\b(?!\s*[:.]?\d)",
    re.I,
)


def booked_for(text: str) -> str:
    """What the appointment was for, as the writer says it ('afspraak om 9u voor box braids' → 'box braids',
    'afspraak voor een kleuring om 10:30' → 'een kleuring'); '' when the comment does not say."""
    found = _BOOKED_FOR.search(text)
    return found.group("wat") if found else ""


# The writer's own thing that still stands at the business after all that time ('mijn Sparta die nu al 4 weken bij je
# staat', 'staat al drie weken bij jullie'): nothing came back yet that could be broken, so no warranty in the reply.
_STILL_AT_SHOP = re.compile(
    r"\b(?:al|nog)\s+(?:(?:steeds|altijd|ruim|bijna|\d+|een|twee|drie|vier|vijf|zes|acht|tien)\s+){0,3}(?:dag|dagen|week|weken|maand|maanden)\s+(?:bij\s+(?:je|jou|jullie|u|de\s+zaak|de\s+winkel)|in\s+(?:de|je|jullie|uw)\s+(?:werkplaats|winkel|zaak))\s+(?:staat|staan|ligt|liggen|stond|lag)\b"
    r"|\b(?:staat|staan|ligt|liggen|stond|lag)\s+(?:(?:hij|ze|die|het)\s+)?(?:nu\s+)?(?:al|nog\s+(?:steeds|altijd))\s+(?:(?:ruim|bijna|\d+|een|twee|drie|vier|vijf|zes|acht|tien)\s+){0,2}(?:dag|dagen|week|weken|maand|maanden)\s+(?:bij\s+(?:je|jou|jullie|u|de\s+zaak|de\s+winkel)|in\s+(?:de|je|jullie|uw)\s+(?:werkplaats|winkel|zaak))\b"
    # 'al drie weken staat m'n fiets achter in je werkplaats': the time first, then the thing and where
    r"|\b(?:al|nog)\s+(?:(?:steeds|altijd|ruim|bijna|\d+|een|twee|drie|vier|vijf|zes|acht|tien)\s+){0,3}(?:dag|dagen|week|weken|maand|maanden)\s+(?:staat|staan|ligt|liggen|stond|lag)\s+(?:mijn|m'n|mn|onze|ons|de|die|hij|ze)\s+(?:[\w-]+\s+){0,2}?(?:achter\s+|nog\s+)?(?:bij\s+(?:je|jou|jullie|u|de\s+zaak|de\s+winkel)|in\s+(?:de|je|jullie|uw)\s+(?:werkplaats|winkel|zaak))\b",
    re.I,
)


def still_at_shop(text: str) -> bool:
    """Whether the writer's thing still stands at the business after all that time ('staat al drie weken bij
    jullie', 'al drie weken staat m'n fiets in je werkplaats'): a wait for it, not a thing that failed."""
    return _STILL_AT_SHOP.search(text) is not None
