"""The open days of a span of feast days a rumour says the business is closed ('tussen kerst en oud en nieuw
helemaal dicht', 'van Kerstmis tot na Nieuwjaar volledig toe'): the profile's holiday lines that fall in that span
and give hours, each with its day ('op 27 december: 8:30–15:00 en op 31 december: 8:00–13:00')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.domain.draft_asked import TIMES
from app.domain.draft_cues import closed_said, draft_cues
from app.domain.draft_days import DATE, holiday_names
from app.domain.draft_fact_words import SHORT_WEEKDAY, WEEKDAY
from app.domain.draft_holiday_lines import closed_line, spelled_days
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES, MONTH_WORDS

# 'tussen kerst en oud en nieuw', 'van Kerstmis tot na Nieuwjaar', 'van kerst tot en met nieuwjaar'
# (each feast at most four words, so a long text is read in linear time)
_FEAST = r"[\w-]+(?:\s+[\w-]+){0,3}"
_BETWEEN = re.compile(rf"\btussen\s+(?P<a>{_FEAST}?)\s+en\s+(?P<b>{_FEAST})", re.I)
_FROM_TO = re.compile(rf"\bvan(?:af)?\s+(?P<a>{_FEAST}?)\s+tot\s+(?:en\s+met\s+|na\s+)?(?P<b>{_FEAST})", re.I)


# '25 en 26 december', '1 tot en met 5 januari': the days of a holiday line that DATE finds only the last of
# (also on the normalised line, where 't/m' is 't m': '1 t m 7 januari' is seven days, not only the 7th), also with
# the weekday of the last day between ('di 15 t/m do 17 oktober', '15 tot en met donderdag 17 oktober')
_WEEKDAY_BEFORE = rf"(?:(?:{WEEKDAY}|{SHORT_WEEKDAY})\.?\s+)?"
_DAYS_OF = re.compile(
    r"\b(\d{1,2})\s+(?:en|t/m|t\s?m|tot en met|tot|[–-])\s+" + _WEEKDAY_BEFORE + r"(\d{1,2})\s+(" + MONTH_WORDS + r")\b"
)
# '20 december t/m 10 januari': a span over a month's end (or the year's), every day in it
# (on the normalised line: 't/m' is 't m' there and a dash is gone)
_MONTH = f"({MONTH_WORDS})"
_MONTH_SPAN = re.compile(
    rf"\b(\d{{1,2}})\s+{_MONTH}\s+(?:t\s?m\s+|tot en met\s+|tot\s+)?{_WEEKDAY_BEFORE}(\d{{1,2}})\s+{_MONTH}\b"
)


def _ordinal(date: str) -> int:
    """'27 december' → a number that orders the days of a year ('1 januari' comes after it: see _within)."""
    day, month = date.split()
    return MONTH_NAMES.index(month) * 31 + int(day)


def feast_dates(words: str) -> list[int]:
    """The dates of the feast the first one to three words name ('kerst' → 25 and 26 December); [] when none."""
    parts = normalise(words).split()
    for size in (3, 2, 1):
        found = sorted(_ordinal(n) for n in holiday_names(" ".join(parts[:size])) if DATE.fullmatch(n))
        if found:
            return found
    return []


def span_said(text: str) -> tuple[int, int] | None:
    """The first and last day (as _ordinal) of a span between two feasts the text names; None when it names none."""
    feasts = _feasts_said(text)
    return (feasts[0][0], feasts[1][-1]) if feasts else None


def _feasts_said(text: str) -> tuple[list[int], list[int]] | None:
    """The days of the two feasts a span names ('tussen kerst en oud en nieuw'); None when it names none."""
    for pattern in (_BETWEEN, _FROM_TO):
        for found in pattern.finditer(text):
            first, last = feast_dates(found.group("a")), feast_dates(found.group("b"))
            if first and last:
                return first, last
    return None


def _within(day: int, span: tuple[int, int]) -> bool:
    start, end = span
    if end < start:  # over New Year: 25 December to 1 January
        return day >= start or day <= end
    return start <= day <= end


def _span_days(first: str, month: str, last: str, last_month: str) -> list[int]:
    """Every day from '20 december' to '10 januari' as ordinals (a month counted as 31 days, as in _ordinal)."""
    at, end = MONTH_NAMES.index(month) * 31 + int(first), MONTH_NAMES.index(last_month) * 31 + int(last)
    length = (end - at) % (12 * 31) + 1
    return [(at + i - 1) % (12 * 31) + 1 for i in range(length)]


def line_days(written: str) -> list[int]:
    """The dates a holiday line names: '25 en 26 december', 'Kerstmis (25 december)', 'eerste kerstdag'."""
    said = normalise(written)
    days = [_ordinal(f"{d} {m}") for a, b, m in _DAYS_OF.findall(said) for d in range(int(a), int(b) + 1)]
    days += [day for found in _MONTH_SPAN.findall(said) for day in _span_days(*found)]
    days += [_ordinal(f"{d} {m}") for d, m in DATE.findall(said)]
    # 'eerste en tweede kerstdag' → 'eerste kerstdag en tweede kerstdag': each feast by its name
    parts = re.split(r",|\ben\b", spelled_days(said))
    names = holiday_names(said).union(*(holiday_names(part.strip()) for part in parts))
    return days or sorted({_ordinal(n) for n in names if DATE.fullmatch(n)})


def open_in_span(text: str, profile: BusinessProfile) -> list[tuple[str, str]]:
    """(day as the profile writes it, its hours) of every holiday line in the span a rumour says is closed that
    gives hours; [] when the text names no span, does not say closed, or no line in it is open."""
    span = span_said(text) if closed_said(text) else None
    if span is None:
        return []
    found = []
    for written, value in profile.holiday_entries():
        days = line_days(written)
        if days and all(_within(d, span) for d in days) and TIMES.search(value) and not closed_line(written, value):
            found.append((written.strip(), value.strip().rstrip(".")))
    return found


def feasts_in(text: str) -> Iterator[tuple[list[str], int, list[int]]]:
    """(the text's normalised words, where a feast starts, its days) for every feast a text names, in order, each
    read from the three words from there ('tweede kerstdag', 'oud en nieuw')."""
    words = normalise(text).split()
    for i in range(len(words)):
        if days := feast_dates(" ".join(words[i : i + 3])):
            yield words, i, days


def _feast_named(text: str) -> list[int]:
    """The days of the first feast a text names on its own ('met de kerstdagen', 'op tweede kerstdag'), not one
    that says another time ('na kerst', 'tot nieuwjaar': draft_cues.toml ``feast_other_time``); [] when none."""
    for words, i, days in feasts_in(text):
        before = [w for w in words[max(0, i - 2) : i] if w != "de"][-1:]
        return [] if set(before) & draft_cues().feast_other_time else days
    return []


def open_on_feast(text: str, profile: BusinessProfile) -> list[tuple[str, str]]:
    """open_in_span for a rumour that the business is closed on one feast ('met de kerstdagen helemaal dicht',
    'op tweede kerstdag gesloten'): the profile's lines of that feast that give hours; [] when the text names no
    span or no feast, does not say closed, or a line of the feast says closed (then it may be partly right), unless
    the rumour says the whole feast ('heel de kerstperiode dicht')."""
    feast = set(_feast_named(text)) if closed_said(text) and span_said(text) is None else set()
    found, shut, runs = [], False, False
    for written, value in profile.holiday_entries() if feast else ():
        days = set(line_days(written))
        if days & feast:  # 'eerste en tweede kerstdag: 12:00–21:00' for 'op tweede kerstdag dicht' too
            shut = shut or closed_line(written, value)
            runs = runs or (closed_line(written, value) and len(days) > 1)
            if TIMES.search(value) and not closed_line(written, value):
                found.append((written.strip(), value.strip().rstrip(".")))
    # 'heel de kerstperiode toe' ~ 'zo 26 december gesloten' and the other days open: one day closed does not make
    # it right; a run of days closed ('1 t/m 7 januari gesloten (verlof)') may make it partly right: the owner says
    return [] if shut and (runs or not _whole_feast(text)) else found


# The words that say a feast's whole period ('heel de kerstperiode', 'de ganse kerstvakantie', 'de hele kerst').
_WHOLE = frozenset({"heel", "hele", "gans", "ganse", "volledig", "volledige", "geheel"})


def _whole_feast(text: str) -> bool:
    """Whether a rumour says the business is closed the whole of the feast it names ('heel de kerstperiode dicht'):
    then a day open in it says it is wrong, though another day of it is closed."""
    for words, i, _ in feasts_in(text):
        return bool(_WHOLE & set(words[max(0, i - 2) : i]))
    return False


def lines_in_span(text: str, entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The holiday lines (day, value) whose days all fall after the first feast a question names, up to the first
    day of the last ('open tussen kerst en oud en nieuw?' → the lines of 27 to 31 December); [] when it names no
    span or fewer than two lines fall in it."""
    feasts = _feasts_said(text)
    if feasts is None:
        return []
    inner = (feasts[0][-1] + 1, feasts[1][0])  # after the first feast, up to the first day of the last
    found = [(d, v) for d, v in entries if (days := line_days(d)) and all(_within(x, inner) for x in days)]
    return found if len(found) > 1 else []
