"""Whether an English comment is about health or safety (app/domain/language_safety.py)."""

from __future__ import annotations

import pytest

from app.domain.language_safety import english_safety


@pytest.mark.parametrize(
    "text",
    [
        "€60 to adjust my brakes, what a rip-off",
        "You charged 55 euros for adjusting the front brakes?!",
        "Brakes adjusted: 45 euros.",
    ],
)
def test_brakes_adjusted_for_a_price_are_no_safety_case(text: str) -> None:
    assert not english_safety(text)


@pytest.mark.parametrize(
    "text",
    [
        "You adjusted my brakes and now they don't work at all",
        "After adjusting the brakes I couldn't stop at the crossing",
        "My brakes failed after the service",
        "The brakes are dangerous",
    ],
)
def test_brakes_that_failed_stay_a_safety_case(text: str) -> None:
    assert english_safety(text)


@pytest.mark.parametrize(
    "text",
    [
        "The brakes are squeaking since you serviced the bike. Annoying.",
        "My brakes squeak after the service, really annoying.",
        "Front brake squeals like a pig now, not impressed.",
        "Rusty brakes after two weeks, what quality.",
    ],
)
def test_english_brakes_that_only_make_a_noise_are_no_safety_case(text: str) -> None:
    assert not english_safety(text)


@pytest.mark.parametrize(
    "text",
    [
        "My brakes squeak and won't stop the bike anymore.",
        "The brakes squeal and the bike doesn't stop in time.",
        "Squeaky brakes since the service and I couldn't stop at the lights.",
        "The brakes were squeaking and then I crashed into a car.",
    ],
)
def test_english_noisy_brakes_that_fail_stay_a_safety_case(text: str) -> None:
    assert english_safety(text)


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("Got a text an hour before: 'sorry, Tom is sick, can we reschedule'. Nobody called back.", False),
        ("Our stylist called in sick and nobody told us, we waited for nothing.", False),
        ("My son got sick after your burger so we had to cancel the party.", True),
        ("I was sick all night after the mussels.", True),
        ("Your chicken made me so sick that we had to cancel the rest of our holiday. Disgusting.", True),
        ("The prawns made us sick, we had to cancel our trip to Bruges.", True),
    ],
)
def test_sickness_that_moves_an_appointment_is_no_harm(text: str, harm: bool) -> None:
    assert english_safety(text) is harm


@pytest.mark.parametrize(
    "text",
    [
        "Booked the upstairs room for 30. Mailed twice about the buffet and guests with allergies, no reply.",
        "We wrote to you about a friend with a severe nut allergy and never heard back.",
    ],
)
def test_an_allergy_named_as_a_need_is_no_safety_case(text: str) -> None:
    assert not english_safety(text)


@pytest.mark.parametrize(
    "text",
    [
        "I told the waiter about my son with a nut allergy and he still got served the satay. He ended up in hospital.",
        "My wife with a shellfish allergy ate the soup and her lips were swollen within minutes.",
    ],
)
def test_an_allergy_with_what_happened_stays_a_safety_case(text: str) -> None:
    assert english_safety(text)
