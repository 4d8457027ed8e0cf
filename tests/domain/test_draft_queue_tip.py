"""The order-ahead tip after a queue complaint: only for a queue at the place the FAQ's order-ahead entry names, and
not for another product (code review session 32, finding 3). Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_queue_tip import queue_tip
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

_BAKERY = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Kris"],
    faq=[
        FaqItem(
            "Kan ik oliebollen vooraf bestellen?",
            "Ja, tot en met 29 december in de winkel; ophalen op 31 december bij de kraam op de markt.",
        )
    ],
)


def _tip(text: str) -> str:
    return queue_tip(_BAKERY, text, analyse_topics(text).products)


@pytest.mark.parametrize(
    "text",
    [
        "Een uur in de rij gestaan voor de winkel voor een gewoon bruin brood, belachelijk.",
        "Een half uur in de rij gestaan op de markt bij de groenteboer, belachelijk.",
        "Twintig minuten gewacht aan de kassa op de markt, terwijl ik alleen een taart kwam ophalen.",
    ],
)
def test_a_queue_elsewhere_or_for_another_product_gets_no_tip(text: str) -> None:
    assert _tip(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Drie kwartier in de kou gestaan bij jullie kraam op de markt!!! Kan dat niet anders?",
        "Een uur in de rij gestaan bij jullie kraam op de markt voor de oliebollen!",
    ],
)
def test_a_queue_at_the_place_the_faq_names_gets_the_tip(text: str) -> None:
    assert "29 december" in _tip(text)
