"""A holiday line's weekday and date said in full, as a sentence says them: 'Zo 28 mei (Pinksteren)' is 'zondag
28 mei', 'bestellen tot do 11 mei' is 'bestellen tot donderdag 11 mei'."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import SHORT_WEEKDAY, WEEKDAY, week_days
from app.domain.words import MONTH_NAMES, MONTH_WORDS

# A weekday, short or long: 'zo', 'Zo.', 'zondag'.
A_WEEKDAY = rf"(?:{SHORT_WEEKDAY}\b\.?|{WEEKDAY}\b)"


def weekday_date(weekday: str = WEEKDAY) -> str:
    """A weekday and its date as a regex, without an anchor before it: the weekday as ``weekday`` matches it
    (a long one by default: 'zaterdag'; A_WEEKDAY also 'za.') in group 'day', its date ('9 januari') in 'date'."""
    return rf"(?P<day>{weekday})\s+(?P<date>\d{{1,2}}\s+(?:{MONTH_WORDS}))\b"


# A holiday line that starts with one weekday, short or long, and its date ('Zo 28 mei (Pinksteren)').
_WEEKDAY_DATE = re.compile(rf"^{weekday_date(A_WEEKDAY)}(?!\s*(?:en|t/m|tot|[–-]))", re.I)


def line_date(written: str) -> tuple[str, str]:
    """(date, weekday and date) of a holiday line that starts with one weekday and its date: 'Zo 28 mei (Pinksteren)'
    → ('28 mei', 'zondag 28 mei'), so the day reads as a day and not as the profile's line; ('', '') for any other
    line ('Zo 28 en ma 29 mei', 'Kerstavond')."""
    found = _WEEKDAY_DATE.match(written.strip())
    if found is None:
        return "", ""
    short = found.group("day").lower().rstrip(".")[:2]
    day = next((d for d in week_days() if d.startswith(short)), "")
    date = " ".join(found.group("date").lower().split())
    return (date, f"{day} {date}") if day else ("", "")


# A weekday shortened before a date ('do 11 mei', 'vr. 19 mei').
_SHORT_BEFORE_DATE = re.compile(rf"\b({SHORT_WEEKDAY})\b\.?(?=\s+\d{{1,2}}\s+(?:{MONTH_WORDS})\b)", re.I)


def spelled_weekdays(text: str) -> str:
    """A profile's words with each weekday shortened before a date written in full, so a draft says it as a
    sentence does: 'bestellen tot do 11 mei' → 'bestellen tot donderdag 11 mei'."""
    week = week_days()

    def full(found: re.Match[str]) -> str:
        short = found.group(1).lower()
        return next((d for d in week if d.startswith(short)), found.group(0))

    return _SHORT_BEFORE_DATE.sub(full, text)


# 'op 1 mei? En de vrijdag daarna': the weekday right after a date the comment names ('daarna', 'erna', 'nadien').
_WEEKDAY_AFTER = re.compile(
    rf"\b(?P<date>\d{{1,2}}\s+(?:{MONTH_WORDS}))\b.{{0,80}}?\bde\s+(?P<day>{WEEKDAY})\s+(?:daarna|erna|daarop|nadien)\b",
    re.I | re.S,
)
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _day_of_year(date: str) -> int:
    """'2 mei' → its day in the year (a leap year's, so every date has one); -1 when it is no date."""
    day, _, month = date.lower().partition(" ")
    names = [m[:3] for m in MONTH_NAMES]
    if month[:3] not in names or not day.isdigit():
        return -1
    return sum(_MONTH_DAYS[: names.index(month[:3])]) + int(day)


def weekday_after(text: str, written_days: list[str]) -> list[str]:
    """The holiday lines (as written, 'vr 2 mei') for the weekday a comment names right after a date ('Zijn jullie
    open op 1 mei? En de vrijdag daarna?' → ['vr 2 mei']): a line that starts with that weekday and a date at most a
    week after it."""
    found: list[str] = []
    for m in _WEEKDAY_AFTER.finditer(text):
        start = _day_of_year(m.group("date"))
        for written in written_days:
            date, spelled = line_date(written)
            if date and spelled.startswith(m.group("day").lower()) and 0 < _day_of_year(date) - start <= 7:
                found.append(written.strip())
    return found
