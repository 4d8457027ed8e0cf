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
    assert "is maandag 20 december" in made, made


def test_the_last_day_asked_after_another_question_is_answered_too() -> None:
    made = suggested(_BAKERY, "Zijn jullie open op kerstavond? En tot wanneer kan ik een stol bestellen?")
    assert "6.30–15.00" in made and "is maandag 20 december" in made, made


def test_a_last_day_for_something_else_is_not_given() -> None:
    made = suggested(_BAKERY, "Tot wanneer kan ik reserveren voor jullie oudejaarsbrunch?")
    assert "20 december" not in made, made


def test_a_question_without_a_last_day_gets_no_deadline() -> None:
    made = suggested(_BAKERY, "Kan ik bij jullie een kerstkrans bestellen?")
    assert "20 december" not in made, made


def test_a_line_for_a_feasts_orders_holds_every_thing_of_that_feast() -> None:
    """'Kerstbestellingen' are the orders for Christmas: a kerstbrood asked by its own name is one of them."""
    from app.domain.draft_order_deadline import order_deadline
    from app.domain.drafting import Drafter
    from app.nlp.topics import analyse_topics

    lemmas = Drafter(_BAKERY, analyser=analyse_topics)._lemmas_of
    found = order_deadline("Tot wanneer kan ik nog een kerstbrood bestellen voor zaterdag?", _BAKERY, lemmas)
    assert "uiterlijk ma 20 december" in found, found


def test_a_line_for_a_feasts_orders_holds_no_thing_of_another_feast() -> None:
    """Near miss: a paasbrood is no Christmas order."""
    from app.domain.draft_order_deadline import order_deadline
    from app.domain.drafting import Drafter
    from app.nlp.topics import analyse_topics

    lemmas = Drafter(_BAKERY, analyser=analyse_topics)._lemmas_of
    assert order_deadline("Tot wanneer kan ik nog een paasbrood bestellen?", _BAKERY, lemmas) == ""
