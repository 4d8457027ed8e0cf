"""Whether the hours of one day reach the part of the day a text names ('s avonds', 'donderdagavond', 'op
zaterdagochtend'): a rumour that the door is shut in the evening, or a wish to come then, is only answered with
that day's hours when those hours are open at that part of the day."""

from __future__ import annotations

import re

from app.domain.draft_asked import CLOCK
from app.domain.draft_days import hours_on
from app.domain.draft_fact_words import week_days

# The morning, in Dutch and Flemish words ('ochtend', 'morgen', 'voormiddag'), also inside a compound.
_MORNING = re.compile(r"ochtend|morgen|voormiddag", re.I)


def part_of_day_open(text: str, times: str) -> bool:
    """Whether the hours of a day (``times``: '9:00–18:00', 'tot 20:30') cover the part of the day ``text`` names:
    the evening needs a closing time after 18:00 (open until six is no evening), the morning an opening before
    12:00, the afternoon a closing time after 12:00; True when it names none."""
    clock = [int(h) * 60 + int(m) for h, m in re.findall(r"(\d{1,2})[:.](\d{2})", times)]
    if re.search(r"avond", text, re.I):
        return bool(clock) and clock[-1] > 18 * 60
    if _MORNING.search(text):
        return bool(clock) and (len(clock) < 2 or clock[0] < 12 * 60) and not times.startswith("vanaf")
    if re.search(r"middag|noen", text, re.I):  # 'namiddag', 'zaterdagmiddag'
        return bool(clock) and clock[-1] > 12 * 60
    return True


# A part of the day said as the time something always is, not one day ('s avonds', 's ochtends', Flemish
# 's namiddags'; not 'vanavond' or 'zaterdagavond', which name one day): the word for it in group 'deel'.
_EVERY_PART = re.compile(r"(?<!\w)(?:'s|des)\s*(?P<deel>avonds|ochtends|morgens|voormiddags|namiddags|middags)\b", re.I)


def every_part(text: str) -> str:
    """The part of the day a text says something always is at ('s avonds niet meer open' → "'s avonds"); ''
    when it names none, or more than one."""
    found = {m.group("deel").lower() for m in _EVERY_PART.finditer(text)}
    return f"'s {found.pop()}" if len(found) == 1 else ""


def open_in_part(text: str, hours: str) -> str:
    """The weekdays whose hours reach the part of the day a text says the business is no longer open at, said
    with how they reach it: 'op donderdag tot 20.00' for the evening, 'op zaterdag vanaf 8.30' for the
    morning ('s ochtends dicht'), the day's times for the afternoon; days with the same time said together
    ('op donderdag en vrijdag tot 21.00'); '' when the text names no such part, names a weekday (that day's
    hours answer it), or no day reaches it (then the rumour may be right)."""
    part = every_part(text)
    week = week_days()
    if not part or any(re.search(rf"\b{day}", text, re.I) for day in week):
        return ""
    groups: dict[str, list[str]] = {}
    for day in week:
        on = hours_on(hours, day)
        times = on.partition(" ")[2]
        clock = CLOCK.findall(times)
        if not clock or not part_of_day_open(part, times):
            continue
        said = f"tot {clock[-1]}" if "avond" in part else f"vanaf {clock[0]}" if _MORNING.search(part) else times
        groups.setdefault(said, []).append(day)
    if not groups or len(groups) > 3:
        return ""
    return " en ".join(f"op {_listed(days)} {said}" for said, days in groups.items())


def _listed(days: list[str]) -> str:
    """'donderdag', 'donderdag en vrijdag', 'dinsdag, woensdag en vrijdag'."""
    return days[0] if len(days) == 1 else f"{', '.join(days[:-1])} en {days[-1]}"
