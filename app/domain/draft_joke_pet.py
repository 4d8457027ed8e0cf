"""A joke about the writer's pet that took the business's food ('Op Dierendag heeft onze labrador een heel
krentenbrood van het aanrecht gejat'): the light line is about the pet (resources/praise.toml 'pets'), not a word of
the punchline."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_praise_held import praise_list
from app.domain.words import alternation

# What a pet did to the food: took it or ate it.
_TOOK = (
    r"(?:gejat|gepikt|gestolen|geroofd|gekaapt|weggekaapt|weggegraaid|meegenomen|opgegeten|opgevreten|opgeschrokt"
    r"|gegeten|gevreten|opgepeuzeld|jatte|pikte|stal|at|vrat|kaapte|stole|ate|nicked|snatched)"
)


@lru_cache(maxsize=1)
def _pet_took() -> re.Pattern[str]:
    pets = alternation(praise_list("pets"))
    return re.compile(
        rf"\b(?P<whose>onze|ons|mijn|m'n|mn|our|my)\s+(?P<pet>{pets})\b[^.!?]{{0,80}}?\b{_TOOK}\b"
        rf"|\b{_TOOK}\b[^.!?]{{0,40}}?\b(?:door\s+)(?P<whose2>onze|ons|mijn|m'n|mn)\s+(?P<pet2>{pets})\b",
        re.I,
    )


def pet_took(text: str, poss: str) -> str:
    """The writer's pet that took or ate the food, as the reply names it ('onze labrador ... gejat' → 'je labrador',
    with ``poss``); '' when the joke tells of none."""
    found = _pet_took().search(text)
    if found is None:
        return ""
    return f"{poss} {' '.join((found.group('pet') or found.group('pet2')).lower().split())}"
