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


@lru_cache(maxsize=1)
def _rented() -> re.Pattern[str]:
    words = sorted(read_toml(resource_path("parts.toml"))["rented"], key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])", re.I)


def part_of_whole(
    products: Sequence[Mention], np: Callable[[Mention], str], text: str, people: Sequence[str] = (), poss: str = ""
) -> str:
    """'de accu van uw e-bike' when the first thing named is a whole and one of the next two a part of it (or the
    first is a part that broke and one of the next two its whole: 'drie speedpedelecs ... met een defecte accu'),
    the part said in ``text`` as a word (not guessed, not in a name: 'bij De Spaak'), in the same number; ''
    otherwise."""
    wholes, parts = _words()
    if not text or not products:
        return ""
    first = products[0]
    if first.plural and _singular(first.text.lower()) in wholes and not (first.guessed or first.place):
        # '4 e-bikes gehuurd ... Eén batterij was plat', 'mijn batterij was leeg': one of the wholes rented or bought
        part = _part_said(products[1:3], parts, text, own=True)
        rented = "gehuurde " if _rented().search(text) else ""
        return (
            f"{part.definite} van een van de {rented}{first.text[:1].lower()}{first.text[1:]}"
            if part is not None
            else ""
        )
    whole: Mention | None
    owner = ""
    if first.text.lower() in wholes and not first.plural:
        whole, candidates = first, products[1:3]
    else:
        # 'Fiets van onze zoon ... nieuwe verlichting': the whole of the writer's person, named with them
        owner = next((f" van {poss} {person}" for person in people[:1] if _kin_owns(products, person, text)), "")
        whole = next(
            (
                p
                for p in products[1:3]
                if p.text.lower() in wholes
                and not (p.plural or p.place or p.guessed or (p.theirs and not owner) or p.wished)
            ),
            None,
        )  # not 'de band van de telefoon' for 'die jongen zat op zijn telefoon'
        candidates = products[:1]
    if whole is None:
        return ""
    part = _part_said(candidates, parts, text)
    if part is None:
        return ""
    return (
        f"{part.definite} van {whole.definite}{owner}" if whole.theirs and owner else f"{part.definite} van {np(whole)}"
    )


def _kin_owns(products: Sequence[Mention], person: str, text: str) -> bool:
    """Whether one of the next two things is said to be of the writer's ``person`` ('Fiets van onze zoon')."""
    wholes = "|".join(re.escape(p.text) for p in products[1:3] if p.theirs)
    said = rf"(?<![\w-])(?:{wholes})\s+van\s+(?:mijn|m'n|mn|ons|onze|onzen)\s+{re.escape(person)}\b"
    return bool(wholes) and re.search(said, text, re.I) is not None


def _part_said(candidates: Sequence[Mention], parts: frozenset[str], text: str, own: bool = False) -> Mention | None:
    """The first of ``candidates`` that is a part, said in ``text`` as a word (not guessed, not in a name), in the
    singular; the writer's own ('mijn batterij') only when ``own``."""
    return next(
        (
            p
            for p in candidates
            if p.text in parts
            and not (p.guessed or p.wished or p.place or p.plural or (p.own and not own))
            and re.search(rf"(?<![\w-]){re.escape(p.text)}", text) is not None  # 'accuvervanging' too
        ),
        None,
    )


def _singular(word: str) -> str:
    """'e-bikes' → 'e-bike', 'fietsen' → 'fiets', 'scooters' → 'scooter': a plural said back to the singular of the
    word lists; the word itself otherwise."""
    if word.endswith("en") and len(word) > 4:
        return word[:-2]
    return word[:-1] if word.endswith("s") else word
