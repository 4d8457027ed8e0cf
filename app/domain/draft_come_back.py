"""A complaint's question whether to come back on a day ('kom ik zaterdag dan wéér langs??', 'moet ik hem
maandag opnieuw brengen?'), or when to come with a day put forward ('wanneer kan ik nu wel komen?? zaterdag?'):
answered with that day's opening hours from the profile, or that it is closed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain.draft_asked import TIMES
from app.domain.draft_calendar import lines_named
from app.domain.draft_days import closed_on, hours_on, left_out
from app.domain.draft_fact_words import week_days

# Coming or bringing it back: 'kom ik ... weer langs', 'moet ik ... opnieuw brengen', 'breng ik hem ... terug'.
_BACK = re.compile(
    r"\b(?:kom|komen|breng|brengen|moet|moeten|kan|kunnen|mag)\s+(?:ik|we|wij)\b[^?]*"
    r"\b(?:weer|wéér|opnieuw|nog\s+een\s+keer|terug)\b[^?]*\b(?:langs\w*|komen|brengen|terug\w*|binnen\w*)?",
    re.I,
)
# Asking when to come ('wanneer kan ik nu wel komen', 'wanneer mogen we terugkomen').
_WHEN = re.compile(
    r"\bwanneer\s+(?:kan|kunnen|mag|mogen|moet|moeten)\s+(?:ik|we|wij)\b[^?]*"
    r"\b(?:komen|langskomen|terugkomen|langs|terecht)\b",
    re.I,
)
# A day put forward right after, as a short question of its own ('zaterdag?', 'zaterdag dan?', 'kan zaterdag?').
_SHORT = 4


def come_back_day(question: str, hours: str, entries: Sequence[tuple[str, str]] = ()) -> tuple[str, str]:
    """(weekday, its hours) for a question whether to come back on one weekday, ('zaterdag', '') when the
    profile's hours say it is closed then; ('', '') for any other question or unknown hours. A day the question
    names by a holiday line of the profile (draft_calendar's resolver: 'kom ik op kermismaandag weer langs?', 'op 27
    december') is that line's day with its hours, or closed, in place of the weekday's."""
    if not _BACK.search(question):
        return "", ""
    line = next((found for found, _ in lines_named(question, entries, ways=("date", "name", "feast"))), None)
    if line is not None and line.kind in {"closed", "hours"}:
        times = " en ".join(TIMES.findall(line.value)) if line.kind == "hours" else ""
        return line.dated or line.written, times
    return _day_hours(question, hours)


def come_when_day(asked: Sequence[str], hours: str) -> tuple[str, str]:
    """(weekday, its hours) for a question when to come that puts one weekday forward, in it or as a short
    question right after it ('wanneer kan ik nu wel komen?? zaterdag?'); ('zaterdag', '') when closed then;
    ('', '') for none."""
    for at, question in enumerate(asked):
        after = asked[at + 1] if at + 1 < len(asked) else ""
        if not _WHEN.search(question):
            continue
        day = _day_hours(question, hours)
        if not day[0] and len(re.findall(r"\w+", after)) <= _SHORT:
            day = _day_hours(after, hours)
        if day[0]:
            return day
    return "", ""


def _day_hours(question: str, hours: str) -> tuple[str, str]:
    """(the one weekday a question names, its hours), ('zaterdag', '') when closed then, ('', '') for none."""
    words = set(re.findall(r"\w+", question.lower()))
    days = {day for day in week_days() if day in words}  # the weekdays of resources/fact_words.toml
    if len(days) != 1 or not hours:
        return "", ""
    day = days.pop()
    if closed_on(hours, day) or left_out(hours, day):
        return day, ""
    times = hours_on(hours, day).removeprefix(day).strip()
    return (day, times) if times else ("", "")
