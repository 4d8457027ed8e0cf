"""An English complaint gets back what the writer said went wrong: a part that died without 'the' before it ('...,
chain snapped on the first climb'), a part that is still failing after the work ('the brakes are still slipping'),
what was brought without a part of it ('the cake came without the candles'), a wait written short ('waited 40 min')
and the hours of the weekday the writer asks to drop by on. Businesses and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_english_complaint import came_without, faulty_thing
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"
_BIKES = BusinessProfile(
    name="Tweewielers Van Dam",
    kind="fietsenmaker",
    signers=["Ruben"],
    voice="ik",
    register="je",
    email="ruben@vandam-fietsen.nl",
    opening_hours="di–vr 8:30–18:00, za 10:00–16:00; zondag en maandag gesloten",
)
_CAFE = BusinessProfile(
    name="Eetcafé Het Anker",
    kind="restaurant",
    signers=["Mirjam"],
    voice="wij",
    register="u",
    email="info@hetanker-eetcafe.nl",
)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Hired a city bike for the weekend, chain snapped on the first climb. Walked it back 6 km. Not great.",
         "chain"),
        ("Took the cargo bike out yesterday. Motor cut out halfway to the beach and it weighs a ton. Poor.", "motor"),
    ],
)  # fmt: skip
def test_a_part_that_gave_out_without_the_before_it_is_named(text: str, part: str) -> None:
    draft = draft_text(_BIKES, _COMPLAINT, text, platform="x", author="@jake")
    assert f"{part} that gives out" in draft or f"the {part} letting you down" in draft, draft


def test_everything_that_died_is_no_part() -> None:
    text = "Came by on Friday evening, honestly, everything died down by 8 and nobody served us."
    assert "everything that gives out" not in draft_text(_CAFE, _COMPLAINT, text, platform="x", author="@jake")


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Had new pads fitted last week and the brakes are still slipping in the rain.", "the brakes"),
        ("Paid for a tune-up and the chain was still jumping off every few km.", "the chain"),
    ],
)
def test_a_part_still_failing_after_the_work_is_the_fault(text: str, thing: str) -> None:
    assert faulty_thing(text) == thing


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Ordered a birthday cake for Sunday, it was delivered an hour late and without the candles we paid for.",
         "candles"),
        ("The rental bikes turned up on time but without their lights, so no riding after dark.", "lights"),
        ("Our platter came without the bread and sauce we ordered.", "bread"),
        ("We arrived without the booking confirmation, which was our fault.", ""),
        ("The food came quickly, without a fuss.", ""),
    ],
)  # fmt: skip
def test_what_came_without_a_part_of_it_is_said(text: str, thing: str) -> None:
    assert came_without(text) == thing


def test_a_delivery_that_lacked_a_part_says_so_in_the_reply() -> None:
    text = "Booked two e-bikes with delivery to the campsite. They showed up late and without the locks. Annoying."
    draft = draft_text(_BIKES, _COMPLAINT, text, platform="google", author="Tom Baker")
    assert "locks" in draft, draft


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Sat on the terrace and waited 40 min before anyone took our order. Food was ok.", "40 minutes"),
        ("Waited 2 hrs for our mains on a quiet night, really?", "2 hours"),
    ],
)
def test_a_wait_written_short_is_said_back_in_full(text: str, said: str) -> None:
    draft = draft_text(_CAFE, _COMPLAINT, text, platform="x", author="@jake")
    assert said in draft, draft


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Collected my e-bike after the repair and the motor is cutting out again. Can I pop in on Saturday?",
         "On Saturday I am open 10:00–16:00"),
        ("Brakes squeal worse than before the service. Could I come by on Tuesday morning to have it checked?",
         "Tuesday"),
    ],
)  # fmt: skip
def test_a_complaint_asking_to_drop_by_on_a_day_gets_that_days_hours(text: str, said: str) -> None:
    draft = draft_text(_BIKES, _COMPLAINT, text, platform="instagram", author="@jake")
    assert said in draft and ("10:00–16:00" in draft or "8:30–18:00" in draft), draft


def test_a_closed_day_asked_to_drop_by_on_gets_no_hours_of_its_own() -> None:
    text = "My gears still slip after your service. Can I just drop by on Monday?"
    draft = draft_text(_BIKES, _COMPLAINT, text, platform="instagram", author="@jake")
    assert "On Monday I am open" not in draft, draft
