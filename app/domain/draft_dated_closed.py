"""A complaint about a closed door on a day the profile's holidays name ('vrijdag 11 mei sta ik daar voor een
gesloten deur' and the holidays say 'vrijdag 11 mei: gesloten (brugdag); zaterdag 12 mei: 9:00–17:00'): that
holiday line, and the first open day the holidays name right after it, said back as the profile writes them, in
place of the week's hours for that weekday (which say the business was open then). The line is found by
draft_calendar's resolver: by the date the writer gives, else by its own name ('met de braderie stond ik voor een
dichte deur')."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from app.domain.draft_asked import CLOCK
from app.domain.draft_calendar import DayLine, calendar, lines_named
from app.domain.draft_days import DATE, day_after
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES

# A date written in numbers, day first ('28/9', 'zondag 5/10'), not part of a longer date or a fraction of a year.
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")
# The writer found the business closed ('voor een gesloten deur', 'alles dicht', 'het rolluik was toe').
_FOUND_CLOSED = re.compile(r"\b(?:gesloten|dicht|dichte|toe)\b", re.I)


def _lines_said(text: str, entries: Sequence[tuple[str, str]]) -> Iterator[tuple[DayLine, int]]:
    """(holiday line, the day the writer came) for each date the text writes, in order, then for each line the text
    names by its own name ('met de braderie'), with its last day. A feast ('op oudejaarsavond') is not looked up
    here: the complaint's holiday answer says that day in its own words."""
    for found in DATE.finditer(normalise(text)):
        day = MONTH_NAMES.index(found.group(2).lower()) * 31 + int(found.group(1))
        yield from ((line, day) for line, _ in lines_named(found.group(0), entries, ways=("date",))[:1])
    for found in _NUMERIC_DATE.finditer(text):  # '(zondag 28/9) ... dichte deur': the date in numbers
        day_of, month = int(found.group(1)), int(found.group(2))
        if 1 <= month <= 12 and 1 <= day_of <= 31:
            said = f"{day_of} {MONTH_NAMES[month - 1]}"
            yield from ((line, (month - 1) * 31 + day_of) for line, _ in lines_named(said, entries, ways=("date",))[:1])
    for line, _ in lines_named(text, entries, ways=("name",)):
        if line.days:
            yield line, line.days[-1]


def dated_closing(text: str, entries: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """(the holiday lines, as a fact sentence) for a comment that found the business closed on a day the holidays
    say it was closed, with the first open day of the three after its closing that they name ('vrijdag 11 mei: gesloten
    (brugdag); zaterdag 12 mei: 9:00–17:00'); None for another comment or a day the holidays do not close."""
    if not _FOUND_CLOSED.search(text):
        return None
    lines = calendar(entries)
    for closed, day in _lines_said(text, entries):
        if closed.kind != "closed":
            continue
        said = [closed]
        # the days after the whole closing, not after the day the writer came ('op 16 augustus' in a holiday of 9 t/m
        # 22 augustus: the line of 23 augustus, when the business is there again)
        last = max(day, closed.days[-1]) if closed.days else day
        for later in range(last + 1, last + 4):
            entry = next((line for line in lines if later in line.days), None)
            if entry is not None and CLOCK.search(entry.said()) and entry.kind != "closed":
                said.append(entry)
                break
        value = "; ".join(line.said() for line in said)
        return value, f"{value}."
    return None


def reopening(text: str, entries: Sequence[tuple[str, str]]) -> str:
    """The day after the closing a comment found the business closed in ('Maandag 16 augustus voor een gesloten deur'
    and the holidays 'jaarlijks verlof: 9 t/m 22 augustus' → '23 augustus'): when it is there again, for the writer
    who asks 'wanneer zijt ge dan wél open?'; '' for another comment or a day the holidays do not close."""
    if not _FOUND_CLOSED.search(text):
        return ""
    for closed, day in _lines_said(text, entries):
        if closed.kind == "closed":
            last = max(day, *closed.days) - 1  # (month * 31 + day of the month, as draft_calendar counts)
            return day_after(f"{last % 31 + 1} {MONTH_NAMES[last // 31]}")
    return ""
