"""A closing period in the month a question about the opening hours names ('Bent u open in juli?', 'Are you open
in July?'): the week opening hours do not say that the business is closed for part of that month, and the writer
who plans a visit then should know."""

from __future__ import annotations

import re

from app.domain.draft_calendar import lines_named
from app.domain.draft_english_words import EN_MONTHS, english_day
from app.domain.draft_fact_words import week_days
from app.domain.words import MONTH_NAMES, SHORT_WEEKDAYS


def closed_in_month(entries: list[tuple[str, str]], text: str) -> str:
    """'dinsdag 17 juli t/m zaterdag 28 juli (zomersluiting)': the first closed holiday line of several days that
    falls in a month (or season) the text names as the time of its visit, found by draft_calendar's resolver; ''
    when it names no month or no such line."""
    for line, _ in lines_named(text, entries, ways=("month",)):
        if line.span and line.kind == "closed":
            extra = [n for n in (line.name, line.note) if n]
            return f"{line.span} ({', '.join(extra)})" if extra else line.span
    return ""


def english_span(span: str) -> str:
    """A span of days of a profile in English ('dinsdag 17 juli t/m zaterdag 28 juli (zomersluiting)' → 'Tuesday
    17 July to Saturday 28 July', 'di 15 t/m do 17 oktober' → 'Tuesday 15 to Thursday 17 October'), without its
    Dutch name; '' when it holds a word this does not know."""
    days = {d: english_day(d) for d in week_days()}
    days |= {short: days[d] for short, d in zip(SHORT_WEEKDAYS, week_days(), strict=True)}
    months = {m: e for m, e in zip(MONTH_NAMES, EN_MONTHS, strict=True)}
    words = {**days, **months, "t/m": "to", "tot": "to"}
    said = []
    for word in re.sub(r"\btot\s+en\s+met\b", "t/m", re.sub(r"\s*\(.*?\)", "", span)).split():
        if re.fullmatch(r"\d{1,2}|(?:19|20)\d{2}|[–-]", word):
            said.append(word)
        elif word.lower() in words:
            said.append(words[word.lower()])
        else:
            return ""
    return " ".join(w for w in said if w)
