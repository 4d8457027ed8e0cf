"""Wishes for other opening hours and the day a business keeps open late (app/domain/draft_later_hours.py)."""

from __future__ import annotations

import pytest

from app.domain.draft_later_hours import LATER_WISH, MORE_HOURS, evening_wish, late_day


@pytest.mark.parametrize(
    ("text", "evening"),
    [
        ("Top winkel! Misschien één avond in de week langer open?", True),
        ("zou fijn zijn als jullie een KOOPAVOND hadden", True),
        ("Kunnen jullie na 18.30 uur open blijven? nee, na 19 uur open", True),
        ("Graag op zaterdag wat langer open.", False),  # one weekday named: no evening wish
        ("Would love it if you opened later", False),
        ("De taart was heerlijk, dank je.", False),
    ],
)
def test_an_evening_wish(text: str, evening: bool) -> None:
    assert evening_wish(text) is evening


@pytest.mark.parametrize(
    ("hours", "day"),
    [
        ("di–vr 9:00–18:00, do tot 20:30, za 9:00–16:00", "donderdag"),
        ("ma 10:00-17:00; vr 12:00-21:00", "vrijdag"),
        ("di–vr 9:00–21:00", ""),  # several days in one range
        ("ma-za 8:30-18:00", ""),
        ("", ""),
    ],
)
def test_the_day_open_into_the_evening(hours: str, day: str) -> None:
    assert late_day(hours) == day


def test_a_wish_for_more_or_later_hours() -> None:
    assert MORE_HOURS.search("mogen jullie wat EERDER open?")
    assert MORE_HOURS.search("zou je niet vroeger te openen")
    assert not MORE_HOURS.search("langer wachten dan gedacht")
    assert LATER_WISH.search("kun je niet eens wat later op de middag staan")
    assert LATER_WISH.search("liefst in de namiddag")
    assert not LATER_WISH.search("'s ochtends vroeg is perfect")
