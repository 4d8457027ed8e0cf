"""A weekday the opening hours keep closed that a period of the profile's holidays opens ('ma en di dicht' and
'zomervakantie: elke dag open, ook maandag en dinsdag'): the period, so the writer who asks about that day learns
that it may be open when they come."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from app.domain import draft_asked as ask
from app.domain.draft_english_words import EN_MONTHS, EN_SEASONS
from app.domain.words import MONTH_NAMES

# The first part of a holiday period's Dutch name ('zomervakantie', 'grote vakantie') and its English season, when
# it is no season's own name ('kerst', 'grote').
_EN_PERIODS = {**EN_SEASONS, "grote": "summer", "kerst": "Christmas", "krokus": "spring", "paas": "Easter"}


class SeasonDay(NamedTuple):
    """A holiday period that opens a weekday: its name, its days as written (or ''), the times said (or [])."""

    name: str
    span: str
    times: list[str]


def season_day(entries: Iterable[tuple[str, str]], day: str) -> SeasonDay | None:
    """The first holiday period that says the business is open on ``day`` (a Dutch weekday), with times
    ('zomervakantie: ook op zondag open 8:00–12:00') or without ('elke dag open, ook maandag en dinsdag'); None
    when none does, or the line closes the business ('maandag 18 oktober: gesloten') or names only a part of
    the day ('keuken tot 21:30' alone says nothing about opening)."""
    for written, value in entries:
        times = ask.TIMES.findall(value)
        opens = times or re.search(r"\bopen\b", value, re.I)
        if not opens or ask.CLOSED_WORDS.search(value) or not re.search(rf"\b{day}s?\b", value, re.I):
            continue
        if re.search(rf"\b{day}\s+\d", written, re.I):
            continue  # 'maandag 18 oktober: open': one date, not a period
        name, _, span = written.partition("(")  # 'zomervakantie (10 juli t/m 22 augustus)': the name, then when
        return SeasonDay(name.strip(), span.strip().rstrip(")"), times)
    return None


def english_period(name: str) -> str:
    """A Dutch holiday period's name in English ('zomervakantie' → 'the summer holidays', 'herfstvakantie' → 'the
    autumn holidays'); '' for a name this cannot say ('bouwvak', 'Dag van de Bakker')."""
    found = re.fullmatch(r"(\w+?)s?\s*vakantie", name.strip().lower())
    season = _EN_PERIODS.get(found.group(1), "") if found else ""
    return f"the {season} holidays" if season else ""


def english_span(span: str) -> str:
    """A period's days in English ('16–24 oktober' → '16–24 October', '10 juli t/m 22 augustus' → '10 July to 22
    August'); '' when it holds another word (then the name of the period says enough)."""
    words = {**dict(zip(MONTH_NAMES, EN_MONTHS, strict=True)), "t/m": "to", "tot": "to"}
    out = []
    for part in span.split():
        if re.fullmatch(r"[\d–-]+", part):
            out.append(part)
        elif part.lower() in words:
            out.append(words[part.lower()])
        else:
            return ""
    return " ".join(out)
