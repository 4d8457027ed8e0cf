"""The open days of a span of feast days a rumour says the business is closed ('tussen kerst en oud en nieuw
helemaal dicht', 'van Kerstmis tot na Nieuwjaar volledig toe'): the profile's holiday lines that fall in that span
and give hours, each with its day ('op 27 december: 8:30–15:00 en op 31 december: 8:00–13:00')."""

from __future__ import annotations

import re

from app.domain.draft_asked import TIMES
from app.domain.draft_days import DATE, closed_line, holiday_names
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise

_MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december".split()  # noqa: SIM905
)
# 'tussen kerst en oud en nieuw', 'van Kerstmis tot na Nieuwjaar', 'van kerst tot en met nieuwjaar'
_BETWEEN = re.compile(r"\btussen\s+(?P<a>[\w\s-]+?)\s+en\s+(?P<b>[\w\s-]+)", re.I)
_FROM_TO = re.compile(r"\bvan(?:af)?\s+(?P<a>[\w\s-]+?)\s+tot\s+(?:en\s+met\s+|na\s+)?(?P<b>[\w\s-]+)", re.I)
# Closed as the writer says it: 'dicht', 'gesloten', Flemish 'toe'.
_SHUT = re.compile(r"\b(?:dicht|gesloten|toe|sluiten|sluit)\b", re.I)
# '25 en 26 december', '1 tot en met 5 januari': the days of a holiday line that DATE finds only the last of
_DAYS_OF = re.compile(r"\b(\d{1,2})\s+(?:en|t/m|tot en met|tot|[–-])\s+(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\b")


def _ordinal(date: str) -> int:
    """'27 december' → a number that orders the days of a year ('1 januari' comes after it: see _within)."""
    day, month = date.split()
    return _MONTHS.index(month) * 31 + int(day)


def _feast_dates(words: str) -> list[int]:
    """The dates of the feast the first one to three words name ('kerst' → 25 and 26 December); [] when none."""
    parts = normalise(words).split()
    for size in (3, 2, 1):
        found = sorted(_ordinal(n) for n in holiday_names(" ".join(parts[:size])) if DATE.fullmatch(n))
        if found:
            return found
    return []


def span_said(text: str) -> tuple[int, int] | None:
    """The first and last day (as _ordinal) of a span between two feasts the text names; None when it names none."""
    for pattern in (_BETWEEN, _FROM_TO):
        for found in pattern.finditer(text):
            first, last = _feast_dates(found.group("a")), _feast_dates(found.group("b"))
            if first and last:
                return first[0], last[-1]
    return None


def _within(day: int, span: tuple[int, int]) -> bool:
    start, end = span
    if end < start:  # over New Year: 25 December to 1 January
        return day >= start or day <= end
    return start <= day <= end


def _line_days(written: str) -> list[int]:
    """The dates a holiday line names: '25 en 26 december', 'Kerstmis (25 december)', 'eerste kerstdag'."""
    said = normalise(written)
    days = [_ordinal(f"{d} {m}") for a, b, m in _DAYS_OF.findall(said) for d in range(int(a), int(b) + 1)]
    days += [_ordinal(f"{d} {m}") for d, m in DATE.findall(said)]
    return days or [_ordinal(n) for n in holiday_names(said) if DATE.fullmatch(n)]


def open_in_span(text: str, profile: BusinessProfile) -> list[tuple[str, str]]:
    """(day as the profile writes it, its hours) of every holiday line in the span a rumour says is closed that
    gives hours; [] when the text names no span, does not say closed, or no line in it is open."""
    span = span_said(text) if _SHUT.search(text) else None
    if span is None:
        return []
    found = []
    for written, value in profile.holiday_entries():
        days = _line_days(written)
        if days and all(_within(d, span) for d in days) and TIMES.search(value) and not closed_line(written, value):
            found.append((written.strip(), value.strip().rstrip(".")))
    return found
