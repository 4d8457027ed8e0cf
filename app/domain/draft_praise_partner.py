"""A business praised as a partner by another business or organisation ('Zo'n lokale partner wens je elke ondernemer
toe', 'Na 25 jaar fietsonderhoud voor onze verhuurvloot'): the working together said back, with its years when the
writer names them."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_praise_held import praise_list
from app.domain.words import alternation

# The years the business worked for the writer's organisation: 'Na 25 jaar fietsonderhoud voor onze verhuurvloot', 'al
# twaalf jaar onderhoud van ons wagenpark', 'na 10 jaar fijne samenwerking'; not the writer's own years as a customer
# ('ik kom al 40 jaar bij jullie': app/domain/draft_loyal.py).
_YEARS = re.compile(
    r"\b(?:na|al|ruim|meer\s+dan|sinds|bijna)\s+(?P<n>\d{1,3}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"
    r"|vijftien|twintig|vijfentwintig|dertig|veertig|vijftig)\s+jaar\s+"
    r"(?:(?:fijne|goede|trouwe|prettige)\s+)?(?:samenwerking\b|[\w-]+\s+(?:voor|van|aan|bij)\s+(?:onze|ons)\s+(?P<what>[\w-]+))",
    re.I,
)
# Whose the years are not: the writer's own people ('voor ons gezin', 'aan onze kinderen').
_PEOPLE = frozenset({"gezin", "familie", "kinderen", "kids", "kleinkinderen", "huishouden", "ouders", "hond", "honden"})


@lru_cache(maxsize=1)
def _partner() -> re.Pattern[str]:
    """'lokale partner', 'zo'n partner', 'een partner die meedenkt', 'als partner' (resources/praise.toml
    partner_words), with at most one word between; not 'mijn partner'."""
    words = alternation(praise_list("partner_words"))
    return re.compile(rf"\b(?:{words})\s+(?:[\w-]+\s+)?partner\b|\bpartner\s+die\b", re.I)


_MINE = re.compile(r"\b(?:mijn|m['’]n|mn|haar|zijn|z['’]n)\s+(?:[\w-]+\s+)?partner\b", re.I)


def partner_years(text: str) -> str:
    """'25 jaar' for 'Na 25 jaar fietsonderhoud voor onze verhuurvloot'; '' when the comment names no years of work
    for the writer's organisation (nor for their own people: 'al 10 jaar onderhoud voor ons gezin')."""
    found = _YEARS.search(text)
    if found is None or (found.group("what") or "").lower() in _PEOPLE:
        return ""
    return f"{found.group('n').lower()} jaar"


def partner_praised(text: str) -> bool:
    """Whether the writer calls the business a partner or praises the working together ('Zo'n lokale partner wens je
    elke ondernemer toe', 'een partner die meedenkt'); not the writer's own partner ('mijn partner en ik')."""
    found = _partner().search(text)
    return found is not None and not _MINE.search(text[max(0, found.start() - 30) : found.end()])
