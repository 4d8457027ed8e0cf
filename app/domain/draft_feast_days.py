"""A day named by its place next to a feast: 'de maandag na Pasen' is tweede paasdag, 'de dag na kerst' tweede
kerstdag, 'de vrijdag voor Pasen' goede vrijdag (resources/fact_words.toml [around_feast])."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from app.domain.draft_fact_words import fact_words, week_days
from app.domain.words import MONTH_NAMES, MONTH_WORDS, SHORT_WEEKDAYS, alternation
from app.resources import resource_path


@dataclass(frozen=True)
class _Around:
    names: dict[str, str]  # the feast as written → the feast the days count from ('kerstmis' → 'kerst')
    weekday: dict[str, str]  # a feast on a fixed weekday ('pasen' → 'zondag')
    days: dict[tuple[str, int], str]  # (feast, days from it) → that day's name (('pasen', 1) → 'tweede paasdag')
    said: re.Pattern[str]
    back: re.Pattern[str]  # the feast, then a day that points back at it: 'hemelvaart of de vrijdag erna'
    bridge: frozenset[str]  # the day between a feast and the weekend: 'brugdag'
    back_dir: dict[str, str]  # a word pointing back at the feast → its direction ('erna' → 'na')


@cache
def _around() -> _Around:
    raw = tomllib.loads(resource_path("fact_words.toml").read_text(encoding="utf-8")).get("around_feast") or {}
    names = {str(k).lower(): str(v).lower() for k, v in (raw.get("names") or {}).items()}
    days: dict[tuple[str, int], str] = {}
    for key, name in (raw.get("days") or {}).items():
        feast, offset = str(key).rsplit(" ", 1)
        days[(feast.lower(), int(offset))] = str(name).lower()
    feasts = alternation(tuple(names))
    prefix = "|".join(re.escape(str(p).lower()) for p in raw.get("prefixes") or ())
    feast = rf"(?:{prefix})?(?P<feast>{feasts})(?!\w)" if prefix else rf"(?P<feast>{feasts})(?!\w)"
    bridge = frozenset(str(b).lower() for b in raw.get("bridge") or ())
    day = "|".join((*week_days(), *sorted(bridge), "dag", "avond"))
    said = re.compile(rf"\b(?:de\s+)?(?P<day>{day})\s+(?P<dir>na|voor|vóór)\s+(?:de\s+)?{feast}")
    back_words = {str(k).lower(): str(v).lower() for k, v in (raw.get("back") or {}).items()}
    # 'op hemelvaart of de vrijdag erna': the day in the same sentence, a few words on, or in the question right
    # after it that goes on from it ('Met Hemelvaart open? En de vrijdag d'r na?')
    pointing = "|".join(re.escape(w) for w in sorted(back_words, key=len, reverse=True)) or "erna"
    back = re.compile(
        rf"(?<!\w){feast}[^.?!]{{0,30}}?(?:[.?!]+\s*(?:en|of|maar)\s+(?:ook\s+)?)?"
        rf"\b(?:de\s+)?(?P<day>{day})\s+(?P<dir>{pointing})(?!\w)"
    )
    weekday = {str(k).lower(): str(v).lower() for k, v in (raw.get("weekday") or {}).items()}
    return _Around(names, weekday, days, said, back, bridge, back_words)


def _offset(day: str, after: bool, feast_day: str) -> int:
    """Days from the feast to the day named: 'dag'/'avond' is the day next to it; a weekday counts from the
    feast's weekday ('maandag na' a Sunday feast is 1, 'vrijdag voor' it is -2); 0 when it cannot be said
    (a weekday next to a feast on a fixed date: its weekday varies by year; 'de avond na')."""
    if day in {"dag", "avond"}:
        return 1 if after and day == "dag" else (-1 if not after else 0)
    if not feast_day:
        return 0
    if day in _around().bridge:  # a Thursday feast bridges to the Friday, a Tuesday feast from the Monday
        return {"donderdag": 1, "dinsdag": -1}.get(feast_day, 0)
    week = week_days()
    gap = (week.index(day) - week.index(feast_day)) % 7
    if after:
        return gap or 7
    return -((7 - gap) % 7 or 7)


def feast_days_said(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the day's name) of each day a text names by its place next to a feast, in the lower-case
    text with single spaces: 'op de maandag na pasen' → [(3, 22, 'tweede paasdag')]; a day the table does
    not name ('de dinsdag na pasen') is left out."""
    around = _around()
    found = []
    for m in around.said.finditer(text):
        feast = around.names[m.group("feast")]
        offset = _offset(m.group("day"), m.group("dir") == "na", around.weekday.get(feast, ""))
        name = around.days.get((feast, offset), "") if offset else ""
        if name:
            found.append((m.start(), m.end(), name))
    for m in around.back.finditer(text):  # 'hemelvaart of de vrijdag erna': the feast and the day after it, both
        feast = around.names[m.group("feast")]
        after = around.back_dir.get(m.group("dir"), "na") == "na"
        offset = _offset(m.group("day"), after, around.weekday.get(feast, ""))
        name = around.days.get((feast, offset), "") if offset else ""
        if name and not any(s <= m.start("day") < e for s, e, _ in found):
            found += [(m.start("feast"), m.end("feast"), m.group("feast")), (m.start("day"), m.end(), name)]
    return sorted(found)


def feast_day_named(text: str) -> str:
    """The first day a text names by its place next to a feast ('Zijn jullie de maandag na Pasen open?' →
    'tweede paasdag'); '' when none."""
    found = feast_days_said(normalise_name(text))
    return found[0][2] if found else ""


def between_names(name: str) -> set[str]:
    """A period between two feasts with each feast by its other names: 'tussen kerst en nieuwjaar' →
    {'tussen kerstmis en nieuwjaar', 'tussen kerst en nieuwjaarsdag', ...}; empty for any other name."""
    found = re.fullmatch(r"tussen\s+(.+?)\s+en\s+(.+)", name)
    if found is None:
        return set()
    feasts = _around().names
    sides = [{w for w, f in feasts.items() if f == feasts.get(side)} | {side} for side in found.groups()]
    return {f"tussen {a} en {b}" for a in sides[0] for b in sides[1]} - {name}


# The feasts whose date moves with Easter, in days from Easter Sunday; and those on a fixed date (month, day).
_FROM_EASTER = {"pasen": 0, "hemelvaart": 39, "pinksteren": 49}
_FIXED = {"kerst": (12, 25), "nieuwjaar": (1, 1), "koningsdag": (4, 27)}


def easter(year: int) -> date:
    """Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month = (h + m - 7 * n + 114) // 31
    return date(year, month, (h + m - 7 * n + 114) % 31 + 1)


# How many years from last year on a profile's dated lines may be about: a profile filled in well ahead (a calendar
# for a year to come, or a machine whose clock is behind) is still read.
_YEARS = 20


def year_of(entries: Sequence[tuple[str, str]], today: date | None = None) -> int:
    """The year a profile's holiday lines are about, from the lines that give a weekday with a date ('vrijdag 31
    mei', 'do 30 mei'): the first year from last year on, within twenty, in which every such date falls on its
    weekday, and Easter's feasts named with a date ('O.-L.-H.-Hemelvaart 22 mei') fall on that date; 0 when no line
    gives one or no year fits them all."""
    week = week_days()
    said = re.compile(rf"\b({'|'.join((*week, *SHORT_WEEKDAYS))})\.?\s+(\d{{1,2}})\s+({MONTH_WORDS})\b", re.IGNORECASE)
    dated = [
        (m.group(1).lower()[:2], int(m.group(2)), MONTH_NAMES.index(m.group(3).lower()) + 1)
        for written, _ in entries
        for m in said.finditer(written)
    ]
    moving = _moving_feasts(entries)
    start = (today or date.today()).year - 1
    for year in range(start, start + _YEARS) if dated or moving else ():
        try:
            if all(SHORT_WEEKDAYS[date(year, month, day).weekday()] == short for short, day, month in dated) and all(
                easter(year) + timedelta(days=_FROM_EASTER[feast]) == date(year, month, day)
                for feast, day, month in moving
            ):
                return year
        except ValueError:  # '31 juni'
            return 0
    return 0


def _moving_feasts(entries: Sequence[tuple[str, str]]) -> list[tuple[str, int, int]]:
    """(feast, day, month) of each line that names a feast whose date moves with Easter together with its date
    ('O.-L.-H.-Hemelvaart 22 mei' → ('hemelvaart', 22, 5)); a feast's other day ('Pinkstermaandag 2 juni') is none."""
    around = _around()
    named = [(n, f) for n, f in around.names.items() if f in _FROM_EASTER]
    # (the first of two days that share their month: 'Zo 28 en ma 29 mei (Pinksteren)' dates the feast 28 mei)
    shared = r"(?:\s+(?:en|&|t/m|tot en met)\s+(?:[^\W\d_]{2,9}\.?\s+)?\d{1,2})?"
    dated = re.compile(rf"\b(\d{{1,2}}){shared}\s+({MONTH_WORDS})\b")
    found = []
    for written, _ in entries:
        lower = normalise_name(written)
        feast = next((f for n, f in named if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", lower)), "")
        when = dated.search(lower)
        if feast and when:
            found.append((feast, int(when.group(1)), MONTH_NAMES.index(when.group(2)) + 1))
    return found


def feast_day_date(name: str, entries: Sequence[tuple[str, str]], today: date | None = None) -> str:
    """The date of a day named by its place next to a feast, in the year the profile's lines are about ('vrijdag
    na hemelvaart' → '31 mei' for lines of 2030), so a line that gives only the date ('vrijdag 31 mei: 7:00–14:00')
    answers it; '' when the day or the year cannot be told."""
    around = _around()
    wanted = normalise_name(name)
    # the day by any of its names ('2e pinksterdag', 'pinkstermaandag' ~ 'tweede pinksterdag': fact_words same_day)
    alike = {wanted}.union(*(g for g in fact_words().same_day if wanted in g))
    place = next(((f, o) for (f, o), n in around.days.items() if n in alike), None)
    if place is None and wanted in around.names:
        place = (around.names[wanted], 0)
    year = year_of(entries, today) if place else 0
    if not place or not year:
        return ""
    feast, offset = place
    if feast in _FROM_EASTER:
        day = easter(year) + timedelta(days=_FROM_EASTER[feast] + offset)
    elif feast in _FIXED:
        day = date(year, *_FIXED[feast]) + timedelta(days=offset)
    else:
        return ""
    return f"{day.day} {MONTH_NAMES[day.month - 1]}"


def normalise_name(name: str) -> str:
    """A day's name in lower case with single spaces."""
    return " ".join(name.lower().split())
