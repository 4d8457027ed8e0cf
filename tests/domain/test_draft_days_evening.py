"""A writer who would rather come in the evening ('liefst op een avond', 'ik werk overdag') hears the late
opening of the hours ('do tot 20:30'). Sentences and profiles of their own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.draft_writer_time import free_from
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

SALON = BusinessProfile(
    name="Kapperij Noor",
    kind="kapsalon",
    signers=["Noor"],
    voice="wij",
    register="je",
    email="info@kapperijnoor.nl",
    opening_hours="di–za 9:00–17:00, vr tot 21:00",
    faq=[FaqItem("Wat kost een herenknipbeurt?", "Een herenknipbeurt kost € 27.")],
)


def _draft(text: str) -> str:
    return suggested(SALON, text)


@pytest.mark.parametrize(
    ("text", "evening"),
    [
        ("liefst op een avond, want ik werk overdag", True),
        ("Kan het bij voorkeur 's avonds?", True),
        ("wij werken allebei overdag", True),
        ("ik werk overdag in de zorg", True),
        ("liefst op een zaterdag", False),
        ("we hebben gisteravond gegeten", False),
    ],
)
def test_a_wish_for_the_evening(text: str, evening: bool) -> None:
    assert (free_from(text) == 18 * 60) == evening


@pytest.mark.parametrize(
    "text",
    [
        "Wat kost een herenknipbeurt bij jullie? Liefst op een avond want ik werk overdag.",
        "wat kost een herenknipbeurt?? ik werk zelf overdag dus het liefst 's avonds",
    ],
)
def test_the_late_opening_is_said_to_who_would_rather_come_in_the_evening(text: str) -> None:
    draft = _draft(text)
    assert "€ 27" in draft and "21:00" in draft and "vrijdag" in draft.lower()


def test_no_late_opening_for_who_says_nothing_of_the_evening() -> None:
    assert "21:00" not in _draft("Wat kost een herenknipbeurt bij jullie?")
