"""A rumour that the business is closed a long time ('na nieuwjaar een hele maand dicht', 'in januari wekenlang
toe'), when the profile's holidays name a shorter closing of several days then: those days, as the profile says
them ('1 tot en met 5 januari dicht (winterstop), 6 januari weer open'), in place of a slot for the facts. The words
for a long time are resources/draft_cues.toml ``long_span``."""

from __future__ import annotations

import re

from app.domain.draft_cues import draft_cues
from app.domain.draft_days import closed_line, entry_span
from app.domain.draft_span_open import MONTHS, feast_dates, line_days
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise

# Closed as the writer says it: 'dicht', 'dichtgaan', 'gesloten', Flemish 'toe', 'sluiten', English 'closed'.
_SHUT = re.compile(r"\b(?:dicht\w*|gesloten|toe|sluit\w*|closed|shut)\b", re.I)
# How long the rumour says, in days, by the unit it names ('een hele maand' ~ 28, 'weken' ~ 14).
_UNIT_DAYS = (("maand", 28), ("month", 28), ("winter", 28))


def _rumoured_days(text: str) -> int:
    found = draft_cues().long_span.search(text)
    if found is None:
        return 0
    said = normalise(found.group(0))
    return next((days for unit, days in _UNIT_DAYS if unit in said), 14)


def _months_meant(text: str) -> set[int]:
    """The months the rumour names, by name or by a feast in it and the month after ('na nieuwjaar' → January and
    February); empty when it names none."""
    words = normalise(text).split()
    months = {MONTHS.index(w) for w in words if w in MONTHS}  # 0 for January
    for i in range(len(words)):
        for day in feast_dates(" ".join(words[i : i + 3]))[:1]:
            months |= {(day - 1) // 31, ((day - 1) // 31 + 1) % 12}
    return months


def long_closed(text: str, profile: BusinessProfile) -> str:
    """The profile's closing days of several days that fall in the time the rumour names (or any, when it names
    none), joined; '' when the text says no long closing, no such line is in the profile, or the profile's closing
    is as long as the rumour says (then it may be right: the owner says)."""
    wanted = _rumoured_days(text) if _SHUT.search(text) else 0
    months, found, longest = _months_meant(text), [], 0
    for written, value in profile.holiday_entries() if wanted else ():
        days = line_days(written) or line_days(value)
        if len(days) < 2 or not closed_line(written, value) or not (entry_span(written, value)[1] or len(days) > 2):
            continue
        if months and not {(d - 1) // 31 for d in days} & months:
            continue
        longest = max(longest, len(days))
        found.append(f"{written.strip()} {value.strip().rstrip('.')}" if _SHUT.match(value) else f"{written}: {value}")
    return "; ".join(found) if found and longest < wanted else ""
