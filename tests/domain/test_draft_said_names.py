"""A phrase of the writer said back in a complaint keeps the names in it with their capital ('dat je Jesse (8) een
notenallergie heeft', never 'je jesse'), in je and u register. Businesses and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

PIZZERIA = BusinessProfile(
    name="Pizzeria Da Gino",
    kind="restaurant",
    signers=["Gino"],
    voice="wij",
    register="je",
    phone="0492-556677",
    email="info@dagino.nl",
)
HOTEL = BusinessProfile(
    name="Hotel De Linde",
    kind="hotel",
    signers=["Els"],
    voice="wij",
    register="u",
    phone="011 22 33 44",
    email="info@delinde.be",
)


@pytest.mark.parametrize(
    ("profile", "text", "name"),
    [
        (
            PIZZERIA,
            "Bij het bestellen gezegd dat onze Jesse in een rolstoel zit. Toch een tafel boven gekregen.",
            "Jesse",
        ),
        (
            HOTEL,
            "Vooraf gemeld dat mijn vader Willem slecht ter been is, en dan een kamer op de derde zonder lift.",
            "Willem",
        ),
        (
            PIZZERIA,
            "had doorgegeven dat m'n dochter Fenna in een rolstoel zit. kregen toch een tafel met trap",
            "Fenna",
        ),
    ],
)
def test_a_name_in_what_was_told_before_keeps_its_capital(profile: BusinessProfile, text: str, name: str) -> None:
    said = draft_text(profile, _COMPLAINT, text)
    assert name.lower() not in said.replace(name, ""), said
