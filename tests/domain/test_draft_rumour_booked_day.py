"""The writer's booking on a date in a rumour of a closing: whether the date falls in the closing the profile names
(app/domain/draft_rumour_booked_day.py). A salon and sentences of its own."""

from __future__ import annotations

from app.domain.draft_rumour_booked_day import booked_day
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Kapsalon Roos",
    kind="kapsalon",
    signers=["Roos"],
    register="u",
    voice="ik",
    email="roos@kapsalonroos.nl",
    opening_hours="di–za 9:00–17:00",
    holidays="Zomervakantie: gesloten van maandag 14 juli t/m zaterdag 2 augustus, weer open dinsdag 5 augustus.",
)


def test_a_booking_after_the_closing_can_stay() -> None:
    assert booked_day("mijn afspraak staat op 8 augustus, moet ik die verzetten?", _SALON) == (
        "afspraak",
        "8 augustus",
        False,
    )
    said = draft_text(
        _SALON,
        "uitkomst_onwaarheid",
        "Hoorde dat Roos de hele zomer dicht is. M'n knipbeurt is op 12 augustus, gaat die nog door?",
    )
    assert "knipbeurt op 12 augustus" in said and "[vul in" not in said, said


def test_a_booking_in_the_closing_is_left_to_the_owner() -> None:
    assert booked_day("Onze reservatie voor 20 juli, wat nu?", _SALON) == ("reservatie", "20 juli", True)


def test_no_booking_or_one_far_from_a_closing_says_nothing() -> None:
    assert booked_day("Ik kom op 8 augustus langs", _SALON) is None
    assert booked_day("Mijn afspraak staat op 3 december", _SALON) is None
    assert booked_day("Mijn afspraak is volgende week", _SALON) is None
