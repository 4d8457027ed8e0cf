"""Whom of the writer's people a safety complaint is about: two named together ('mijn man en beide kinderen'),
the first named as the writer's own ('Mijn dochter (5) ...'), or the person of the one whose occasion it was
('het feest van mijn zus ... haar dochter ... haar lippen zwollen op': the niece, not the sister)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_praise_held import praise_list
from app.domain.words import alternation, possessive_alternation, theirs_alternation, whole_word

# The writer's own ('mijn', 'onze') and someone else's ('haar dochter', Flemish 'zijne tand'): app/domain/words.py.
_MINE = rf"(?:{possessive_alternation()})"
_THEIRS = rf"(?:{theirs_alternation()})"
# Words between two of the writer's people said together: 'mijn man en (beide|de|onze twee) kinderen'.
_TOGETHER = rf"\s+(?:en|&)\s+(?:(?:{possessive_alternation()}|de|beide|allebei|twee|drie|vier)\s+){{0,2}}"


def said_together(text: str, people: list[str]) -> tuple[str, ...]:
    """Two of the writer's people named together as the ones it happened to ('mijn man en beide kinderen'),
    in the writer's order; () when the writer names them apart."""
    for first in people:
        for second in people:
            said = rf"\b{_MINE}\s+{re.escape(first)}{_TOGETHER}{re.escape(second)}\b"
            if first != second and re.search(said, text, re.I):
                return first, second
    return ()


def first_own_person(text: str, people: tuple[str, ...]) -> str:
    """The writer's person named first with 'mijn', 'ons' ('Mijn dochter (5) ...'), not a group said in passing
    ('tussen de kinderen door'); '' when none is."""
    said = [
        (f.start(), p)
        for p in people
        if (f := re.search(rf"\b(?:{possessive_alternation()})\s+{re.escape(p)}\b", text, re.I))
    ]
    return min(said)[1] if said else ""


def _start(found: re.Match[str]) -> int:
    return found.start()


def owners_person_hurt(owner: str, text: str, parts: Iterable[str], persons: Iterable[str]) -> str:
    """The person of the writer's person whose body it was ('voor het feest van mijn zus ... haar dochter heeft
    er een reactie van gekregen, haar lippen zwollen op' → 'dochter'): named with 'haar/zijn' after the owner and
    before the part of the body told with 'haar/zijn', so that part is theirs, not the owner's. '' when no such
    person stands between them ('voor de communie van mijn broer ... zijn gezicht zwol op'), when someone else is
    the subject of the clause with the part ('haar man was er ook; zij at de mousse en haar lippen zwollen op': the
    sister), or when the person's sex does not fit the part's 'haar/zijn' ('zijn vriendin ... zijn gezicht')."""
    named = whole_word(owner).search(text) if owner else None
    words = tuple(p for p in persons if " " not in p and p != owner)
    body = tuple(p for p in parts if " " not in p)
    if named is None or not words or not body:
        return ""
    part = re.search(rf"\b(?P<van>{_THEIRS})\s+[a-zà-ÿ]*?(?:{alternation(body)})\b", text[named.end() :], re.I)
    if part is None:
        return ""
    before = text[named.end() : named.end() + part.start()]  # each 'haar/zijn + person' is looked at once
    found = max(re.finditer(rf"\b{_THEIRS}\s+(?P<wie>{alternation(words)})\b", before, re.I), key=_start, default=None)
    if found is None or re.search(r"\b(?:zij|hij|ze|die)\b", before[found.end() :], re.I):
        return ""
    person, hers = found.group("wie").lower(), part.group("van").lower() in {"haar", "d'r"}
    if person in (praise_list("male_people") if hers else praise_list("female_people")):
        return ""
    return person
