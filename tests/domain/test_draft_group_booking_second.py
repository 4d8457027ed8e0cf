"""A group that comes to eat hears to book ahead also when the day it comes is answered as its second question, after
an answer about access (app/domain/draft_composed.py); a couple does not. A restaurant and sentences of its own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_BRASSERIE = BusinessProfile(
    name="Brasserie Het Anker",
    kind="restaurant",
    signers=["Femke"],
    voice="wij",
    register="je",
    email="tafel@hetanker.nl",
    phone="0223 12 34 56",
    opening_hours="wo t/m zo vanaf 12.00",
    accessibility="alles gelijkvloers, met een invalidentoilet",
    holidays="Goede Vrijdag: open vanaf 12.00. Eerste paasdag: paasbrunch 11.00–14.00, € 34,50 p.p.",
)


def test_a_group_hears_to_book_ahead_after_the_access_answer() -> None:
    said = suggested(
        _BRASSERIE,
        "Kan mijn vader met zijn rollator overal bij? We willen met eerste paasdag komen brunchen met 11 personen. "
        "Wat kost dat?",
    )
    assert "34,50" in said and "0223 12 34 56" in said, said


def test_two_people_hear_nothing_of_booking() -> None:
    said = suggested(
        _BRASSERIE,
        "Kan mijn vader met zijn rollator overal bij? We willen met eerste paasdag komen brunchen met z'n tweeën. "
        "Wat kost dat?",
    )
    assert "reserve" not in said, said
