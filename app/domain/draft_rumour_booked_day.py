"""The writer's own booking on a date, in a rumour that the business is closed for a while ('Mijn afspraak staat voor
23 augustus, moet ik die verzetten?'): whether that date falls in a closing of several days the profile names, so the
reply says whether the booking can stay ('Uw afspraak op 23 augustus valt niet in de dagen dat we dicht zijn')."""

from __future__ import annotations

import re

from app.domain.draft_calendar import calendar
from app.domain.draft_span_open import line_days
from app.domain.profile import BusinessProfile
from app.domain.words import MONTH_WORDS

# 'mijn afspraak staat voor 23 augustus', "m'n reservatie op 2 januari", 'mien knipbeurt is 5 juli': the booking and
# its date, within a few words.
_BOOKED_ON = re.compile(
    r"\b(?:mijn|m'n|mn|mien|mijne|onze|ons)\s+(?P<ding>[\w-]*(?:afspraak|reservatie|reservering|boeking|knipbeurt))\b"
    rf"[^.!?]{{0,30}}?\b(?P<dag>\d{{1,2}}\s+(?:{MONTH_WORDS}))\b",
    re.I,
)
# How far (in days, a month counted as 31) a booking may lie from a closing to be about it.
_NEAR = 31


def booked_day(text: str, profile: BusinessProfile) -> tuple[str, str, bool] | None:
    """(the booking as the writer names it, its date, whether the date falls in a closing of the profile) for a
    comment that names the writer's booking on a date within a month of a closing of several days the profile's
    holidays name; None otherwise."""
    found = _BOOKED_ON.search(text)
    day = line_days(found.group("dag")) if found is not None else []
    if found is None or not day:
        return None
    closings = [set(line.days) for line in calendar(profile.holiday_entries()) if line.kind == "closed"]
    closings = [days for days in closings if len(days) > 1]
    if not any(abs(day[0] - d) <= _NEAR for days in closings for d in days):
        return None
    inside = any(day[0] in days for days in closings)
    return found.group("ding").lower(), " ".join(found.group("dag").lower().split()), inside
