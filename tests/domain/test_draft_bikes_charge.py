"""A question to charge a battery is answered by a parking fact only when that fact names charging (session 44);
else an English question stays open for the owner. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_bikes import charge_unanswered
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

PARKED = "ruime parking naast de molen (40 plaatsen) en een fietsenrek aan de voordeur"
CHARGED = "ruime parking naast de molen (40 plaatsen); fietsenrek met twee laadpunten voor e-bikes"


@pytest.mark.parametrize(
    ("question", "value", "unanswered"),
    [
        ("Could we plug in our two e-bike batteries somewhere during lunch?", PARKED, True),
        ("Can we recharge the e-bikes while we have a coffee?", PARKED, True),
        ("Kunnen we onze e-bikes ergens opladen terwijl we eten?", PARKED, True),  # (the Dutch drafts: not yet)
        ("Can we recharge the e-bikes while we have a coffee?", CHARGED, False),
        # a near miss: where to leave the bikes, no charging asked: the parking fact answers
        ("Is there somewhere safe to leave our bikes while we eat?", PARKED, False),
    ],
)
def test_a_charging_question_needs_a_fact_that_names_charging(question: str, value: str, unanswered: bool) -> None:
    assert charge_unanswered(question, value) is unanswered


def _cafe(parking: str) -> BusinessProfile:
    return BusinessProfile(
        name="Theetuin De Molen",
        kind="restaurant",
        signers=["Fenne"],
        voice="ik",
        register="je",
        email="fenne@demolen.nl",
        opening_hours="wo t/m zo 10.00–18.00; maandag en dinsdag gesloten",
        parking=parking,
    )


def test_an_english_charging_question_is_not_answered_with_the_car_park() -> None:
    text = "Hi! Cycling past on Saturday. Could we charge our e-bike batteries at yours while we have lunch?"
    said = suggested(_cafe(PARKED), text, platform="facebook")
    assert "40" not in said and "fietsenrek" not in said
    assert "batteries" in said  # what was asked is named for the owner to answer


def test_an_english_charging_question_gets_the_fact_that_names_charging() -> None:
    text = "Hi! Cycling past on Saturday. Could we charge our e-bike batteries at yours while we have lunch?"
    said = suggested(_cafe(CHARGED), text, platform="facebook")
    assert "laadpunten" in said or "charging" in said
