"""A visit the writer makes every week on one day ('Elke zondag na de Muur even langs voor een taartje', 'iedere
zaterdagochtend haal ik hier mijn brood'): the praise reply closes on that day ('Tot zondag!')."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_fact_words import week_days

# A sentence where the day is no visit: the business is closed then, or the writer does not come then.
_NOT_A_VISIT = re.compile(r"\b(?:dicht|gesloten|niet|geen|nooit|jammer|helaas|closed)\b", re.I)


@lru_cache(maxsize=1)
def _every_day() -> re.Pattern[str]:
    days = "|".join(week_days())
    return re.compile(
        rf"\b(?:elke|iedere|ieder|elk)\s+(?P<dag>{days})(?:ochtend|middag|morgen|avond)?\b"
        rf"|'s\s+(?P<dag2>{days})s\b",
        re.I,
    )


def habit_day(text: str) -> str:
    """The weekday the writer comes every week, in lower case ('zondag'); '' when none is said, or when the
    sentence says the day is no visit ('jammer dat jullie elke maandag dicht zijn')."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        found = _every_day().search(sentence)
        if found is not None and not _NOT_A_VISIT.search(sentence):
            return (found.group("dag") or found.group("dag2")).lower()
    return ""
