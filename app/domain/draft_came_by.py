"""The means the writer came by ('met de fiets de Muur op', 'op mijn racefiets'; resources/praise.toml 'means'): no
thing a comment is about at a business that does nothing with it."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_kinds import shipped_kinds
from app.domain.draft_praise_held import praise_list
from app.domain.profile import BusinessProfile
from app.domain.topics import Mention


def _means() -> frozenset[str]:
    """The means of transport a writer comes by (resources/praise.toml 'means': fiets, auto ...)."""
    return frozenset(praise_list("means"))


def not_came_by(things: list[Mention], text: str, profile: BusinessProfile) -> list[Mention]:
    """``things`` without the means the writer came by ('met de camper', 'op mijn racefiets') at a business
    that does nothing with it; all of them when nothing else is left."""
    kind = shipped_kinds().of(profile)
    dealt = (profile.kind.lower(), *(kind.words if kind is not None else ()))
    return [p for p in things if not came_by(p, text, dealt)] or things


def came_by(thing: Mention, text: str, dealt: tuple[str, ...] = ()) -> bool:
    """Whether the writer only came by this thing ('met de fiets de Muur op', 'op mijn racefiets'), at a
    business that does nothing with it (``dealt``: the words of the business's kind; not a bike at a bike shop:
    'fiets' in 'fietsenmaker', 'racefiets' ending in 'fiets')."""
    word = thing.text.lower()
    if word not in _means() or any(word in d or (len(d) >= 4 and word.endswith(d)) for d in dealt):
        return False
    return _with_the(word).search(text) is not None


@lru_cache(maxsize=256)
def _with_the(word: str) -> re.Pattern[str]:
    """'met de fiets', 'op mijn fiets': the word after a preposition and an article, compiled once per word."""
    return re.compile(rf"\b(?:met|op)\s+(?:de|het|mijn|m'n|onze|ons|z'n|zijn|haar)\s+{re.escape(word)}\b", re.I)
