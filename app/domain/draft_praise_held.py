"""What a compliment says the work held out or rescued: how long it held ('zat om 3 uur 's nachts nog perfect',
'hield stand tot na de openingsdans'), the broken thing the writer came with ('met een afgebroken derailleurpad
aan de deur') and what the work saved ('Wout heeft mijn Ronde-cyclo gered'), as said back."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from app.domain.datafile import read_toml
from app.domain.draft_fact_words import fact_words
from app.domain.topics import article_of, shipped_topic_data
from app.domain.words import MINE, OURS, alternation, possessive_alternation
from app.errors import DataFileError
from app.resources import resource_path


@lru_cache(maxsize=32)
def praise_list(key: str, path: str | Path | None = None) -> tuple[str, ...]:
    """A list of resources/praise.toml (or of ``path``) in lower case: 'broken' ('afgebroken', 'lekke'),
    'owned_adjectives' ('oude', 'trouwe', 'vintage'); a DataFileError when it is no non-empty list of words."""
    file = Path(path) if path else resource_path("praise.toml")
    words = read_toml(file).get(key, [])
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise DataFileError(str(file), f"'{key}' moet een niet-lege lijst met woorden zijn", key)
    return tuple(w.strip().lower() for w in words)


def _owned() -> str:
    """The words before the writer's own named thing ('mijn oude Gazelle', 'de vintage Vespa') as an alternation."""
    return alternation(praise_list("owned_adjectives"))


@lru_cache(maxsize=1)
def _brought() -> re.Pattern[str]:
    """'met een afgebroken derailleurpad', 'met mijn lekke band': the broken thing the writer came with."""
    words = alternation(praise_list("broken"))
    return re.compile(rf"\bmet\s+(?P<det>een|{_MY}|de|het)\s+(?P<adj>{words})\s+(?P<ding>[^\W\d_][\w\-]{{2,}})\b", re.I)


_MY = alternation(tuple(sorted(MINE)))


def part_gone_wrong(text: str, part: str) -> str | None:
    """The whole a part belongs to when the comment says the part gave out ('de ketting van de trouwtandem liep
    eraf' → 'trouwtandem'; resources/praise.toml gave_out), '' when it gave out with no whole named ('de ketting
    liep eraf'), None when it did not give out: what went wrong was no success on the day."""
    out = alternation(praise_list("gave_out"))
    whole = rf"(?:\s+van\s+(?:de|het|{_MY}|onze|ons|jullie)\s+(?P<whole>[^\W\d_][\w\-]{{2,}}))?"
    found = re.search(
        rf"\b(?:de|het|{_MY})\s+{re.escape(part)}{whole}\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{out})\b", text, re.I
    )
    if found is None:
        return None
    return (found.group("whole") or "").lower()


def broken_brought(text: str, poss: str) -> str:
    """The broken thing the writer came with, as the thanks names it: 'het afgebroken derailleurpad' for 'met een
    afgebroken derailleurpad aan de deur', 'je lekke band' for 'met mijn lekke band'; '' when none is named or not
    as what the writer came with ('kwam een lekke band plakken' is a job done on the side)."""
    found = _brought().search(text)
    if found is None:
        return _broke_said(text, poss)
    thing = f"{found.group('adj').lower()} {found.group('ding').lower()}"
    det = poss if found.group("det").lower() in MINE else article_of(found.group("ding").lower())
    return f"{det} {thing}"


def _broke_said(text: str, poss: str) -> str:
    """'je afgebroken derailleurpad' for 'brak mijn derailleurpad af' or 'mijn derailleurpad brak af' (praise.toml
    broke_as): the writer's own thing that broke, as the thanks names it; '' when the comment says none did."""
    said = _broke_as()
    for found in _broke().finditer(text):
        verb = " ".join(w.lower() for w in (found.group("verb") or found.group("verb2"), found.group("part")) if w)
        adjective = said.get(verb) or said.get(verb.split()[0])  # ('knapte door': 'geknapte')
        if adjective:
            return f"{poss} {adjective} {(found.group('ding') or found.group('ding2')).lower()}"
    return ""


@lru_cache(maxsize=1)
def _broke_as() -> dict[str, str]:
    """praise.toml broke_as: how the writer says a thing broke → the adjective the thanks names it with."""
    pairs = [item.split("=") for item in praise_list("broke_as")]
    if not all(len(p) == 2 and p[0].strip() and p[1].strip() for p in pairs):
        raise DataFileError(str(resource_path("praise.toml")), "'broke_as' wil 'werkwoord = woord'", "broke_as")
    return {p[0].strip(): p[1].strip() for p in pairs}


@lru_cache(maxsize=1)
def _broke() -> re.Pattern[str]:
    """'brak mijn derailleurpad af' (the verb first) or 'mijn ketting knapte' (the thing first)."""
    verbs = alternation(tuple(sorted({k.split()[0] for k in _broke_as()})))
    parts = alternation(tuple(sorted({k.split()[1] for k in _broke_as() if len(k.split()) > 1})))
    first = rf"(?P<verb>{verbs})\s+(?:{_MY})\s+(?P<ding>[^\W\d_][\w\-]{{2,}})"
    after = rf"(?:{_MY})\s+(?P<ding2>[^\W\d_][\w\-]{{2,}})\s+(?P<verb2>{verbs})"
    return re.compile(
        rf"\b(?:{first}|{after})(?:\s+(?P<part>{parts}))?\b",
        re.I,
    )


# What the work saved, as the writer says it: 'Wout heeft mijn Ronde-cyclo gered', 'jullie hebben onze dag gered'.
_SAVED = re.compile(
    rf"\b(?:heeft|hebben|hebt|heb)\s+(?:[\w']+\s+){{0,2}}?(?P<poss>{possessive_alternation()})\s+"
    r"(?P<ding>[^\W\d_][\w\-]*)\s+(?:\w+\s+)?gered\b",
    re.I,
)
# The writer's word said back, by register ('je', 'u') and by who the writer is.
_BACK = {**dict.fromkeys(MINE, ("je", "uw")), **dict.fromkeys(OURS, ("jullie", "uw"))}


def saved_said(text: str, register: str) -> str:
    """What the work saved, said back: 'je Ronde-cyclo' for 'heeft mijn Ronde-cyclo gered' (register 'je'), 'uw
    dag' for 'hebben mijn dag gered' (register 'u'); '' when the comment says no such thing."""
    found = _SAVED.search(text)
    if found is None:
        return ""
    poss = _BACK[found.group("poss").lower()][register == "u"]
    return f"{poss} {found.group('ding')}"


# How long the work held, as the writer says it: 'Het zat om 3 uur 's nachts nog perfect', 'de krullen zaten na
# twee dagen nog steeds strak', 'de hele avond nog als nieuw'. The time and the state are said back.
_WHEN = (
    r"(?P<tijd>om\s+(?:\d{1,2}|een|twee|drie|vier|vijf)(?:[.:]\d{2})?\s+uur(?:\s+'s\s+(?:nachts|avonds|ochtends|middags))?"
    r"|na\s+(?:\d+|een|twee|drie|vier|vijf|zes|zeven|tien)\s+(?:dagen|dag|weken|week|uur|maanden)"
    r"|(?:de\s+hele|heel\s+de)\s+(?:avond|nacht|dag|week)|'s\s+(?:nachts|avonds)\s+(?:nog\s+)?laat|tot\s+diep\s+in\s+de\s+nacht"
    r"|(?:tot\s+)?na\s+(?:de|het)\s+[^\W\d_][\w-]{3,})"  # 'na de openingsdans', 'tot na het diner'
)
_STATE = r"(?P<lof>perfect|mooi|strak|top|prachtig|netjes|in\s+model|als\s+nieuw|picobello|onberispelijk)"
_LASTED = re.compile(
    rf"\b(?:zat|zaten|zit|zitten|stond|stonden|bleef|bleven|was|waren|zag|zagen)\b[^.!?,]{{0,25}}?\b{_WHEN}"
    rf"[^.!?,]{{0,15}}?\bnog\s+(?:steeds\s+|altijd\s+|helemaal\s+)?{_STATE}\b"
    # the time after the state: 'Alles zat nog perfect na de openingsdans'
    rf"|\b(?:zat|zaten|zit|zitten|stond|stonden|bleef|bleven|was|waren|zag|zagen)\s+(?:er\s+)?nog\s+"
    rf"(?:steeds\s+|altijd\s+|helemaal\s+)?{_STATE.replace('lof', 'lof2')}\s+{_WHEN.replace('tijd', 'tijd2')}",
    re.I,
)


# Until when it held, as the writer says it: 'het hield stand van 9 uur 's morgens tot na de openingsdans'.
_HELD_UNTIL = re.compile(
    r"\b(?:hield|hielden|houdt|bleef|bleven)\s+(?:\w+\s+)?(?:stand|zitten|goed|perfect|mooi)\s+"
    r"(?:van\s+[^.!?,]{1,40}?\s+)?(?P<tijd>tot\s+(?:na\s+|in\s+)?[^.!?,]{3,50}?)\s*(?=[.!?,]|$|\s+(?:en|maar)\b)",
    re.I,
)


def lasted(text: str) -> tuple[str, str]:
    """(when, how) the writer says the work still held: ("om 3 uur 's nachts", 'perfect'); ('tot na de
    openingsdans', '') for how long it held ('hield stand tot na de openingsdans'); ('', '') if not said."""
    found = _LASTED.search(text)
    if found is None:
        until = _HELD_UNTIL.search(text)
        return (" ".join(until.group("tijd").split()), "") if until else ("", "")
    when, how = found.group("tijd") or found.group("tijd2"), found.group("lof") or found.group("lof2")
    return " ".join(when.split()), " ".join(how.lower().split())


# A thing that works like new again, as the writer says it: 'Merckx uit '88 rijdt als nieuw', 'mijn oude Gazelle
# loopt weer als een zonnetje', 'de Vespa rijdt weer perfect'. A name with a capital or a known brand.
@lru_cache(maxsize=1)
def _renewed() -> re.Pattern[str]:
    """The pattern of a thing that works like new again, the owned adjectives from resources/praise.toml."""
    return re.compile(
        rf"(?:\b(?P<det>{possessive_alternation()}|de|die|het)\s+)?(?:(?P<adj>{_owned()})\s+)?"
        r"(?P<ding>[^\W\d_][\w\-]{2,}(?:\s+[A-Z][\w\-]+)?)(?P<jaar>\s+(?:uit|van)\s+(?:'|’)?\d{2}(?:\d{2})?)?\s+"
        r"(?P<verb>rijdt|loopt|werkt|draait|schakelt|rolt|snort)\s+(?:nu\s+|weer\s+|terug\s+|opnieuw\s+)*"
        r"(?P<hoe>als\s+(?:nieuw|een\s+zonnetje|een\s+trein|vanouds)|(?:weer\s+)?(?:perfect|soepel|piekfijn))\b",
        re.I,
    )


_NOT_RENEWED = frozenset({"hij", "ze", "zij", "het", "die", "dat", "alles", "ie", "deze", "hem", "zo", "nu", "en"})


def renewed_said(text: str, poss: str) -> str:
    """A named thing of the writer's that works like new again, said back as a clause: "je Merckx uit '88 weer
    als nieuw rijdt", 'de Eddy Merckx van je vader weer rijklaar is'; '' when no name or brand is said so ('hij
    rijdt als nieuw', 'mijn fiets loopt perfect')."""
    found = _renewed().search(text)
    if found is None:
        return _made_ready(text, poss)  # 'de Eddy Merckx van mijn vader terug rijklaar gemaakt'
    thing = found.group("ding")
    if thing.lower() in _NOT_RENEWED:
        return ""
    if not thing[:1].isupper() and thing.lower() not in fact_words().brands:
        return ""  # 'mijn fiets rijdt als nieuw': a thing the thanks names by itself
    det = found.group("det")
    owner = poss if det is None or det.lower() in MINE | OURS else det.lower()
    said = " ".join(w for w in (owner, found.group("adj"), thing, found.group("jaar")) if w)
    return " ".join(f"{said} weer {found.group('hoe').lower()} {found.group('verb').lower()}".split())


# A named thing of the writer's or of the writer's people made ready to ride again: 'de oude Eddy Merckx van mijn vader
# (†2023) terug rijklaar gemaakt', 'mijn Vespa weer rijklaar gemaakt'. The name has a capital.
@lru_cache(maxsize=1)
def _made_ready_pattern() -> re.Pattern[str]:
    """The pattern of a named thing made ready again, the owned adjectives from resources/praise.toml."""
    return re.compile(
        rf"\b(?P<det>(?i:{_MY}|de|die|het))\s+(?:(?P<adj>(?i:{_owned()}))\s+)?"
        rf"(?P<ding>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?:\s+van\s+(?i:{_MY})\s+(?P<wie>[a-z]+))?"
        r"(?:\s*\([^)]{0,20}\))?\s+(?:[\w']+\s+){0,3}?(?i:terug|weer|opnieuw)\s+"
        r"(?P<hoe>(?i:rijklaar|als\s+nieuw|klaar\s+voor\s+de\s+weg|op\s+de\s+weg))\s+(?i:gemaakt|gekregen|gezet)\b"
    )


def _made_ready(text: str, poss: str) -> str:
    """'de Eddy Merckx van uw vader weer rijklaar is', 'je Vespa weer rijklaar is'; '' when not said so (or of
    someone who is not the writer's)."""
    found = _made_ready_pattern().search(text)
    if found is None:
        return ""
    whose = found.group("wie")
    people = {t for c in shipped_topic_data().concepts if c.group == "person" for t in c.terms}
    if whose is not None and whose not in people:
        return ""
    mine = found.group("det").lower() in MINE
    if not mine and whose is None:
        return ""  # 'de Gazelle terug rijklaar gemaakt': whose it is not said, the thanks names it
    owner = f" van {poss} {whose}" if whose else ""
    words = (poss if mine else "de", found.group("adj") or "", found.group("ding"))
    said = " ".join(w.lower() if w is words[1] else w for w in words if w)
    return f"{said}{owner} weer {' '.join(found.group('hoe').lower().split())} is"


def service_done(services: tuple[str, ...], text: str, said: str = "") -> str:
    """The work done to the thing praised, as the writer names it, after it ('na de najaarsbeurt'): a service
    concept of resources/topics.toml whose 'say' is 'na de …' and a word of the text that is one of its terms or
    ends with one of its heads ('najaarsbeurt' ~ 'beurt'); '' when the text names no such work or ``said`` (the
    thing as the reply names it) holds that word already."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    for service in services:
        concept = shipped_topic_data().concept(service)
        if concept is None or not concept.say.startswith("na de "):
            continue
        done = (w for w in words if w.endswith(tuple(concept.heads)) and w not in concept.unless)
        found = next(done, "")
        if found and found not in said.split():
            return f"na de {found}"
    return ""
