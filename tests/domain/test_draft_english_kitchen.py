"""An English writer who comes to eat on an open weekday gets the kitchen's hours from the opening hours (session 47),
and no 'Good news' when the time named lies outside them. Hours and sentences of our own."""

from __future__ import annotations

from app.domain.draft_english_kitchen import kitchen_hours
from app.domain.draft_english_words import english_hours
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

HOURS = "wo t/m zo vanaf 12.00; keuken 12.00–14.30 en 17.30–21.00; ma en di gesloten"
BISTRO = BusinessProfile(
    name="Bistro De Waag",
    kind="restaurant",
    signers=["Lotte"],
    voice="wij",
    register="je",
    email="hallo@dewaag.be",
    phone="03 123 45 67",
    opening_hours=HOURS,
)


def test_the_kitchen_part_in_english() -> None:
    assert kitchen_hours("Can we have dinner on Friday?", HOURS, "vanaf 12.00", english_hours) == (
        "kitchen 12.00–14.30 and 17.30–21.00",
        False,
    )


def test_a_time_outside_the_kitchen_hours() -> None:
    assert kitchen_hours("We'd like to eat around 4 pm on Friday", HOURS, "vanaf 12.00", english_hours)[1]
    assert not kitchen_hours("We'd like to eat at 18:15 on Friday", HOURS, "vanaf 12.00", english_hours)[1]


def test_no_kitchen_when_the_writer_does_not_come_to_eat() -> None:
    assert kitchen_hours("Are you open on Friday? We want to buy a gift card", HOURS, "vanaf 12.00", english_hours) == (
        "",
        False,
    )


def test_no_kitchen_when_the_hours_have_no_kitchen_part() -> None:
    assert kitchen_hours("Can we eat on Friday?", "wo t/m zo 12.00–22.00", "12.00–22.00", english_hours) == ("", False)


def test_a_meal_at_a_time_the_kitchen_is_shut() -> None:
    reply = suggested(
        BISTRO,
        "Hello! We're walking by on Saturday and would love a meal at yours around 4 pm. Is the kitchen open then?",
    )
    assert "12.00–14.30 and 17.30–21.00" in reply
    assert "closed" in reply
    assert "Good news" not in reply


def test_a_meal_inside_the_kitchen_hours_gets_them_in_brackets() -> None:
    reply = suggested(BISTRO, "Hi! Can we come for dinner on Saturday at 7 pm? Is the kitchen open then?")
    assert "(kitchen 12.00–14.30 and 17.30–21.00)" in reply
    assert "kitchen is closed" not in reply
    assert reply.count("open from 12.00") == 1  # the day's hours said once, not also as the visit's line


def test_an_open_day_question_without_eating_gets_no_kitchen() -> None:
    reply = suggested(BISTRO, "Hi! Are you open on Saturday? I'd like to pick up a voucher for my sister.")
    assert "kitchen" not in reply
