"""What happened to an appointment or booking, as the writer tells it, and what the writer did to come:
'last minute verzet', 'bleek ik niet in de agenda te staan', 'afgezegd', 'voor de derde keer';
'met de regiotaxi gekomen', 'speciaal vrij genomen', 'helemaal uit Emmen gereden'. The draft says it back
instead of 'anders dan afgesproken'. Each class is the whole set of ways Dutch says it, not one comment's words.
Also whose occasion it was when the writer names the person after it ('het verjaardagsfeestje van Fenna')."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_cues import draft_cues
from app.domain.draft_fact_words import WEEKDAY
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_text import sentences_and_lines
from app.domain.draft_wish_said import ours
from app.domain.topics import TopicAnalysis, article_of
from app.domain.words import MONTH_WORDS, alternation, possessive_alternation

# What went wrong with the appointment itself, by kind; the first kind found in the comment counts.
_EVENTS = (
    (
        "not_booked",
        r"\b(?:niet|nie|nergens)\s+(?:in\s+(?:de|jullie|uw|je|het)\s+(?:agenda|systeem|boek)|genoteerd|ingepland|"
        r"ingeschreven|gereserveerd|geboekt|doorgekomen)\b|\b(?:geen|niet\s+eens\s+een)\s+(?:reservering|afspraak)\s+"
        r"(?:gevonden|stond|was|te\s+vinden)|\b(?:vergeten|vergaten)\s+(?:in\s+te\s+plannen|te\s+noteren|in\s+te\s+schrijven)"
        r"|\b(?:afspraak|reservering)\s+(?:was\s+)?(?:kwijt|zoek)\b",
    ),
    ("double", r"\bdubbel\s*(?:ge)?boek(?:t|ing)|\bdubbel\s+ingepland\b|\btwee\s+klanten\s+(?:op|tegelijk)\b"),
    (
        "moved",
        r"\b(?:verzet|verplaatst|verschoven|omgezet|omgegooid|opgeschoven)\b|\b(?:verzetten|verplaatsen|verschuiven)\b"
        r"[^.!?]{0,30}\b(?:moest|moesten|werd|werden)\b",
    ),
    (
        "cancelled",
        r"\b(?:afgezegd|geannuleerd|afgebeld|gecanceld|gecanceled|afgeblazen|geschrapt|verwijderd|cancell?ed|"
        r"weggehaald|doorgestreept)\b|\bgaat\s+niet\s+door\b|\bging\s+niet\s+door\b",
    ),
    # overbooked: the booking made for another time ('dat ze overboekt zijn, alleen om 17:00'), unless the same
    # sentence says it was dropped ('overboekt en mijn afspraak geschrapt': cancelled, above)
    ("moved", r"\b(?:overboekt|overgeboekt|overbooked)\b"),
)
# a date or a day, with a date after the day ('31/12', '31 december', 'zaterdag 14 december', 'oudejaarsdag')
_DATE = re.compile(
    rf"(?:(?:{WEEKDAY})\s+)?\d{{1,2}}(?:[-/.]\d{{1,2}}(?![-/.]?\d)|\s+(?:{MONTH_WORDS})\b)"
    r"|\boud(?:e)?jaars?(?:dag|avond)\b|\boudjaar\b|\bkerstavond\b|\b(?:eerste|tweede)\s+kerstdag\b"
    rf"|\b(?:{WEEKDAY})\b",
    re.I,
)
_EVENT = [(key, re.compile(pattern, re.I)) for key, pattern in _EVENTS]
# The writer came and found the door shut ('stond ik voor een dichte deur', 'voor een gesloten deur gestaan', 'de deur
# was op slot', 'voor gesloten deuren'): nobody was there, which is no wait and no appointment moved.
_SHUT = re.compile(
    r"\bvoor\s+(?:een\s+|de\s+)?(?:dichte|gesloten|lege|toe)\s+(?:deur|deuren|winkel|zaak)\b"
    # Flemish and short: 'om 12u15 op een dinsdag is 't toe?!', 'stond alles dicht'
    r"|\b(?:is|was|bleek|stond)\s+(?:'t|het|alles)\s+(?:al\s+|gewoon\s+)?(?:toe|dicht|gesloten)\b"
    r"|\bvoor\s+een\s+deur\s+die\s+(?:dicht|gesloten|op\s+slot)\b"
    r"|\b(?:de\s+)?deur\s+(?:was|bleef|zat|is)\s+(?:nog\s+|gewoon\s+|helemaal\s+)?(?:dicht|gesloten|toe|op\s+slot)\b",
    re.I,
)
# The writer's own word for what was booked ('afspraak', 'reservering', 'reservatie', 'boeking').
_BOOKED = re.compile(r"\b(?P<noun>afspraak|reservering|reservatie|boeking)\b", re.I)


def shut_out_at(text: str) -> tuple[bool, str]:
    """(whether the writer stood before a shut door, the noun of what they had booked as written or ''): 'Om 19:00
    stond ik voor een dichte deur. Afspraak netjes online geboekt' → (True, 'afspraak')."""
    if _SHUT.search(text) is None:
        return False, ""
    booked = _BOOKED.search(text)
    return True, booked.group("noun").lower() if booked else ""


_SHORT_NOTICE = re.compile(
    r"\b(?:last[\s-]minute|op\s+het\s+(?:aller)?laatste\s+moment|kort\s+(?:van\s*tevoren|dag)|dezelfde\s+dag|"
    r"een\s+uur\s+(?:van\s*tevoren|ervoor)|'s\s+ochtends\s+zelf)\b",
    re.I,
)
_ORDINALS = ("tweede", "derde", "vierde", "vijfde", "zesde")
# 'de 3e keer', 'voor de derde keer', '3x al', 'alweer', 'weer eens'.
_AGAIN = re.compile(
    r"\b(?P<n>[2-6])(?:e|de|ste)\s+keer\b|\b(?P<w>" + "|".join(_ORDINALS) + r")\s+keer\b|\b(?P<x>[2-6])\s*x\b",
    re.I,
)


# The writer (or their customer) did it: 'hebben we het feest geannuleerd', 'Onze klant heeft de order geannuleerd'.
_BY_WRITER = re.compile(
    r"\b(?:ik|we|wij|klant|klanten)\s+(?:\w+\s+)?(?:heb|hebben|heeft|had|hadden)\b|\b(?:heb|hebben|had|hadden)\s+(?:ik|we|wij)\b",
    re.I,
)


def appointment_event(text: str) -> tuple[str, bool, str, str]:
    """(kind, short notice, 'derde', sentence) for what happened to the appointment: 'moved', 'cancelled',
    'not_booked', 'double' or ''; whether it came at the last minute; which time it was when the writer counts
    ('3e keer'); the sentence that tells it. Not what the writer did themself ('we hebben geannuleerd')."""
    for sentence in sentences_and_lines(text):
        found = next(((key, m) for key, pattern in _EVENT if (m := pattern.search(sentence))), None)
        if found is None:
            continue
        kind, match = found
        # only the clause of the event: 'Ik heb gemaild over mijn afspraak die verzet was' is not the writer's doing
        clause = re.split(r",|\b(?:die|dat|maar|en|want)\b", sentence[: match.start()], flags=re.I)[-1]
        if not _BY_WRITER.search(clause):
            break
    else:
        return "", False, "", ""
    again = _AGAIN.search(text)
    nth = ""
    if again:
        number = again.group("n") or again.group("x")
        nth = _ORDINALS[int(number) - 2] if number else again.group("w").lower()
    return kind, _SHORT_NOTICE.search(text) is not None, nth, sentence


# What the writer did to come: the transport ('met de regiotaxi gekomen', 'met de trein uit Zwolle'), the
# distance ('helemaal uit Emmen gereden'), time off or a sitter arranged ('speciaal vrij genomen').
_CAME = r"(?:ge)?komen|kwam|kwamen|gereden|reed|reden|gereisd|gefietst|aangekomen"
_BY = re.compile(
    rf"\bmet\s+(?:de|het|mijn|m'n|onze)\s+(?P<w>[a-zà-ÿ]{{3,}})\s+(?:(?:naar|hier(?:heen)?|bij)\s+(?:\w+\s+)?)?(?:{_CAME})\b"
    rf"|\b(?:{_CAME})\s+met\s+(?:de|het|mijn|m'n|onze)\s+(?P<v>[a-zà-ÿ]{{3,}})\b",
    re.I,
)


def journey_said(sentence: str) -> bool:
    """Whether ``sentence`` tells how the writer came ('Ik was er een uur voor met de trein gekomen', 'helemaal
    uit Emmen gereden', 'twee uur onderweg') and no waiting: a time in it is the journey, not a wait."""
    travel = any(shape.search(sentence) for shape in (_BY, _FAR, draft_cues().travelled))
    return travel and re.search(r"(?<![\w-])(?:ge)?wacht", sentence, re.I) is None


def ordered_ahead(text: str) -> bool:
    """Whether the writer had ordered what was sold out when they came ('Koningentaart besteld ... alles was
    uitverkocht'): their order was not kept, not bad luck of coming late."""
    own = _QUOTE.sub(" ", text.replace("’", "'").replace("‘", "'"))  # ''hedde nie besteld?'': staff asked it
    return any(not _NOT_BEFORE.search(own[: m.start()]) for m in draft_cues().ordered.finditer(own))


# A quote of what someone said ('En dan nog 'hedde nie besteld?''), and a negation just before the order ('niet
# besteld', 'nooit iets besteld'): no order of the writer's.
_QUOTE = re.compile(r"(?:(?<=[\s(:])|^)['\"“][^'\"”\n]{2,120}?['\"”](?![a-zà-ÿ])", re.I)
_NOT_BEFORE = re.compile(r"\b(?:niet|nie|nooit|geen|not|never|didn'?t)\s+(?:\S+\s+)?$", re.I)


# Means of coming that are no effort ('met de auto van mijn man' is said, 'met mijn moeder' is company).
_COMPANY = re.compile(r"^(?:moeder|vader|man|vrouw|zoon|dochter|kinderen|kids|vriend|vriendin|zus|broer|oma|opa)", re.I)
_FAR = re.compile(rf"\bhelemaal\s+(?:uit|vanuit|van)\s+(?P<w>(?-i:[A-Z])[\w-]+)\s+(?:{_CAME})\b", re.I)
_OFF = re.compile(
    r"\b(?:vrij|verlof|vakantiedag|snipperdag|vrije\s+dag)\s+(?:voor\s+|ervoor\s+)?(?:genomen|opgenomen|geregeld|gevraagd|gekregen)\b"
    r"|\boppas\s+(?:geregeld|geboekt|geregeld)\b",
    re.I,
)


def effort_made(text: str) -> tuple[str, str, bool]:
    """('by', 'regiotaxi', False), ('far', 'Emmen', False), ('off', 'vrij', False) or ('', '', False): what the
    writer did to come; the flag says the means was their own ('met mijn auto')."""
    found = _BY.search(text)
    if found:
        word = (found.group("w") or found.group("v")).lower()
        own = re.search(rf"\bmet\s+(?:mijn|m'n|onze)\s+{re.escape(word)}\b", text, re.I) is not None
        if not _COMPANY.match(word):
            return "by", word, own
    found = _FAR.search(text)
    if found:
        return "far", found.group("w"), False
    off = _OFF.search(text)
    if off:
        return "off", "oppas" if "oppas" in off.group(0).lower() else "vrij", False
    return "", "", False


# The writer's words for what was booked, by lemma, as the reply says them.
_BOOKED_WORDS = {
    **{w: w for w in ("afspraak", "reservering", "boeking", "bezorging", "levering")},
    **{"gereserveerd": "reservering", "geboekt": "boeking", "agenda": "afspraak", "tafel": "reservering"},
    **{"reserveren": "reservering", "reserveerden": "reservering", "reserveerde": "reservering"},
}


def booked_date(text: str, noun: str) -> str:
    """' op 31/12' for 'Afspraak op 31/12 ...', ' van vrijdag 20 december' for 'mijn reservering van vrijdag 20
    december': the date or day the writer gives the booking right after its word, to say back with it; ''."""
    found = re.search(rf"\b{re.escape(noun)}\s+(?P<p>op|voor|van)\s+(?:de\s+)?(?P<d>{_DATE.pattern})", text, re.I)
    return f" {found.group('p').lower()} {found.group('d')}" if found else ""


# Where the writer booked to sit ('we hadden op het terras gereserveerd', 'aan het raam geboekt'): said back with the
# booking ('je reservering op het terras'); not when or how ('in de vakantie', 'aan de telefoon'). The place is one
# or two words ('het grote terras'), so each 'in de' looks no further than two words ahead.
_BOOKED_WHERE = re.compile(
    r"\b(?P<where>(?:op|in|aan|bij)\s+(?:het|de|'t)\s+(?P<noun>[a-zà-ÿ']{3,}(?:\s+[a-zà-ÿ']{3,})?))"
    r"\s+(?:gereserveerd|geboekt)\b",
    re.I,
)
# ... the place after the verb, in its sentence: 'Gereserveerd voor 12 personen in de bovenzaal'
_BOOKED_THEN_WHERE = re.compile(
    r"\b(?:gereserveerd|geboekt)\b[^.!?\n]{0,60}?\b(?P<where>(?:op|in|aan|bij)\s+(?:het|de|'t)\s+"
    r"(?P<noun>[a-zà-ÿ']{3,}))\b",
    re.I,
)


def booked_where(text: str) -> str:
    """' op het terras' for 'we hadden op het terras gereserveerd': where the writer booked to sit, a place to sit
    (resources/phrase_cues.toml booked_places, also at the end of a compound: 'zonneterras'); '' for anything else
    ('op het internet', 'in de kerstvakantie', 'aan de telefoon')."""
    places = phrase_cues().booked_places
    for found in (_BOOKED_WHERE.search(text), _BOOKED_THEN_WHERE.search(text)):
        noun = " ".join(found.group("noun").lower().split()) if found else ""
        if found is not None and len(noun.split()) <= 2 and noun.endswith(places):
            return f" {' '.join(found.group('where').lower().split())}"
    return ""


def sat_where(text: str, thing: str) -> str:
    """' op het terras' for 'Zaterdag op het terras ... de pinten waren lauw': the one place to sit the writer named
    (resources/phrase_cues.toml booked_places) before ``thing`` was said, where what was served was judged; '' when
    no place or more than one is named, or the place only after the thing ('de soep was koud; buiten op het terras
    was het wel gezellig')."""
    found = re.search(rf"\b{re.escape(thing)}\b", text, re.I)
    if found is None:
        return ""
    places = alternation(phrase_cues().booked_places, spaced=True)
    said = re.compile(rf"\b(?P<where>(?:op|aan|in)\s+(?:het|de|'t)\s+(?:{places}))\b", re.I)
    named = {" ".join(m.group("where").lower().replace("'t", "het").split()) for m in said.finditer(text)}
    before = said.search(text[: found.start()])
    if before is None or len(named) != 1:
        return ""
    return f" {next(iter(named))}"


def booked_word(sentence: str, nouns: bool = False) -> str:
    """The writer's word for what was booked in ``sentence`` ('mijn afspraak werd verzet' → 'afspraak',
    'de tafel stond er niet in' → 'reservering'), or ''; with ``nouns`` only the word itself ('afspraak')."""
    words = re.findall(r"[a-zà-ÿ]+", sentence.lower())
    return next((_BOOKED_WORDS[w] for w in words if w in _BOOKED_WORDS and (not nouns or _BOOKED_WORDS[w] == w)), "")


def effort_clause(kind: str, word: str, whose: str) -> str:
    """The end of 'En dat terwijl u er ...': 'speciaal met de regiotaxi voor kwam', 'helemaal uit Emmen voor
    kwam', 'speciaal vrij voor had genomen'; ``whose`` is the article or the writer's possessive."""
    if kind == "by":
        return f"speciaal met {whose} {word} voor kwam"
    if kind == "far":
        return f"helemaal uit {word} voor kwam"
    if kind == "off":
        return "speciaal een oppas voor had geregeld" if word == "oppas" else "speciaal vrij voor had genomen"
    return ""


# The writer's own life event, said with a verb ('wij trouwen in mei', 'ik trouw op 10 augustus').
OWN_EVENT = re.compile(
    r"\b(?:ik|we|wij)\s+(?:\w+\s+){0,2}?(?:trouwen|trouw|jarig|verloofd|geslaagd|bevallen|getrouwd)\b", re.I
)
# A baby on its way, the writer's own or a near one's: 'we krijgen eind juni een kleine', 'wij verwachten in mei ons
# tweede kindje', 'ik ben zwanger', 'uitgerekend op 3 maart', 'mijn dochter is in verwachting'.
EXPECTING = re.compile(
    r"\b(?:ik|we|wij|ze|zij|hij)\s+(?:krijg|krijgen|krijgt|verwacht|verwachten)\s+(?:[\w']+\s+){0,4}?"
    r"(?:een|ons|onze|hun|haar|zijn)\s+(?:(?:eerste|tweede|derde|vierde|kleine|klein)\s+)?"
    r"(?:kleine|kleintje|baby|babytje|kindje|zoontje|dochtertje|tweeling)\b"
    r"|\b(?:zwanger|uitgerekend|in\s+verwachting|baby\s+op\s+komst|kindje\s+op\s+komst|kleine\s+op\s+komst)\b",
    re.I,
)
# The writer's own thing to be fixed up at a repair business: 'Heb een oude Gazelle van mijn opa die ik wil laten
# opknappen', 'ik wil mijn racefiets laten nakijken', 'mijn oude brommer moet eens opgeknapt worden'.
_FIX_VERBS = (
    r"(?:opknappen|opgeknapt|repareren|gerepareerd|restaureren|gerestaureerd|nakijken|nagekeken|ombouwen|omgebouwd)"
)
_THING = r"(?P<thing>(?:[\w'-]+\s+){0,2}?[\w'-]{3,}(?:\s+van\s+(?:mijn|m'n|mn|onze|ons|mijn\s+\w+)\s+[\w'-]+)?)"
_FIX_UP = (
    re.compile(
        rf"\b(?:een|mijn|m'n|mn|onze|ons)\s+{_THING}\s*,?\s+die\s+(?:ik|we|wij)\s+(?:[\w']+\s+){{0,3}}?"
        rf"(?:laten\s+)?{_FIX_VERBS}\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:ik|we|wij)\s+(?:wil|willen|wou|wilde|zou|zouden|ga|gaan)\s+(?:graag\s+|eens\s+|nog\s+)*"
        rf"(?:{possessive_alternation()})\s+{_THING}\s+(?:graag\s+|eens\s+)*laten\s+{_FIX_VERBS}\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:{possessive_alternation()})\s+{_THING}\s+(?:moet|moeten)\s+(?:nodig\s+|eens\s+|nog\s+)*{_FIX_VERBS}\b",
        re.I,
    ),
)


def fix_up_thing(text: str) -> str:
    """The writer's own thing they want fixed up, as written ('oude Gazelle van mijn opa', 'racefiets'), or ''."""
    found = next((m for pattern in _FIX_UP if (m := pattern.search(text))), None)
    return " ".join(found.group("thing").split()) if found else ""


def fix_up_said(text: str, poss: str, register: str) -> str:
    """That thing as the reply names it ('die oude Gazelle van je opa', 'uw racefiets'; ``poss`` the reader's 'je'
    or 'uw'), or ''."""
    thing = fix_up_thing(text)
    if not thing:
        return ""
    whose = "die" if thing.split()[0].lower() in {"oude", "ouwe"} else poss
    return f"{whose} {ours(thing, 'ik', register)}"


def expecting(text: str, topics: TopicAnalysis) -> bool:
    """Whether a comment tells of a baby on its way (not in a comment about a loss)."""
    return EXPECTING.search(text) is not None and topics.occasion != "rouw"


_NOT_NAMES = frozenset({"de", "het", "een", "ons", "onze", "mijn", "haar", "zijn", "jullie", "hun", "die", "dat"})


def named_owner(topics: TopicAnalysis, text: str) -> str:
    """The name of the person whose occasion it is, as the writer wrote it after the occasion ('het 6e
    verjaardagsfeestje van Fenna' → 'Fenna'), when the analysis has no owner; else ''."""
    words = topics.occasion_words
    if not words or topics.owner or topics.occasion == "rouw":
        return ""
    # a name is capitalised in the middle of the sentence; not an article or a word in capitals ('van De Kroon')
    found = re.search(rf"\b{re.escape(words)}\s+van\s+(?P<name>(?-i:[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?))\b", text, re.I)
    name = found.group("name") if found else ""
    return name if name and name.lower() not in _NOT_NAMES else ""


# When an occasion comes soon: 'morgen schoolfoto', 'zaterdag de bruiloft'.
# Days and feasts everyone has ('voor moederdag', 'op Valentijnsdag', 'vlak voor carnaval'): nobody's own, no
# 'je'/'uw'; a complaint about that day names it.
EVERYONES_DAYS = frozenset({"moederdag", "valentijn", "carnaval"})
_SOON = rf"(?:morgen|overmorgen|vanavond|straks|{WEEKDAY})"


def occasion_whose(topics: TopicAnalysis, text: str, phrase: str) -> str:
    """The occasion phrase of a complaint; a day counted in years that the writer did not call their own
    ('70ste verjaardag schoonvader') is 'de 70ste verjaardag', not 'uw'."""
    words = topics.occasion_words
    if not topics.ages or topics.owner or re.search(rf"\b(?:ons|onze|mijn|m'n)\s+{re.escape(words)}", text, re.I):
        return phrase
    return f"{article_of(words.split()[-1])} {words}"


def own_occasion(topics: TopicAnalysis, empathy: str, text: str) -> bool:
    """Whether the writer's own occasion ('voor ons teamuitje', 'mijn verjaardag'; not 'De receptie deed
    niks') is missing from the empathy and not already in the thing named ('de bruidstaart')."""
    words = topics.occasion_words
    if not words or words in empathy or topics.occasion == "rouw":
        return False
    # 'de bruidstaart' names the occasion already, unless the writer named it as theirs too ('onze bruiloft')
    if topics.urgent and not topics.owner and not topics.products:
        return True  # 'Carnaval komt eraan' after a bad cut: the occasion ahead is the writer's concern
    if topics.occasion in EVERYONES_DAYS and not any(p.occasion for p in topics.products[:1]):
        return True  # 'Gereserveerd op Valentijn': the day it went wrong on
    if OWN_EVENT.search(text) and not topics.owner:
        return True  # 'Ik trouw op 10 augustus': the writer's own wedding
    if topics.ages and not any(p.occasion for p in topics.products[:1]):
        return True  # 'een tafel voor 14 (70ste verjaardag schoonvader)': a day counted in years is a family's
    if re.search(rf"\b{_SOON}\s+(?:is\s+)?(?:de\s+|het\s+)?{re.escape(words)}\b", text, re.I):
        return True  # 'morgen schoolfoto', 'zaterdag is het trouwfeest': coming, and so the writer's concern
    if not topics.owner and re.search(rf"\b{re.escape(words)}\s+van\s+(?:ons|onze|mijn|m'n)\b", text, re.I):
        return True  # 'Eindejaarsfeest van ons kantoor': the occasion of the writer's own group
    named = any(p.occasion for p in topics.products[:1])
    whose = r"ons|onze|mijn|m'n" if named else r"ons|onze|mijn|m'n|voor|zijn|haar"
    own = rf"\b(?:{whose})\s+(?:[\w-]+\s+)?{re.escape(words)}"
    return re.search(own, text, re.I) is not None


# The day the writer came, as they said it: 'Zondagmorgen om 9u', 'zaterdag om 11 uur' (a sold-out complaint).
@cache
def _day_said() -> re.Pattern[str]:
    """A weekday and its part of the day ('ochtend' in 'zaterdagochtend': resources/phrase_cues.toml day_parts)."""
    return re.compile(rf"\b{WEEKDAY}(?:{alternation(phrase_cues().day_parts)})?\b", re.I)


# The writer asks for more of it to be made: 'Bakt er dan wat meer', 'waarom niet gewoon meer bakken??'.
_MORE = re.compile(r"\bbak\w*\b[^.!?]{0,25}\bmeer\b|\bmeer\b[^.!?]{0,25}\b(?:ge)?bak(?:ken|t)\b", re.I)


def day_said(text: str) -> str:
    """The weekday (with its part of the day) the writer names first, in lower case, or ''."""
    found = _day_said().search(text)
    return found.group(0).lower() if found else ""


@cache
def _every_day() -> re.Pattern[str]:
    """A weekday the writer names as coming back ('Elke zondag dezelfde miserie', 'iedere zaterdagochtend')."""
    cues = phrase_cues()
    parts = alternation(cues.day_parts)
    return re.compile(rf"\b(?:{alternation(cues.every)})\s+({WEEKDAY}(?:{parts})?)(?:en)?\b", re.I)


def day_of(text: str, sentence: str) -> tuple[str, bool]:
    """(the weekday something happened on, whether it comes back): a day the writer says comes back ('Elke
    zondag ...'), anywhere; else the day named in ``sentence`` (not one it was for, 'voor zondag besteld');
    ('', False) when neither."""
    every = _every_day().search(text)
    if every:
        return every.group(1).lower(), True
    found = next(
        (
            d
            for d in _day_said().finditer(sentence)
            if not re.search(r"\b(?:voor|tegen|tot)\s+$", sentence[: d.start()], re.I)
        ),
        None,
    )
    return (found.group(0).lower(), False) if found else ("", False)


def asks_more(text: str) -> bool:
    """Whether the writer says more should be baked."""
    return _MORE.search(text) is not None


# A child's age in words ('mijn kleindochter van twaalf'): the numbers up to twenty.
_AGES = "(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien)"


def comes_along(person: str, text: str) -> bool:
    """Whether the writer brings this person along: 'met mijn zoontje', 'mag mijn moeder mee?', or a child
    by age the question is for ('mijn zoontje van 4'); not 'de fiets van mijn dochter', nor a sister-in-law
    who comes to stay."""
    p = re.escape(person)
    return bool(
        re.search(rf"\bmet\s+(?:\S+\s+){{0,3}}{p}\b|\b{p}\b[^.?!]{{0,40}}\b(?:mee|erbij|zelf)\b", text, re.I)
        or re.search(rf"\b{p}\s+(?:[A-Z][\w'-]+\s+)?(?:van\s+|\(\s*)(?:\d|{_AGES}\b)", text)
        or re.search(rf"\b(?:mee|neem|nemen|breng)\w*\b[^.?!]{{0,30}}\b{p}\b", text, re.I)
    )


# A farewell after years of work ('mijn afscheid na 38 jaar', 'after 25 years'): a career ended, congratulated.
_CAREER = re.compile(
    r"\b(?:na|after)\s+(?:ruim\s+|bijna\s+|meer dan\s+|liefst\s+|more than\s+|almost\s+|over\s+)?"
    r"(?:\d+|\w+tig|\w+tien)\s+(?:jaar|years)\b|\b(?:\d+|\w+tig|\w+tien)\s+(?:jaar|years)\s+(?:trouwe\s+)?dienst\b",
    re.I,
)


def career_ended(text: str) -> bool:
    """Whether a farewell is said to come after years of work ('na 38 jaar in het onderwijs', 'na ruim veertig
    jaar', '25 jaar trouwe dienst'): a career ended, congratulated like a retirement."""
    return _CAREER.search(text) is not None


def left_out(thing: str, text: str) -> bool:
    """'zonder spiegel', 'zonder een spiegel', 'without a mirror': the thing was left out, not praised."""
    without = rf"\b(?:zonder|without)\s+(?:een\s+|de\s+|het\s+|a\s+|the\s+)?{re.escape(thing)}\b"
    return re.search(without, text, re.I) is not None


# A word said of someone after a copula, with no article ('iedereen was content', 'de kinderen waren top'): how
# they felt or found it, an adjective, never a thing praised (not 'zijn': also 'his', as in 'zijn fiets').
_COPULA = r"\b(?:was|waren|is|bleef|bleven|werd|werden)\s+(?:(?:zo|heel|echt|super|zeer|erg|helemaal|allemaal)\s+)?"


def only_said_of(thing: str, text: str) -> bool:
    """Whether ``thing`` is only said after 'was', 'waren', ... with no article ('iedereen was content'): a word for
    how someone was, not a thing to thank for."""
    said = list(re.finditer(rf"(?<![\w-]){re.escape(thing)}(?![\w-])", text, re.I))
    return bool(said) and all(re.search(rf"{_COPULA}$", text[: m.start()], re.I) for m in said)


def one_of_team(person: str, text: str) -> bool:
    """'rekening gehouden met onze collega die halal eet' at a team lunch: one colleague of the group the writer
    speaks for, greeted as the whole team rather than singled out ('mijn collega' is the writer's own one)."""
    return person in {"collega", "medewerker"} and re.search(rf"\bonze\s+{person}\b", text, re.I) is not None


# The one who signs praised together with the rest ('Ilona en haar team', 'Griet en heel de ploeg', 'Sjoerd & het
# hele team'): the work was the team's.
_WITH_TEAM = re.compile(
    r"(?:\ben|&|\+|\bmet)\s+(?:haar|zijn|hun|heel\s+(?:het|de|haar|zijn|hun)|het\s+hele|de\s+hele|het|de|al\s+de)\s+"
    r"(?:team|ploeg|crew|personeel|collega's|staf|meiden|mannen)\b",
    re.I,
)


def with_team(text: str) -> bool:
    """Whether the comment praises someone together with their team ('Ilona en haar team', 'Griet en heel de
    ploeg'): the signer did not do it alone, so no 'Dat deed ik met alle plezier'."""
    return _WITH_TEAM.search(text) is not None


# A birthday read from an age or an ordinal ('ons pap werd 75', 'de 90e verjaardag van opa'): '75ste verjaardag'.
_AGE_BIRTHDAY = re.compile(r"^(\d{1,3})(?:ste|de|e) verjaardag$")


# 'Sarah gezien', 'Abraham zien': the Dutch way to say someone turned fifty.
_FIFTY = re.compile(r"^(?:sarah|sara|abraham)", re.I)


def birthday_age(occasion_words: str) -> str:
    """The age of a birthday said with its number ('75' of '75ste verjaardag') or as Sarah or Abraham ('50' of
    'Sarahfeest'); '' for any other occasion."""
    found = _AGE_BIRTHDAY.match(occasion_words)
    return found.group(1) if found else ("50" if _FIFTY.match(occasion_words) else "")


# A wedding anniversary with its years ('25ste trouwverjaardag', '25-jarig huwelijk', '40ste huwelijksverjaardag').
_MARRIED_YEARS = re.compile(r"^(\d{1,2})(?:ste|de|e|-jarige?)\s+(?:trouw|huwelijk)\w*$")


def married_years(occasion_words: str) -> str:
    """The years of a wedding anniversary said with its number ('25' of '25ste trouwverjaardag' or '30-jarig
    huwelijksjubileum'); '' for any other occasion."""
    found = _MARRIED_YEARS.match(occasion_words)
    return found.group(1) if found else ""


# Someone of the writer's who turned an age, told on another day: 'met mama, die dit jaar 80 werd'.
_TURNED = re.compile(
    r"\bdie\s+(?:dit\s+jaar\s+|net\s+|onlangs\s+|pas\s+|vorige\s+week\s+|gisteren\s+)?(\d{2,3})\s+"
    r"(?:werd|geworden\s+is|is\s+geworden)\b",
    re.I,
)


def turned(text: str) -> str:
    """The age someone of the writer's turned, told beside the occasion ('80' of 'Moederdag gevierd met mama, die dit
    jaar 80 werd'); '' when none is told so."""
    found = _TURNED.search(text)
    return found.group(1) if found else ""


def denied(occasion: str, text: str) -> bool:
    """Whether the occasion is said not to be ('Is het waar dat ze geen diploma heeft?', 'nooit getrouwd', 'niet
    geslaagd'): no life event, nobody to congratulate or to note it of."""
    if not occasion:
        return False
    said = re.escape(occasion.rsplit(maxsplit=1)[-1])
    return re.search(rf"\b(?:geen|nooit|niet)\s+(?:\w+\s+)?{said}\b", text, re.I) is not None
