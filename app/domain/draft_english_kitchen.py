"""The kitchen's hours for an English writer who comes to eat on a weekday the restaurant is open: the part of the
opening hours that gives the kitchen's times for every open day ('do t/m ma vanaf 11.30; keuken 11.30–14.00 en
18.00–21.30'), in English, and whether the time the writer named ('around 3 pm') falls outside them."""

from __future__ import annotations

import re
from collections.abc import Callable

# A writer who comes to eat ('hope to eat at yours', 'is the kitchen open then?'): the kitchen's hours matter.
EATS = re.compile(r"\b(?:kitchen|eat|eating|food|lunch|dinner|meal|meals)\b", re.I)
# The part of opening hours that gives the kitchen's hours for every open day ('keuken 11.30–14.00 en 18.00–21.30').
_KITCHEN_PART = re.compile(r"(?:^|[;,]\s*|\.\s+)(keuken\s+\d[^;]*?)\s*(?=;|\.\s|\.?$)", re.I)
# The time the writer comes, told with 'at', 'around', 'about' or 'by', in minutes or am/pm ('around 3 pm', 'at 19:30').
_COMES_AT = re.compile(
    r"\b(?:at|around|about|by)\s+(?P<hour>\d{1,2})(?:[:.](?P<min>\d{2}))?\s*(?P<half>[ap]\.?m\.?)?(?![\w:.]\d)", re.I
)
_RANGE = re.compile(r"(\d{1,2})[:.](\d{2})\s*[–-]\s*(\d{1,2})[:.](\d{2})")


def kitchen_hours(text: str, hours: str, times: str, in_english: Callable[[str], str]) -> tuple[str, bool]:
    """(the kitchen's hours in English, whether the writer's time lies outside them) for an English comment of someone
    coming to eat (``text``), from the opening ``hours`` whose day's ``times`` do not hold the kitchen already;
    ('', False) when the comment is not about eating, the hours give no kitchen part or it cannot be said in English."""
    found = _KITCHEN_PART.search(hours) if EATS.search(text) and "keuken" not in times.lower() else None
    said = in_english(found.group(1)) if found else ""
    if not said or found is None:
        return "", False
    came = _COMES_AT.search(text)
    if came is None or not (came.group("min") or came.group("half")):
        return said, False
    hour, minute = int(came.group("hour")), int(came.group("min") or 0)
    if (came.group("half") or "").lower().startswith("p") and hour < 12:
        hour += 12
    at = hour * 60 + minute
    ranges = _RANGE.findall(found.group(1))
    inside = any(int(a) * 60 + int(b) <= at < int(c) * 60 + int(d) for a, b, c, d in ranges)
    return said, bool(ranges) and not inside
