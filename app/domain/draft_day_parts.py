"""Whether the hours of one day reach the part of the day a text names ('s avonds', 'donderdagavond', 'op
zaterdagochtend'): a rumour that the door is shut in the evening, or a wish to come then, is only answered with
that day's hours when those hours are open at that part of the day."""

from __future__ import annotations

import re


def part_of_day_open(text: str, times: str) -> bool:
    """Whether the hours of a day (``times``: '9:00–18:00', 'tot 20:30') cover the part of the day ``text`` names:
    the evening needs a closing time after 18:00 (open until six is no evening), the morning an opening before
    12:00, the afternoon a closing time after 12:00; True when it names none."""
    clock = [int(h) * 60 + int(m) for h, m in re.findall(r"(\d{1,2})[:.](\d{2})", times)]
    if re.search(r"avond", text, re.I):
        return bool(clock) and clock[-1] > 18 * 60
    if re.search(r"ochtend|morgen|voormiddag", text, re.I):
        return bool(clock) and (len(clock) < 2 or clock[0] < 12 * 60) and not times.startswith("vanaf")
    if re.search(r"middag|noen", text, re.I):  # 'namiddag', 'zaterdagmiddag'
        return bool(clock) and clock[-1] > 12 * 60
    return True
