"""The business's own closing laid beside the date a question names: 'Kan ik vanaf 25 juli een e-bike huren?' and
the holidays 'Bouwvakvakantie: dicht van zaterdag 23 juli t/m zondag 7 augustus; dinsdag 9 augustus ben ik er weer.
In die weken kun je ... terecht bij ...' → the closing, the day the business is back and where to go meanwhile, each
said once and only when the answer does not say it yet. The closed line is found by draft_calendar's resolver, by
a whole date the comment writes (Dutch or English); a bare weekday or day of the month names none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.draft_calendar import DayLine, calendar, calendar_words
from app.domain.draft_days import DATE
from app.domain.draft_english_words import english_dates
from app.domain.draft_reopening import said_again
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES


@dataclass(frozen=True)
class ClosedBeside:
    """A closing (of one day or several) a comment's date falls in, with what the holidays say around it."""

    line: DayLine
    back: str  # the profile's own sentence for the day it opens again ('Maandag 15 augustus zijn we ... weer open.')
    back_day: str  # that day as written ('maandag 15 augustus'); '' when the holidays name none
    stand_in: str  # the profile's own sentence about where to go meanwhile; '' when none


def _dates(text: str) -> set[int]:
    """The whole dates a text writes (month * 31 + day), Dutch ('op 6 augustus') and English ('on 4 August')."""
    dates = {MONTH_NAMES.index(m.lower()) * 31 + int(d) for d, m in DATE.findall(normalise(text))}
    return dates | {month * 31 + day for day, month in english_dates(text)}


def _points_back(sentence: str, line: DayLine) -> bool:
    """Whether a sentence of the holidays is about the closing before it: it starts with a time word of
    resources/calendar.toml meanwhile_leads ('In die weken', 'Tijdens het verlof'), or with 'tijdens' and a word
    the closing's own name ends with ('Tijdens de vakantie' after 'Bouwvakvakantie')."""
    said = normalise(sentence)
    if any(said.startswith(lead) for lead in calendar_words().meanwhile_leads):
        return True
    lead = re.match(r"(?:tijdens|gedurende)\s+(?:de|het|onze|ons|mijn)\s+([^\W\d_]{4,})", said)
    return lead is not None and any(w.endswith(lead.group(1)) for w in normalise(line.name).split())


def closed_beside(text: str, entries: Sequence[tuple[str, str]], address: str = "") -> ClosedBeside | None:
    """The closed line (of one day or several) a whole date of ``text`` falls in, with the sentence right after it that
    says the day the business is back ('dinsdag 9 augustus ben ik er weer') and one about the closing that follows
    ('In die weken kun je terecht bij ...'); None when the text writes no such date."""
    dates = _dates(text)
    if not dates:
        return None
    lines = calendar(entries, address)
    found = next(
        (i for i, line in enumerate(lines) if line.kind == "closed" and line.days and dates & set(line.days)),
        None,
    )
    if found is None:
        return None
    line = lines[found]
    back = back_day = stand_in = ""
    for after in lines[found + 1 : found + 4]:
        # the day and what the profile says of it, as one sentence ('maandag 15 augustus zijn we ... weer open')
        sentence = " ".join((after.written, after.value)).strip().rstrip(".")
        if not back and len(after.days) == 1 and after.days[0] > line.days[-1] and _BACK.search(after.value):
            back, back_day = f"{sentence[:1].upper()}{sentence[1:]}.", after.written
        elif not stand_in and not after.value and not after.days and _points_back(after.written, line):
            stand_in = f"{sentence[:1].upper()}{sentence[1:]}."
    # ('gesloten van maandag 8 oktober t/m maandag 15 oktober, terug open dinsdag 16 oktober': the day in its own line)
    return ClosedBeside(line, back, back_day or said_again(line.value), stand_in)


# What a line after a closing says when it is the day the business is back: 'zijn we terug open', 'ben ik er weer'.
_BACK = re.compile(r"\b(?:terug|weer|opnieuw)\b", re.I)
