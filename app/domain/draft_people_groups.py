"""Whether a FAQ entry for a group of people by age or sex ('Wat kost een kinderknipbeurt?', 'Hebben jullie een
damesfiets?') is for the writer: only when the comment names such a person, an age or a party."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_fact_words import fact_words
from app.domain.profile import FaqItem
from app.domain.textnorm import normalise


def for_group_unnamed(text: str, people: Iterable[str], entry: FaqItem) -> bool:
    """Whether a FAQ entry is for a group of people by age or sex ('Wat kost een kinderknipbeurt?', 'Hebben jullie
    een damesfiets?': resources/fact_words.toml people_groups) while the comment names no person, no age and no such
    group, not even by a word of the same stem ('meisje' ~ 'meisjes'): 'Wat kost een knipbeurt?' asks no
    children's price."""
    groups = tuple(fact_words().people_groups)
    said = normalise(text)
    if not [w for w in normalise(entry.question).split() if w.startswith(groups)]:
        return False
    stems = {g[:4] for g in groups}
    named = [w for w in said.split() if w.startswith(groups) or w[:4] in stems]
    return not named and not list(people) and not _AGE.search(said) and not _PARTY.search(said)


# An age the writer names ('van 6', 'is 5', 'wordt 4', '9 jaar').
_AGE = re.compile(r"\b(?:van|is|wordt|word|ben|zijn)\s+\d{1,2}\b|\b\d{1,2}\s*(?:jaar|jr|maanden)\b")
# A party the writer names by its size ('met 14', '12 personen', 'met z'n tienen'): a group's entry is for them.
_PARTY = re.compile(
    r"\b\d{1,3}\s*(?:personen|pers|mensen|man|gasten|people|[a-z]+(?:'|\s)?s|[a-z]+en)\b|\bmet\s+(?:z'?n\s+)?\d{1,3}\b|\bz'?n\s+\w+en\b"
)
