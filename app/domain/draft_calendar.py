"""One calendar of the profile's holiday lines, and one resolver for which line a clause asks or complains about.

Each line of ``profile.holiday_entries()`` is read once into its days ('27 t/m 29 december' is three days), the
kind of what it says (closed, its own hours, open as usual, an extra opening, or words of its own) and the names it
goes by: the words of its label and the first part of a compound ('kermismaandag' is the kermis), the name between
its brackets ('(elf-elf)'), the feast names of its dates (25 December is 'kerstdag', 11 November 'Sint-Maarten',
resources/fact_words.toml same_day) and its months. ``lines_named`` says which lines a clause names, by a date, a
name, a feast or a month or season of the visit; a bare weekday ('maandag open?') names none: the weekly hours
answer that. A named line beats the weekly hours only when the clause asks or complains about being open or closed
(resources/calendar.toml open_words, ``asks_open``); the reply kinds that never ask hours (praise, a joke) do not
ask the calendar. The helpers that say a line in their own words (draft_event_day, draft_month_closed,
draft_dated_closed, draft_long_closed, draft_come_back) all find it here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.draft_asked import CLOCK
from app.domain.draft_cues import draft_cues
from app.domain.draft_days import DATE, holiday_names
from app.domain.draft_english_words import english_dates
from app.domain.draft_fact_words import WEEKDAY, week_days
from app.domain.draft_holiday_lines import closed_line, entry_span
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_questions import question_sentences
from app.domain.draft_seasons import months_named, season_named
from app.domain.draft_span_open import feast_dates, feasts_in, line_days
from app.domain.schema import Strict, Texts, located, validate
from app.domain.textnorm import normalise, sentences
from app.domain.words import MONTH_NAMES, MONTH_WORDS, alternation
from app.resources import resource_path

Kind = Literal["closed", "hours", "usual", "extra", "other"]
# The ways a clause names a line: a date in it, a word of its name, a feast of its days, a month or season.
Way = Literal["date", "name", "feast", "month"]
ALL_WAYS: tuple[Way, ...] = ("date", "name", "feast", "month")


class _CalendarModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    open_words: Texts
    compound_tails: Texts
    not_names: Texts
    extra_words: Texts
    other_time: Texts
    listing_words: Texts
    meanwhile_leads: Texts


@dataclass(frozen=True)
class CalendarWords:
    """resources/calendar.toml, compiled once."""

    asks_open: re.Pattern[str]
    compound_tails: tuple[str, ...]
    not_names: frozenset[str]
    extra: re.Pattern[str]
    other_time: frozenset[str]
    listing_words: frozenset[str]
    meanwhile_leads: tuple[str, ...]


def parse_calendar_words(data: dict[str, Any], source: str = "<calendar>") -> CalendarWords:
    """The file's lists as patterns; a DataFileError naming the field when one is missing, empty or not text."""
    model = validate(_CalendarModel, data, source, located)

    def words(items: list[str]) -> tuple[str, ...]:
        return tuple(w.strip().lower() for w in items)

    return CalendarWords(
        asks_open=re.compile(rf"(?<!\w)(?:{alternation(words(model.open_words), spaced=True)})(?!\w)", re.I),
        compound_tails=words(model.compound_tails),
        not_names=frozenset(words(model.not_names)),
        extra=re.compile(rf"(?<!\w)(?:{alternation(words(model.extra_words), spaced=True)})(?!\w)", re.I),
        other_time=frozenset(words(model.other_time)),
        listing_words=frozenset(words(model.listing_words)),
        # (the lead's own trailing space kept: 'in die ' is not 'in dienst')
        meanwhile_leads=tuple(w.lower().lstrip() for w in model.meanwhile_leads),
    )


@lru_cache(maxsize=1)
def calendar_words(path: str | Path | None = None) -> CalendarWords:
    file = Path(path) if path else resource_path("calendar.toml")
    return parse_calendar_words(read_toml(file), str(file))


def asks_open(clause: str) -> bool:
    """Whether a clause asks or complains about being open or closed, or the hours ('tot hoe laat', 'voor een dichte
    deur', 'het rolluik'): only then does a holiday line it names beat the weekly hours."""
    return bool(calendar_words().asks_open.search(clause))


@dataclass(frozen=True)
class DayLine:
    """One holiday line of the profile, read once."""

    written: str  # the day as the profile writes it ('kermismaandag 17 september')
    value: str  # what applies then ('7:00–13:00')
    name: str  # its own name, without its days ('bouwverlof'); '' for a line of dates only
    span: str  # its days as the profile writes them when it spans days ('21 juli t/m 4 augustus'), else ''
    note: str  # what the value says besides closed ('vakantie')
    days: tuple[int, ...]  # its dates (month * 31 + day), from the day or else from the value
    months: frozenset[int]  # the months it covers (0 = January)
    kind: Kind
    aliases: frozenset[str]  # the words of its name and their first parts, the name between brackets
    feasts: frozenset[str]  # the feast names of its dates ('kerstdag' for 25 December)
    dated: str  # 'zaterdag 8 september' when the line gives a weekday with its date, else ''

    def said(self) -> str:
        """The line as the profile writes it: 'kermismaandag 17 september: 7:00–13:00'."""
        value = self.value.strip().rstrip(".")
        return f"{self.written}: {value}" if value else self.written


_DATED = re.compile(rf"\b{WEEKDAY}\s+\d{{1,2}}\s+(?:{MONTH_WORDS})\b", re.I)
_BRACKET = re.compile(r"\(([^)]*)\)")


def _kind(written: str, value: str) -> Kind:
    """closed ('gesloten', 'winterstop'), usual ('gewoon open'), extra ('extra koopzondag 12:00–17:00'), hours
    ('9:00–13:00') or other (words of its own: 'enkel afhalen')."""
    if closed_line(written, value):
        return "closed"
    if re.fullmatch(rf"(?:{alternation(phrase_cues().open_as_ever, spaced=True)})?\s*open", value.strip(" ."), re.I):
        return "usual"
    if calendar_words().extra.search(f"{written} {value}"):
        return "extra"
    return "hours" if CLOCK.search(value) else "other"


def _months_of(span: str) -> set[int]:
    """The months a span of days covers ('dinsdag 17 juli t/m zaterdag 28 juli' → {6}; '30 juli t/m 11 augustus'
    → {6, 7}), from its first to its last date."""
    dates = [MONTH_NAMES.index(m.lower()) for _, m in DATE.findall(normalise(span))]
    if not dates:
        return set()
    first, last = dates[0], dates[-1]
    return {(first + i) % 12 for i in range((last - first) % 12 + 1)}


def _aliases(written: str, value: str, place: frozenset[str]) -> frozenset[str]:
    """The words of a line's name of five letters or more (not a weekday, a month, the business's place, a feast's
    own name, found as the feast: 'Kerstmis', or a word of resources/calendar.toml not_names), with the first part of
    a compound whose last part is a weekday or a part of the day ('kermismaandag' → 'kermis'), and the name between
    the brackets of the line."""
    words, cal = calendar_words(), set(week_days()) | set(MONTH_NAMES)
    own = set(re.findall(r"[^\W\d_]{5,}", normalise(_BRACKET.sub(" ", written))))
    for word in list(own):
        for tail in (*week_days(), *words.compound_tails):
            if word.endswith(tail) and len(word) - len(tail) >= 5:
                own.add(word[: -len(tail)])
    own -= cal | place | words.not_names
    own = {w for w in own if not re.fullmatch(WEEKDAY, w) and not feast_dates(w)}  # 'kerstmis' is a feast's name
    for found in _BRACKET.finditer(f"{written} {value}"):
        name = normalise(found.group(1))
        if name and not re.search(r"\d", name) and name not in words.not_names and not closed_line(name, ""):
            own.add(name)
    return frozenset(own)


def _feasts(days: tuple[int, ...]) -> frozenset[str]:
    """The feast names of a line's dates ('eerste kerstdag', 'kerstdag' for 25 December), no date forms."""
    if len(days) > 3:
        return frozenset()  # a span of weeks is named by its own name and months, not by each feast in it
    names: set[str] = set()
    for day in days:
        month, date = divmod(day - 1, 31)
        names |= holiday_names(f"{date + 1} {MONTH_NAMES[month]}")
    return frozenset(n for n in names if not re.search(r"\d", n))


def _line(written: str, value: str, place: frozenset[str]) -> DayLine:
    name, span, note = entry_span(written, value)
    # its dates, or those of the feast its name says ('Sint-Maarten (elf-elf)' is 11 November)
    label = _BRACKET.sub(" ", written)
    named = sorted({d for _, _, found in feasts_in(label) for d in found}) if not DATE.search(label) else []
    days = tuple(sorted(set(line_days(written) or line_days(value) or named)))
    months = _months_of(span) if span else {(d - 1) // 31 for d in days}
    dated = _DATED.search(written)
    feasts = _feasts(days)  # a feast's words are found as the feast ('eerste kerstdag'), not as a name of its own
    return DayLine(
        written.strip(),
        value.strip(),
        name,
        span,
        note,
        days,
        frozenset(months),
        _kind(written, value),
        _aliases(written, value, place) - feasts - {w for name in feasts for w in name.split()},
        feasts,
        dated.group(0) if dated else "",
    )


@lru_cache(maxsize=256)
def _calendar(entries: tuple[tuple[str, str], ...], address: str) -> tuple[DayLine, ...]:
    place = frozenset(re.findall(r"[^\W\d_]+", address.lower()))
    return tuple(_line(w, v, place) for w, v in entries if w.strip() or v.strip())


def calendar(entries: Sequence[tuple[str, str]], address: str = "") -> tuple[DayLine, ...]:
    """Every holiday line of a profile (``entries`` as BusinessProfile.holiday_entries gives them), read once."""
    return _calendar(tuple((w, v) for w, v in entries), address)


# A word of when and the word after it, where a month said as the time of the visit stands: 'in juli', 'begin
# augustus', 'in de maand juli', 'in July', 'early August', 'mid-August'.
_WHEN = re.compile(
    r"\b(?:in|tijdens|begin|half|medio|midden|eind|einde|during|early|late|mid)(?:\s+|-)"
    r"(?:de\s+maand\s+|the\s+month\s+of\s+)?[^\W\d_]+",
    re.I,
)


def months_said(text: str) -> set[int]:
    """The months (0 = January) a text names as the time of a visit, right after a word of when, in Dutch or in
    English: draft_seasons.months_named of those words (which knows 'okt' and 'October'), no season, no date."""
    return {MONTH_NAMES.index(m) for found in _WHEN.finditer(text) for m in months_named(found.group())}


def visit_months(text: str) -> set[int]:
    """The months of the visit asked about: those the question sentences name ('Zijn jullie open eind december? Ik
    was in juli al eens langs' → December, not July); when they name none, those of the sentences not told in the
    past (resources/draft_cues.toml past: 'We komen in juli naar Gent. Zijn jullie dan open?')."""
    asked = months_said(" ".join(question_sentences(text)))
    if asked:
        return asked
    return months_said(" ".join(s for s in sentences(text) if not draft_cues().past.search(s)))


def _season_months(text: str) -> set[int]:
    """The months of a season the question sentences name ('zijn jullie in de zomer open?' → June to August)."""
    season = season_named(" ".join(question_sentences(text)))
    return {MONTH_NAMES.index(m) for m in months_named(season)} if season else set()


def _named_by_name(line: DayLine, words: set[str], said: str) -> bool:
    """A word of the clause is a name of the line, whole or as a compound's first part ('kermis' ~ 'kermismaandag',
    'jaarmarktzaterdag' ~ 'jaarmarkt'), or the clause says the line's name between brackets ('elf-elf')."""
    for alias in line.aliases:
        if " " in alias:
            if any(_own_time(said, m.start()) for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", said)):
                return True
        elif any(w == alias or (alias.startswith(w) and len(w) >= 5) or _compound_of(w, alias) for w in words):
            return True
    return False


def _own_time(said: str, start: int) -> bool:
    """Whether a name at ``start`` of a normalised clause is the time itself, not one before or after it ('na de
    Monumentendag', 'tot de kermis': resources/calendar.toml other_time)."""
    before = [w for w in said[:start].split()[-2:] if w not in {"de", "het", "die", "dat", "the"}][-1:]
    return not set(before) & calendar_words().other_time


def _compound_of(word: str, alias: str) -> bool:
    """Whether a clause's word is the alias with a weekday or a part of the day after it ('jaarmarktzaterdag')."""
    tails = (*week_days(), *calendar_words().compound_tails)
    return word.startswith(alias) and word[len(alias) :] in tails


def _named_by_feast(line: DayLine, said: str, feast_days: set[int]) -> bool:
    """The clause names a feast of the line's dates ('op kerstdag' ~ '25 december: 10:00–14:00')."""
    if feast_days & set(line.days):
        return True
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", said) for name in line.feasts)


# A day of the month without its month: 'the 15th', 'on the 3rd', 'de 15e', 'op de 15de'.
_BARE_DAY = re.compile(r"\b(?:the|de)\s+(\d{1,2})(?:st|nd|rd|th|ste|de|e)\b", re.I)


def _day_of_month(day: int) -> int:
    """A bare day of the month as ``_dates_said`` gives it (a negative number, so it meets no whole date)."""
    return -((day - 1) % 31 + 1)


def _dates_said(clause: str, said: str) -> set[int]:
    """The dates a clause writes (month * 31 + day): Dutch ('op 15 oktober') and English ('15 October', 'Oct 15th',
    'the 15th of October'); when it writes none, a bare day of the month ('Tuesday the 15th', 'de 15e') as
    ``_day_of_month``, which names a line that holds that day in any month."""
    dates = {MONTH_NAMES.index(m) * 31 + int(d) for d, m in DATE.findall(said)}
    dates |= {month * 31 + day for day, month in english_dates(clause)}
    return dates or {-int(d) for d in _BARE_DAY.findall(clause) if 1 <= int(d) <= 31}


def lines_named(
    clause: str,
    entries: Sequence[tuple[str, str]],
    address: str = "",
    ways: tuple[Way, ...] = ALL_WAYS,
) -> list[tuple[DayLine, Way]]:
    """The resolver: every holiday line a clause names, with the way it does, in the order of ``ways`` and then of
    the profile. By date: a date the clause writes falls on the line ('op 28 december' ~ '27 t/m 29 december'; in
    English too, '15 October', 'Oct 15th', or a bare 'the 15th' that the line holds in one of its months); by
    name: a word of the line's name or its name between brackets; by feast: a feast of its days ('kerstdag',
    'Sint-Maarten'); by month: a month or season the clause names as the time of the visit ('in juli', 'in de
    zomer') that a line of several days falls in (one day in July is not what 'open in juli?' asks). A weekday
    alone names no line."""
    said = normalise(clause)
    lines = calendar(entries, address)
    found: list[tuple[DayLine, Way]] = []
    for way in ways:
        if way == "date":
            dates = _dates_said(clause, said)
            found += [(line, way) for line in lines if dates & ({_day_of_month(d) for d in line.days} | set(line.days))]
        elif way == "name":
            words = {
                m.group(0)
                for m in re.finditer(r"[^\W\d_]{5,}", said)
                if not re.fullmatch(WEEKDAY, m.group(0)) and _own_time(said, m.start())
            }
            found += [(line, way) for line in lines if _named_by_name(line, words, said)]
        elif way == "feast":
            feast_days = {d for _, _, days in feasts_in(clause) for d in days}
            found += [(line, way) for line in lines if _named_by_feast(line, said, feast_days)]
        else:
            months = visit_months(clause) or _season_months(clause)
            found += [(line, way) for line in lines if line.span and months & line.months]  # a period, not a day
    first: dict[DayLine, Way] = {}
    for line, way in found:
        first.setdefault(line, way)  # each line once, by the first way that names it
    return list(first.items())


def line_asked(
    clause: str,
    entries: Sequence[tuple[str, str]],
    address: str = "",
    ways: tuple[Way, ...] = ALL_WAYS,
) -> DayLine | None:
    """The first holiday line a clause names (lines_named) when it asks or complains about being open or closed;
    None otherwise: then the weekly hours (or nothing) answer it."""
    if not asks_open(clause):
        return None
    return next((line for line, _ in lines_named(clause, entries, address, ways)), None)


def open_clauses(text: str) -> str:
    """The sentences of a text that ask or complain about being open or closed (asks_open), joined: where a holiday
    line named counts ('Ze zeggen dat jullie met de kermis dicht zijn.'), not a sentence about something else ('Dan
    kunnen we daarna nergens meer heen')."""
    return " ".join(s for s in sentences(text) if asks_open(s))
