"""The last day to order for the holidays (app/domain/draft_order_deadline.py), from the profile's holiday lines."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_BAKERY = BusinessProfile(
    name="Bakkerij Wouters",
    kind="bakkerij",
    signers=["An"],
    voice="ik",
    register="je",
    holidays=(
        "Kerstavond vr 24 december 6.30–15.00. Kerstbestellingen (stollen, ijstaarten, kerstkransen) uiterlijk "
        "ma 20 december. Oudejaarsdag vr 31 december 6.30–15.00."
    ),
)


def test_the_last_day_to_order_is_the_line_that_names_what_is_ordered() -> None:
    made = suggested(_BAKERY, "Tot wanneer kan ik een kerstkrans bestellen?")
    assert "uiterlijk ma 20 december" in made, made


def test_the_last_day_asked_after_another_question_is_answered_too() -> None:
    made = suggested(_BAKERY, "Zijn jullie open op kerstavond? En tot wanneer kan ik een stol bestellen?")
    assert "6.30–15.00" in made and "uiterlijk ma 20 december" in made, made


def test_a_last_day_for_something_else_is_not_given() -> None:
    made = suggested(_BAKERY, "Tot wanneer kan ik reserveren voor jullie oudejaarsbrunch?")
    assert "20 december" not in made, made


def test_a_question_without_a_last_day_gets_no_deadline() -> None:
    made = suggested(_BAKERY, "Kan ik bij jullie een kerstkrans bestellen?")
    assert "20 december" not in made, made
