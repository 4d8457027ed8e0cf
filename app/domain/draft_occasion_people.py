"""The people of the writer's own occasion in a thanks: the crowd at their event ('120 gasten') is no one to greet,
the baby born is named as the writer named it, a birth is thanked for as the party around it ('de kraamvisite voor
Sem'), and the names greeted are listed ('Jelle, Femke en Sanne'). The crowd words are in resources/praise.toml
'crowds'."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.datafile import read_toml
from app.domain.draft_cues import draft_cues
from app.domain.draft_fact_words import fact_words
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_praise_held import praise_list
from app.domain.name_gender import title_for
from app.domain.topics import TopicAnalysis, article_of, ours_before
from app.domain.words import alternation
from app.errors import DataFileError
from app.resources import resource_path


@lru_cache(maxsize=1)
def _crowds() -> frozenset[str]:
    """The people at the writer's own event (resources/praise.toml 'crowds', '120 gasten', and 'work_crowds', '40
    collega's'), each list checked when loaded."""
    path = resource_path("praise.toml")
    return parse_crowds(read_toml(path), str(path))


def parse_crowds(data: dict[str, object], source: str = "<praise>") -> frozenset[str]:
    """The words of praise.toml 'crowds' and 'work_crowds'; DataFileError naming the list when one is not a non-empty
    list of words."""
    found: set[str] = set()
    for key in ("crowds", "work_crowds"):
        words = data.get(key)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise DataFileError(source, f"'{key}' moet een niet-lege lijst met woorden zijn", key)
        found |= {w.strip().lower() for w in words}
    return frozenset(found)


def crowd(group: str) -> bool:
    """'120 gasten', 'zo'n 80 genodigden': the crowd at the writer's event, counted, is no one to greet."""
    words = group.lower().split()
    return words[0] != "alle" and words[-1] in _crowds()


def listed(names: list[str]) -> str:
    """'Jelle', 'Jelle en Femke', 'Jelle, Femke en Sanne'."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"


def baby_named(topics: TopicAnalysis) -> str:
    """The child born, by the name the writer gave ('onze Sem'), else ''."""
    if topics.owner[:1].isupper():
        return topics.owner
    return next((k for k in topics.kin if k[:1].isupper()), "")


def birth_party(topics: TopicAnalysis, occasion: str, text: str) -> str:
    """What a business helps with around a birth, as the writer named it ('de kraamvisite voor Sem'), else the
    celebration of it ('het feest rond de geboorte van Sem'): the birth itself was nobody's work but the parents'."""
    lower = text.lower()
    said = [(lower.find(w), w) for w in fact_words().birth_parties if re.search(rf"\b{re.escape(w)}", lower)]
    if not said:
        return f"het feest rond {occasion}"
    party = min(said)[1]
    baby = baby_named(topics)
    return f"{article_of(party)} {party}" + (f" voor {baby}" if baby else "")


def retirement_party(occasion: str, text: str) -> str | None:
    """A retirement the business helped with is thanked for as its party ('het pensioenfeest van je moeke' for 'het
    pensioen van je moeke', 'uw pensioenfeest': not 'bijdragen aan je pensioen', which is money; and not 'uw afscheid',
    which loses the retirement the writer told of); None when the comment tells of no
    gathering for it (resources/praise.toml 'retirement_gatherings': 'sinds 1 april met pensioen ... mijn oude Koga
    opgekalefaterd'): nothing was celebrated with the business's work."""
    gathering = "|".join(re.escape(w) for w in praise_list("retirement_gatherings"))
    if not re.search(rf"(?:{gathering})", text, re.I):
        return None
    return re.sub(r"\bpensioen\b", "pensioenfeest", occasion)


def someone_else(person: str, names: tuple[str, ...]) -> bool:
    """Whether the writer's person word ('mijn mama van 91') is clearly none of the names of their own ('onze Jonas'):
    each name is of the other sex (resources/praise.toml 'female_people', 'male_people';
    resources/lexicons/voornamen_geslacht.txt). False when any sex is unknown: the two may be one person."""
    word = person.lower()
    sex = "mevrouw" if word in praise_list("female_people") else "meneer" if word in praise_list("male_people") else ""
    return bool(sex and names) and all(title_for(n) not in (None, sex) for n in names)


def closing_key(topics: TopicAnalysis, text: str) -> str:
    """The [positive] closing of a thank-you: 'Nog een fijne vakantie!' to a writer on holiday ('op
    fietsvakantie', 'Wy wazzen op vekansie'); after a wedding no 'Tot de volgende keer'; else the plain one."""
    if draft_cues().on_trip.search(text):
        return "closing_trip"
    return "closing_once" if topics.occasion == "bruiloft" else "closing"


# Where at the business the writer celebrated: 'gevierd in jullie zaal boven', 'op uw terras gevierd'.
_YOUR = r"(?:jullie|uw|je|jouw)"
_ROOM = re.compile(
    rf"\b(?:gevierd|gevierd\s+\w+|vierden|vieren)\s+(?P<prep>in|op)\s+{_YOUR}\s+(?P<room>[a-z]{{3,20}})\b"
    rf"|\b(?P<prep2>in|op)\s+{_YOUR}\s+(?P<room2>[a-z]{{3,20}})\s+(?:\w+\s+){{0,3}}?(?:gevierd|vieren|vierden)\b",
    re.I,
)


@lru_cache(maxsize=1)
def _the_room() -> re.Pattern[str]:
    """A place to sit at the business said with 'de' or 'het' around the celebrating ('gevierd op 't terras van
    @zaak', 'aan de bar gevierd'; the places: phrase_cues.toml ``booked_places``), not one at the writer's
    ('op het terras bij ons thuis')."""
    places = alternation(phrase_cues().booked_places)
    the = r"(?:de|het|'t|het\s+\w+e|de\s+\w+e)"  # ('op het zonnige terras')
    home = r"(?!\s+(?:bij\s+(?:ons|mij|mijn|onze|m'n|de\s+buren)|thuis|van\s+(?:ons|mijn|m'n|onze|thuis)\b))"
    return re.compile(
        rf"\b(?:gevierd|vierden|vieren|gevierd\s+\w+)\s+(?P<prep>in|op|aan)\s+{the}\s+(?P<room>{places})\b{home}"
        rf"|\b(?P<prep2>in|op|aan)\s+{the}\s+(?P<room2>{places})\b{home}\s+(?:\w+\s+){{0,3}}?(?:gevierd|vieren|vierden)\b",
        re.I,
    )


def room_celebrated(text: str, voice: str) -> str:
    """Where at the business the writer says the occasion was celebrated, as the business says it ('gevierd in
    jullie zaal boven' → 'in onze zaal', 'gevierd op 't terras van @zaak' → 'op ons terras', 'in mijn zaak' for one
    who signs as 'ik'); '' when not said."""
    found = _ROOM.search(text) or _the_room().search(text)
    if found is None:
        return ""
    prep, room = (found.group("prep") or found.group("prep2")).lower(), (found.group("room") or found.group("room2"))
    room = room.lower()
    return f"{prep} {ours_before(room, ik=voice == 'ik')} {room}"
