"""A day named by its place next to a feast: 'de maandag na Pasen' is tweede paasdag, 'de dag na kerst' tweede
kerstdag, 'de vrijdag voor Pasen' goede vrijdag (resources/fact_words.toml [around_feast])."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from app.domain.draft_fact_words import week_days
from app.domain.words import alternation
from app.resources import resource_path


@dataclass(frozen=True)
class _Around:
    names: dict[str, str]  # the feast as written → the feast the days count from ('kerstmis' → 'kerst')
    weekday: dict[str, str]  # a feast on a fixed weekday ('pasen' → 'zondag')
    days: dict[tuple[str, int], str]  # (feast, days from it) → that day's name (('pasen', 1) → 'tweede paasdag')
    said: re.Pattern[str]


@cache
def _around() -> _Around:
    raw = tomllib.loads(resource_path("fact_words.toml").read_text(encoding="utf-8")).get("around_feast") or {}
    names = {str(k).lower(): str(v).lower() for k, v in (raw.get("names") or {}).items()}
    days: dict[tuple[str, int], str] = {}
    for key, name in (raw.get("days") or {}).items():
        feast, offset = str(key).rsplit(" ", 1)
        days[(feast.lower(), int(offset))] = str(name).lower()
    feasts = alternation(tuple(names))
    said = re.compile(
        rf"\b(?:de\s+)?(?P<day>{'|'.join(week_days())}|dag|avond)\s+(?P<dir>na|voor|vóór)\s+(?:de\s+)?"
        rf"(?P<feast>{feasts})(?!\w)"
    )
    weekday = {str(k).lower(): str(v).lower() for k, v in (raw.get("weekday") or {}).items()}
    return _Around(names, weekday, days, said)


def _offset(day: str, after: bool, feast_day: str) -> int:
    """Days from the feast to the day named: 'dag'/'avond' is the day next to it; a weekday counts from the
    feast's weekday ('maandag na' a Sunday feast is 1, 'vrijdag voor' it is -2); 0 when it cannot be said
    (a weekday next to a feast on a fixed date: its weekday varies by year; 'de avond na')."""
    if day in {"dag", "avond"}:
        return 1 if after and day == "dag" else (-1 if not after else 0)
    if not feast_day:
        return 0
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
    return found


def feast_day_named(text: str) -> str:
    """The first day a text names by its place next to a feast ('Zijn jullie de maandag na Pasen open?' →
    'tweede paasdag'); '' when none."""
    found = feast_days_said(" ".join(text.lower().split()))
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
