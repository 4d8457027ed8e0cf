"""The word lists of resources/praise.toml, read and checked once: what the praise finder
(app.nlp.topic_praise), the noun finder and the name finder look for."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.domain.datafile import read_toml
from app.errors import DataFileError
from app.resources import resource_path

_KEYS = (
    *("give", "linking", "praise", "roles", "teams", "measures", "singling", "phrases"),
    *("event_heads", "not_events", "group_heads", "counted", "negatives", "delivered", "done_by", "kinds"),
    "heroes",
    "idioms",
    "thing_adjectives",
    "owned_adjectives",
    "wished_well",
    "dialect_mine",
    "dialect_yours",
    "compliments",
    "signed_by",
    "place_links",
    "place_prepositions",
    *("staff_verbs", "thanked_to", "crews", "handed", "handed_between", "works_at"),
    "name_owners",
    "extra_touches",
)


@dataclass(frozen=True)
class PraiseWords:
    give: frozenset[str]
    linking: frozenset[str]
    praise: frozenset[str]
    roles: frozenset[str]
    teams: frozenset[str]
    measures: frozenset[str]
    singling: frozenset[str]
    phrases: frozenset[str]
    event_heads: frozenset[str]
    not_events: frozenset[str]
    group_heads: frozenset[str]
    counted: frozenset[str]
    negatives: frozenset[str]
    delivered: frozenset[str]
    done_by: frozenset[str]
    kinds: frozenset[str]
    heroes: frozenset[str]  # what makes someone a hero ('een kunstenaar', 'een tovenaar'): only said of a person
    idioms: frozenset[str]  # fixed phrases whose noun is no thing ('tot in de puntjes', 'in de watten')
    thing_adjectives: frozenset[str]  # 'een nieuwe Ridley': the capitalised word after it is a brand, no person
    owned_adjectives: frozenset[str]  # 'zijn oude Fordson': after a possessive, a capitalised thing
    wished_well: frozenset[str]  # 'Duimen voor Isa!!': the one wished luck is the writer's, no staff
    dialect_mine: frozenset[str]  # 'Mien moeke': 'mijn' in a dialect, no name
    dialect_yours: frozenset[str]  # 'Julder mosselen': 'jullie' in a dialect, the business's own thing
    compliments: frozenset[str]  # 'Complimenten aan chef Wiebe voor de pudding': what thanks and praise are for
    signed_by: frozenset[str]  # 'Groetjes van Douwe en Anouk': the names after it are the writers, no staff
    place_links: frozenset[str]  # 'Voorne aan Zee', 'Bergen op Zoom': the small words inside a place's name
    place_prepositions: frozenset[str]  # 'in Beveren', 'uit Uithuizen': the capitalised word after it is a place
    staff_verbs: frozenset[str]  # 'femke die de bloemen ...': after a lower-case name, someone of the business
    thanked_to: frozenset[str]  # 'merci aan lisa': before a lower-case name that ends there, the same
    crews: frozenset[str]  # 'chapeau keuken': the parts of the staff a compliment is passed on to
    handed: frozenset[str]  # 'complimenten aan de bediening': words that pass a compliment on
    handed_between: frozenset[str]  # what may stand between those and the crew ('aan de', 'voor jullie hele')
    works_at: frozenset[str]  # 'Joost van de bediening', 'Mila achter de bar': where someone works
    name_owners: frozenset[str]  # 'Ruud z'n hertenstoof', 'Lies haar vlechtjes': a possessive after a name
    extra_touches: frozenset[str]  # 'had er zelfs een strik omheen gedaan': a gift as an extra, not the main thing


def parse_praise_words(data: dict[str, Any], source: str = "<praise>") -> PraiseWords:
    if data.get("schema") != 1:
        raise DataFileError(source, "'schema' moet 1 zijn")
    lists = {}
    for key in _KEYS:
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
            raise DataFileError(source, f"'{key}' moet een niet-lege lijst met woorden zijn", key)
        lists[key] = frozenset(w.strip().lower() for w in value)
    return PraiseWords(**lists)


@lru_cache(maxsize=1)
def praise_words() -> PraiseWords:
    path = resource_path("praise.toml")
    return parse_praise_words(read_toml(path), str(path))
