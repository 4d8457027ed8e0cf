"""A rumour that the business is closed or gone, from a writer who found the old place shut ('Is Haarwerk gestopt? Ik
stond aan de Kerkstraat voor een gesloten deur'), set straight by the profile's line on the move ('Verhuis: sinds 15
januari zitten we in de Dorpsstraat 37 (vroeger Kerkstraat 4)')."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import fact_words
from app.domain.draft_places import capitalised_names
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES, WEEKDAY_NAMES


def moving_line(line: str) -> bool:
    """Whether a profile line says the business moves or moved (fact_words.toml ``moving_words``: 'verhuisd')."""
    said = normalise(line)
    return any(re.search(rf"\b{re.escape(stem)}", said) for stem in fact_words().moving_words)


def _old_places(line: str, profile: BusinessProfile) -> set[str]:
    """The names a move line holds that the current address and the business's name do not: where it was before
    ('Kerkstraat' in '... in de Dorpsstraat 37 (vroeger Kerkstraat 4)'); no month, weekday or word of moving."""
    kept = normalise(f"{profile.value('address')} {profile.name}").split()
    names = {normalise(n) for n in capitalised_names(line)}
    return {
        n
        for n in names
        if len(n) >= 4 and n not in kept and n not in MONTH_NAMES and n not in WEEKDAY_NAMES and not moving_line(n)
    }


def moved_from(text: str, profile: BusinessProfile) -> str:
    """The profile's line on a move, for a rumour that names a place of that line the current address does not hold
    (the old street, where the writer found a shut door); '' when the profile says no move or the rumour names no
    old place of it ('aan de Dorpsstraat dicht' is the business's own door: the move does not explain it)."""
    said = set(normalise(text).split())
    for written, value in profile.holiday_entries():
        line = f"{written}: {value}" if value else written
        if moving_line(line) and _old_places(line, profile) & said:
            return (value or written).strip().rstrip(".")
    return ""
