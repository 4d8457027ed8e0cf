"""A part of a thing the writer named after the thing itself ('mijn e-bike ... een bijna lege accu'): the
complaint is about the part, named with its thing ('de accu van uw e-bike'). Words in resources/parts.toml."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from app.domain.datafile import read_toml
from app.domain.topics import Mention
from app.resources import resource_path


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = read_toml(resource_path("parts.toml"))
    return frozenset(raw["wholes"]), frozenset(raw["parts"])


def part_of_whole(products: Sequence[Mention], np: Callable[[Mention], str], text: str) -> str:
    """'de accu van uw e-bike' when the first thing named is a whole and one of the next two a part of it,
    said in ``text`` as a word (not guessed, not in a name: 'bij De Spaak'), in the same number; '' otherwise."""
    wholes, parts = _words()
    if not text or not products or products[0].text.lower() not in wholes or products[0].plural:
        return ""
    part = next(
        (
            p
            for p in products[1:3]
            if p.text in parts
            and not (p.guessed or p.wished or p.place or p.plural or p.own)
            and re.search(rf"(?<![\w-]){re.escape(p.text)}", text) is not None  # 'accuvervanging' too
        ),
        None,
    )
    return f"{part.definite} van {np(products[0])}" if part is not None else ""
