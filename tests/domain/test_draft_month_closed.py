"""A closing period in the month a question about the opening hours names (app/domain/draft_month_closed.py), and
a day more open in some months (app/domain/draft_seasons.py season_more). Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_calendar import months_said
from app.domain.draft_month_closed import closed_in_month, english_span
from app.domain.draft_seasons import season_more

_ENTRIES = [
    ("Pinksteren", "open 10:00–14:00"),
    ("bouwvakantie", "dicht van maandag 29 juli t/m zaterdag 10 augustus"),
]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Zijn jullie in augustus open?", {7}),
        ("Kan ik begin juli langskomen?", {6}),
        ("Are you open in July?", {6}),
        ("Open op 2 augustus?", set()),  # a date: the holiday answers say that day
        # read by draft_seasons.months_named: its short and English names too, after a word of when
        ("Are you open during May?", {4}),
        ("Open medio okt of in de maand december?", {9, 11}),
        ("Open early August or mid-October?", {7, 9}),
        ("Zijn jullie in de zomer open?", set()),  # a season is no month said as the time of a visit
        ("Open vanaf maart?", set()),
    ],
)
def test_the_months_said_as_the_time_of_a_visit(text: str, months: set[int]) -> None:
    assert months_said(text) == months


def test_a_closing_in_the_month_asked_is_said_with_its_name() -> None:
    said = closed_in_month(_ENTRIES, "Zijn jullie in augustus open?")
    assert said == "maandag 29 juli t/m zaterdag 10 augustus (bouwvakantie)"
    assert closed_in_month(_ENTRIES, "Kan ik eind juli nog komen?") == said  # it starts in July


def test_the_month_of_the_question_not_of_a_past_visit() -> None:
    # the month of a visit told in the past is not the month asked about (code review 31, finding 8)
    text = "Zijn jullie open eind december? Ik was in juli al eens langs maar toen waren jullie dicht."
    assert closed_in_month(_ENTRIES, text) == ""
    assert closed_in_month(_ENTRIES, "Vorig jaar in augustus waren jullie dicht. Zijn jullie open in mei?") == ""
    said = closed_in_month(_ENTRIES, "We komen in augustus naar de stad. Zijn jullie dan open?")
    assert said == "maandag 29 juli t/m zaterdag 10 augustus (bouwvakantie)"


@pytest.mark.parametrize("text", ["Zijn jullie in mei open?", "Wat zijn jullie openingstijden?"])
def test_no_closing_for_another_month_or_none(text: str) -> None:
    assert closed_in_month(_ENTRIES, text) == ""


def test_a_span_in_english() -> None:
    assert english_span("maandag 29 juli t/m zaterdag 10 augustus (bouwvakantie)") == (
        "Monday 29 July to Saturday 10 August"
    )
    assert english_span("1 tot en met 15 augustus") == "1 to 15 August"
    assert english_span("29 juli t/m 10 augustus, behalve de zaterdag") == ""  # no Dutch left in
    assert english_span("wo 8 t/m vr 10 april") == "Wednesday 8 to Friday 10 April"  # a weekday written short


_HOURS = "do–zo 10:00–21:00; maandag t/m woensdag gesloten, behalve in juni en juli: dan ook op woensdag open"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Woensdag zijn ze altijd dicht, ook in de zomer.", ("juni en juli", "ook op woensdag")),
        ("Kunnen we in juni op een woensdag komen?", ("juni en juli", "ook op woensdag")),
        ("Zijn jullie in mei op woensdag open?", ("", "")),  # another month
        ("Op dinsdag in juli dicht?", ("", "")),  # another day
    ],
)
def test_one_more_day_open_in_some_months(text: str, said: tuple[str, str]) -> None:
    assert season_more(_HOURS, text) == (*said, "")


@pytest.mark.parametrize(
    ("hours", "times"),
    [
        # the times of the extra day are said with it (code review 31, finding 11)
        ("ma–za 7:00–18:00; zo gesloten; in juli en augustus ook op zondag open 8:00–12:00", "8:00–12:00"),
        ("ma–za 8:00–17:00; zo gesloten; in juli en augustus ook op zondag open: van 9.00 tot 12.30", "9.00 tot 12.30"),
    ],
)
def test_the_times_of_the_day_more_open(hours: str, times: str) -> None:
    asked = "Zijn jullie op zondag open, ook in de zomer?"
    assert season_more(hours, asked) == ("juli en augustus", "ook op zondag", times)
