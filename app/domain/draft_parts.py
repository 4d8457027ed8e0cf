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
    """'de accu van uw e-bike' when the first thing named is a whole and one of the next two a part of it (or the
    first is a part that broke and one of the next two its whole: 'drie speedpedelecs ... met een defecte accu'),
    the part said in ``text`` as a word (not guessed, not in a name: 'bij De Spaak'), in the same number; ''
    otherwise."""
    wholes, parts = _words()
    if not text or not products:
        return ""
    first = products[0]
    whole: Mention | None
    if first.text.lower() in wholes and not first.plural:
        whole, candidates = first, products[1:3]
    else:
        whole = next(
            (
                p
                for p in products[1:3]
                if p.text.lower() in wholes and not (p.plural or p.place or p.guessed or p.theirs or p.wished)
            ),
            None,
        )  # not 'de band van de telefoon' for 'die jongen zat op zijn telefoon'
        candidates = products[:1]
    if whole is None:
        return ""
    part = next(
        (
            p
            for p in candidates
            if p.text in parts
            and not (p.guessed or p.wished or p.place or p.plural or p.own)
            and re.search(rf"(?<![\w-]){re.escape(p.text)}", text) is not None  # 'accuvervanging' too
        ),
        None,
    )
    return f"{part.definite} van {np(whole)}" if part is not None else ""
