"""Which day of the profile's holiday lines a text names: a date its range covers, a holiday by name, a name
the profile gives its own days off, or the season or feast several of its lines are named after."""

from __future__ import annotations

import re

from app.domain.draft_days import (
    closed_on,
    day_before,
    days_named,
    holiday_names,
    hours_on,
    in_range,
    is_season,
    names_in,
    said_for,
    weekday_of,
)
from app.domain.draft_fact_words import fact_words
from app.domain.draft_holiday_lines import closed_line, entry_name, entry_span, span_start, spelled_days
from app.domain.replies import SLOT
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES, MONTH_WORDS, alternation, word_regex


def closing_date(entries: list[tuple[str, str]], text: str) -> str:
    """The first date or holiday a text names ('6 januari', '31/12', 'oud en nieuw') that a holiday line of
    the profile (``entries``, as BusinessProfile.holiday_entries gives them) covers, by its range of dates or
    by name; '' when none does."""
    dates = days_named(text)  # '31 december', '31/12', 'oud en nieuw', '2e kerstdag'
    for date in dates:
        if _covered(entries, holiday_names(date)):
            return date
        # a line for a season that holds the day: 'oud en nieuw: dicht' and the writer asks about 'oudjaar'
        names = holiday_names(date)
        season = next((d.strip() for d, _ in entries if is_season(d.strip()) and names & holiday_names(d.strip())), "")
        if season:
            return season
    # a day of a feast the profile has no line for, and a line for the whole feast: 'carnavalsmaandag' and
    # 'carnaval (zaterdag t/m dinsdag): ...'
    for date in dates:
        feast = fact_words().feast_of.get(date, "")
        if feast and _covered(entries, holiday_names(feast)):
            # 'Pinksteren: zondag dicht, Tweede Pinksterdag open 9.00–13.00': the line tells the day itself
            return date if _told_inside(entries, holiday_names(date)) else feast
    said = normalise(text)
    words = {w for w in said.split() if len(w) >= 5}
    # the feast by another of its names ('vastelaovend' is carnaval)
    seasons = (words | {n for d in dates for n in holiday_names(d)}) & fact_words().season_words
    for season in sorted(seasons):
        # 'met carnaval' and the profile has 'carnavalszondag', '-maandag' and '-dinsdag': each of them
        if sum(normalise(entry_name(w, v)).startswith(season) for w, v in entries) > 1:
            return season
    for written, value in entries:
        # a name the profile gives its own days off ('bouwverlof', 'kerstvakantie'), said by the writer,
        # or the season it is named after ('in de zomer' ~ 'zomerverlof'), or a month its days fall in
        # ('in augustus' ~ 'zomerverlof 28 juli–11 augustus')
        name = entry_name(written, value)
        named = normalise(name)
        span = normalise(entry_span(written, value)[1] or written)
        # or its name without the place ('tijdens de kermis' ~ 'Sittardse kermis', 'de feesten' ~ 'Gentse Feesten')
        local = re.fullmatch(r"\w+(?:se|sche) (\w{5,})", named)
        at = re.search(rf"(?<!\w){re.escape(named)}(?!\w)", said)
        if len(name) >= 5 and (
            (at is not None and not said_for(said[: at.start()]))  # not 'oliebollen voor oud en nieuw'
            or (local is not None and local.group(1) in words)
            or any(named.startswith(w) for w in seasons)
            or any(
                w in MONTH_NAMES
                and re.search(rf"\d\s*{w}\b", span)
                and not _dated(dates, w)
                and _in_part(said, w, span)
                for w in words
            )
        ):
            return name
    return _period_named(entries, text)


def _in_part(said: str, month: str, span: str) -> bool:
    """Whether a line's days (``span``: '27 oktober t/m 2 november') fall in the part of ``month`` the text names
    before it ('half november' is the 11th to the 20th: not those days, 'eind oktober' is); true for the month as
    a whole ('in november')."""
    fw = fact_words()
    parts = ((fw.month_early, 1, 10), (fw.month_mid, 11, 20), (fw.month_late, 21, 31))
    lead = (rf"(?<!\w)(?:{alternation(tuple(sorted(words)))})\s+{month}\b" for words, _, _ in parts)
    part = next(((lo, hi) for at, (_, lo, hi) in zip(lead, parts, strict=True) if re.search(at, said)), None)
    if part is None:
        return True
    # the dates of the line, a bare day taking the month after it ('3 t/m 12 november')
    found = re.findall(rf"(\d{{1,2}})(?:\s+({MONTH_WORDS}))?", span)
    days = [(int(d), m or next((m2 for _, m2 in found[k:] if m2), "")) for k, (d, m) in enumerate(found)]
    days = [(d, m) for d, m in days if m]
    if not days:
        return True
    (first, start), (last, end) = days[0], days[-1]
    lo = first if start == month else 1
    hi = last if end == month else 31
    return lo <= part[1] and hi >= part[0]


def _dated(dates: list[str], month: str) -> bool:
    """Whether the text names a day of ``month`` ('op 17 januari'): the month is then that day, already held against
    the ranges, not a question about the whole month ('Wij gaan op vakantie in januari, ... op 17 januari?')."""
    return any(d.endswith(f" {month}") for d in dates)


def _period_named(entries: list[tuple[str, str]], text: str) -> str:
    """The name of the profile's one closing for weeks off ('jaarlijks verlof 18 t/m 29 januari: gesloten') when a
    text names such weeks by a word of their own, the profile's or another ('Wanneer is jullie verlof?', 'wanneer
    zijn jullie met vakantie'); '' when it names none, or the profile has no such line or more than one."""
    words = tuple(sorted(fact_words().period_words))
    if not any(not _own_period(text, found.start()) for found in word_regex(words).finditer(text)):
        return ""
    # a part of the line's name, also of a compound ('zomerverlof', 'bouwvakvakantie')
    names = [(n, normalise(n)) for w, v in entries if closed_line(w, v) and (n := entry_name(w, v) or _name_after(w))]
    lines = [name for name, said in names if any(p in said for p in words)]
    return lines[0] if len(lines) == 1 else ""


def _name_after(written: str) -> str:
    """The name a holiday line gives after its dates ('Wo 2 t/m zo 13 januari jaarlijks verlof' → 'jaarlijks
    verlof'); '' when words of a name do not end it."""
    found = re.search(rf"\b(?:{MONTH_WORDS})\s+([^\W\d_][^\W\d]*(?:\s+[^\W\d_][^\W\d]*){{0,2}})\s*$", written, re.I)
    return found.group(1) if found else ""


def _own_period(text: str, at: int) -> bool:
    """Whether the weeks off named at ``at`` are the writer's own, said in the same clause before it ('wij gaan op
    vakantie', 'als ik hem mee op vakantie neem', 'na mijn verlof'), not the business's ('is jullie verlof')."""
    clause = re.split(r"[.,;:!?\n]|\b(?:en|maar|want|als|of|dus|but|and)\b", text[:at], flags=re.I)[-1]
    return bool(fact_words().period_own & set(re.findall(r"[\w']+", clause.lower())))


def _covered(entries: list[tuple[str, str]], names: set[str]) -> bool:
    """Whether a holiday line names one of ``names`` or holds one of them in its range of dates."""
    for written, value in entries:
        span = entry_span(written, value)[1]  # 'kerstvakantie: gesloten van 25 december t/m 2 januari'
        if names_in(names, normalise(spelled_days(written))) or (span and in_range(names, spelled_days(span))):
            return True
    return False


def feast_days(holiday: str, covered: list[tuple[str, str]]) -> str:
    """'carnavalsmaandag en carnavalsdinsdag': the profile's lines for the days of a feast asked by its name
    ('vastelaovend', 'carnaval'), named after it (``covered``: the lines that name it); '' when fewer than
    two lines cover it or one of them is the feast itself."""
    names = holiday_names(holiday)
    days = [d.strip() for d, _ in covered if d.strip() and normalise(d.strip()) not in names]
    if len(covered) < 2 or len(days) != len(covered):
        return ""
    return " en ".join((", ".join(days[:-1]), days[-1]))


def feast_weekday(entries: list[tuple[str, str]], names: set[str]) -> str:
    """The weekday of the first line named after a feast ('carnavalsmaandag: dicht' → 'maandag'); '' if none."""
    return next((w for d, _ in entries if names_in(names, normalise(d)) for w in [weekday_of(d)] if w), "")


def _told_inside(entries: list[tuple[str, str]], names: set[str]) -> bool:
    """Whether a holiday line tells one of these names in its value ('Pinksteren: ..., Tweede Pinksterdag ...')."""
    return any(any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", normalise(v)) for n in names) for _, v in entries)


def all_closed(value: str) -> bool:
    """Whether a holiday line says the business is closed, not only a part of it ('winkel 6:30–12:30, tearoom
    dicht' gives the shop's hours: open, with the tearoom closed; "'s middags open, 's avonds gesloten" is open for
    a part of the day)."""
    return bool(_CLOSED.search(value)) and not _CLOCK.search(value) and not day_part_open(value)


def day_part_open(value: str) -> bool:
    """Whether a holiday line says the business is open for a part of the day ("'s middags open", 'open voor de
    lunch'), whatever it says of the rest."""
    return bool(_DAY_PART_OPEN.search(value))


def closed_word(value: str) -> str:
    """The word a holiday line says closed with ('dicht', 'gesloten', 'niet open'), lower case; '' if none."""
    found = _CLOSED.search(value)
    return found.group(0).lower() if found else ""


_CLOSED = re.compile(r"\b(?:dicht|gesloten|niet open)\b", re.I)
_DAY_PART = (
    r"(?:'s\s*(?:middags|avonds|morgens|ochtends|namiddags)"
    r"|\b(?:voormiddag|namiddag|middag|avond|ochtend|lunch|diner))\b"
)
_DAY_PART_OPEN = re.compile(
    rf"{_DAY_PART}[^,;.]{{0,20}}(?<!niet )\bopen\b|(?<!niet )\bopen\b[^,;.]{{0,20}}{_DAY_PART}", re.I
)
# A time of day, also as Flemish writes it ('9u', '12u30', 'van 9u tot 12u').
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2}\b|u(?:\d{2})?\b)")


def open_key(value: str) -> str:
    """The reply line for a holiday line that is not all closed: its hours ('holiday_open'), or its own words
    ('holiday_text') when it has none, closes a part ('Voor 21 juli geldt: winkel 6:30–12:30, tearoom dicht.') or
    says what there is not (resources/fact_words.toml denial_words: 'geen avondopening, open tot 17:30', so no 'Ja,
    we zijn … geen avondopening')."""
    # (an hour, not any number: 'bel 089 70 18 45' gives no hours)
    hours = re.search(r"\d{1,2}(?:[.:]\d{2}|u\b|\s*[–-]\s*\d)|\b(?:dagelijks|elke dag|iedere dag)\b", value, re.I)
    # (a reason between brackets is no closing: 'open tot 12:00 (de straat gaat 's middags dicht)')
    bare = re.sub(r"\([^)]*\)", " ", value)
    denied = set(re.findall(r"[^\W\d_]+", bare.lower())) & fact_words().denial_words
    return "holiday_open" if hours and not _CLOSED.search(bare) and not denied else "holiday_text"


def feast_eve_open(day: str, hours: str) -> bool:
    """Whether the day before a holiday is another day of its feast ('paasmaandag' after Easter Sunday) on a
    weekday the opening hours say is open: those hours do not tell whether the feast itself is open."""
    feasts = fact_words().feast_of
    feast = next((feasts[n] for n in holiday_names(day) if n in feasts), "")
    eve = day_before(weekday_of(day)) if feast else ""
    same = eve and any(f == feast and weekday_of(n) == eve for n, f in feasts.items())
    return bool(same and hours_on(hours, eve) and not closed_on(hours, eve))


def offer_day_before(day: str, hours: str, said: str) -> bool:
    """Whether the answer for a holiday (``said``) should be followed by the last open day before it: it says
    closed, not only in a slot for the owner ('[vul in: open of dicht]'), and the day before is no day of the same
    feast that the weekly hours say is open ('op zondag' before paasmaandag)."""
    plain = SLOT.sub(" ", said)  # (a day with hours of its own is open for a part: 'alleen verhuur 10.00–16.00')
    return bool(_CLOSED.search(plain)) and not _CLOCK.search(plain) and not feast_eve_open(day, hours)


def closed_days(entries: list[tuple[str, str]], days: list[str]) -> str:
    """The value of the first of ``days`` when every one of them has a holiday line of its own that says closed
    ('Kerstmis: gesloten; Nieuwjaar: gesloten'): they are said in one sentence; '' otherwise."""
    values = []
    for day in days:
        names = holiday_names(day)
        value = next((v for w, v in entries if names_in(names, normalise(spelled_days(w)))), "")
        if not all_closed(value):
            return ""
        values.append(value)
    return values[0] if values else ""


def closed_after(entries: list[tuple[str, str]], days: list[str], said: str, asked: str = "") -> str:
    """'2 tot 16 januari (collectief verlof)': a closed holiday line of several days that starts at most three
    days after one of ``days`` (asked about 'tussen Kerst en Nieuwjaar', closed from 2 January): the writer
    should know, also after the days the question (``asked``) names ('tussen kerst en nieuwjaar'); '' when none
    does or the answer (``said``) gives its days already."""
    span, extra = closed_after_span(entries, days, said, asked)
    return f"{span} ({extra})" if extra else span


def closed_after_span(entries: list[tuple[str, str]], days: list[str], said: str, asked: str = "") -> tuple[str, str]:
    """closed_after as (the days as the profile writes them, its name and note): ('ma 27 december t/m ma 3 januari',
    'Jaarlijks verlof'); ('', '') when none."""
    names = {n for d in [*days, *days_named(asked)] for n in holiday_names(d)}
    for written, value in entries:
        name, span, note = entry_span(written, value)
        if not span or span in said or not closed_line(written, value):
            continue
        day = span_start(span)
        for _ in range(3):
            day = day_before(day)
            if day in names:
                return span, ", ".join(n for n in (name, note) if n)
    return "", ""


# A day of the month said without its month, in a question after a day that has one: 'en den 2de ook?', 'de 5e?'.
# ('de 2 kinderen' is a count: a bare number only just before the question's end or 'ook').
_BARE_DAY = re.compile(r"\b(?:de|den|op|the)\s+(\d{1,2})(?:(?:e|de|ste|th|nd|rd|st)\b|(?=\s*(?:\?|ook\b|too\b)))", re.I)


def bare_day(entries: list[tuple[str, str]], day: str, text: str) -> str:
    """The holiday line a question names by its day of the month alone, in the month of the ``day`` asked
    before it ('Open met Allerheiligen? En den 2de ook?' → 'allerzielen' when the profile has a line for 2
    November); '' when it names none, or the day asked has no month."""
    names = holiday_names(day)
    written = " ".join(w for w, _ in entries if names & holiday_names(entry_name(w, "") or w))
    month = re.search(rf"\b\d{{1,2}}\s+({MONTH_WORDS})\b", " ".join((*names, written)), re.I)
    if month is None:
        return ""
    for found in _BARE_DAY.finditer(text):
        if re.match(rf"\s*(?:{MONTH_WORDS})\b", text[found.end() :], re.I):
            continue  # 'de 2de november' names its month itself
        other = closing_date(entries, f"{int(found.group(1))} {month.group(1).lower()}")
        if other and not holiday_names(other) & names:
            return other
    return ""
