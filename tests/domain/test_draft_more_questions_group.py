"""A FAQ answer for groups ('Kunnen we met een groep reserveren?') answers a second question about booking only
when the writer's party is a group (a size, a group named), not 'moet je reserveren?' of one or two. Businesses
and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_BISTRO = BusinessProfile(
    name="Bistro Het Anker",
    kind="restaurant",
    signers=["Joost"],
    voice="wij",
    register="je",
    email="info@hetanker.nl",
    opening_hours="di–zo 12:00–22:00",
    faq=[
        FaqItem(
            question="Kunnen we met een groep reserveren?",
            answer="Groepen tot 30 personen eten in de Kajuit; vanaf 8 personen is er een vast menu.",
        )
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Zijn jullie dinsdag open? en moet je reserveren",
        "zijn jullie op dinsdag open?? Moet ik reserveren?",
        "Are you open on Tuesday? En moeten we reserveren?",
    ],
)
def test_a_small_party_gets_no_group_hall_or_menu(text: str) -> None:
    said = draft_text(_BISTRO, "uitkomst_vraag_beantwoorden", text)
    assert "Kajuit" not in said and "vast menu" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Zijn jullie dinsdag open? En kunnen we met 14 personen reserveren?",
        "zijn jullie op dinsdag open? we zijn met een groep van 20, moeten we reserveren?",
    ],
)
def test_a_group_gets_the_group_answer(text: str) -> None:
    said = draft_text(_BISTRO, "uitkomst_vraag_beantwoorden", text)
    assert "Kajuit" in said, said
