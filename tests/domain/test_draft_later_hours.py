"""Wishes for other opening hours and the day a business keeps open late (app/domain/draft_later_hours.py)."""

from __future__ import annotations

import pytest

from app.domain.draft_later_hours import LATER_WISH, MORE_HOURS, evening_wish, late_day, late_hours


@pytest.mark.parametrize(
    ("text", "evening"),
    [
        ("Top winkel! Misschien één avond in de week langer open?", True),
        ("zou fijn zijn als jullie een KOOPAVOND hadden", True),
        ("Kunnen jullie na 18.30 uur open blijven? nee, na 19 uur open", True),
        ("Graag op zaterdag wat langer open.", False),  # one weekday named: no evening wish
        ("Fijne zaak. Kan het een avond per week later open, of anders op vrijdag eerder?", True),  # another wish
        ("Op woensdag wat langer open of zo, dat zou helpen", False),
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


@pytest.mark.parametrize(
    ("hours", "late"),
    [
        ("di–vr 9:00–18:00; vanaf 1 maart op woensdag tot 20:00", ("woensdag", "Vanaf 1 maart op woensdag", "20:00")),
        ("ma-za 9-18, in de zomer donderdag tot 21.00", ("donderdag", "In de zomer op donderdag", "21:00")),
        ("di–za 9:00–17:30, vr tot 21:00", ("vrijdag", "Op vrijdag", "21:00")),
        ("ma–vr 9:00–21:00", ("", "", "")),  # every day late
        ("za 8:00–15:00", ("", "", "")),  # not into the evening
    ],
)
def test_the_late_day_with_how_the_hours_lead_to_it(hours: str, late: tuple[str, str, str]) -> None:
    assert late_hours(hours) == late


def test_a_late_day_told_after_its_season_is_the_late_day() -> None:
    assert late_day("di–vr 9:00–18:00, za 8:00–15:00; vanaf 1 maart op woensdag tot 20:00") == "woensdag"
    assert late_day("ma t/m vr 8u30-18u; tijdens de zomermaanden vrijdag tot 20:30") == "vrijdag"


@pytest.mark.parametrize(
    "text",
    ["als werkende man kan ik nooit na zessen terecht. Misschien eens een avond openstellen?", "Een avond openhouden?"],
)
def test_an_evening_opened_or_no_way_in_after_six_is_an_evening_wish(text: str) -> None:
    assert evening_wish(text)
