"""A rumour that the business is closed a long time ('na nieuwjaar een hele maand dicht', 'in januari wekenlang
toe'), when the profile's holidays name a shorter closing of several days then: those days, as the profile says
them ('1 tot en met 5 januari dicht (winterstop), 6 januari weer open'), in place of a slot for the facts. The words
for a long time are resources/draft_cues.toml ``long_span``."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_cues import draft_cues
from app.domain.draft_days import closed_line, entry_span
from app.domain.draft_span_open import feast_dates, line_days
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES


@cache
def _shut() -> re.Pattern[str]:
    """Closed as the writer says it (draft_cues.toml ``closed``, ``closing``, ``closed_english``): 'dicht',
    'dichtgaan' (not 'dichtbij'), 'gesloten', Flemish 'toe', 'sluiten', English 'closed'."""
    cues = draft_cues()
    return re.compile("|".join(p.pattern for p in (cues.closed, cues.closing, cues.closed_english)), re.I)


def _rumoured_days(text: str) -> int:
    found = draft_cues().long_span.search(text)
    if found is None:
        return 0
    said, cues = normalise(found.group(0)), draft_cues()
    # how long, by the unit it names ('een hele maand' ~ 28, 'weken' ~ 14): draft_cues.toml long_span_days
    return next((days for unit, days in cues.long_span_days if unit in said), cues.long_span_other_days)


def _months_meant(text: str) -> set[int]:
    """The months the rumour names, by name or by a feast in it and the month after ('na nieuwjaar' → January and
    February); empty when it names none."""
    words = normalise(text).split()
    months = {MONTH_NAMES.index(w) for w in words if w in MONTH_NAMES}  # 0 for January
    for i in range(len(words)):
        for day in feast_dates(" ".join(words[i : i + 3]))[:1]:
            months |= {(day - 1) // 31, ((day - 1) // 31 + 1) % 12}
    return months


def long_closed(text: str, profile: BusinessProfile) -> str:
    """The profile's closing days of several days that fall in the time the rumour names (or any, when it names
    none), joined; '' when the text says no long closing, no such line is in the profile, or the profile's closing
    is as long as the rumour says (then it may be right: the owner says)."""
    wanted = _rumoured_days(text) if _shut().search(text) else 0
    months, found, longest = _months_meant(text), [], 0
    for written, value in profile.holiday_entries() if wanted else ():
        days = line_days(written) or line_days(value)
        if len(days) < 2 or not closed_line(written, value) or not (entry_span(written, value)[1] or len(days) > 2):
            continue
        if months and not {(d - 1) // 31 for d in days} & months:
            continue
        longest = max(longest, len(days))
        said_closed = _shut().match(value)
        found.append(f"{written.strip()} {value.strip().rstrip('.')}" if said_closed else f"{written}: {value}")
    return "; ".join(found) if found and longest < wanted else ""
