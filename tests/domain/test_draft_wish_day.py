"""A suggestion for another weekday ('als het ook op zaterdag kon') is named with the day, and a fact that names
only other weekdays does not say 'dat kan al'. Sentences and shops of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_wish_day import day_wished, other_days_only, wish_of_day
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Alleen jammer dat het enkel op dinsdag is. Als het ook op donderdag kon!", "donderdag"),
        ("Kunnen jullie dat op zondag ook doen?", "zondag"),
        ("Top, maar ook 's zaterdags zou super zijn", "zaterdag"),
        ("Heel lekker, tot zaterdag!", ""),
    ],
)
def test_the_day_wished_is_read(text: str, day: str) -> None:
    assert day_wished(text) == day


def test_the_wish_is_said_with_the_day() -> None:
    assert wish_of_day("Als het ook op donderdag kon, kwam ik vaker") == "om het ook op donderdag aan te bieden"


def test_a_fact_of_other_days_says_no_yes() -> None:
    text = "Jammer dat het alleen op dinsdag is. Als het ook op donderdag kon!"
    assert other_days_only("Op dinsdag verse pasta (€6), best vooraf bestellen.", text)
    assert not other_days_only("Op dinsdag en donderdag verse pasta.", text)
    assert not other_days_only("Verse pasta elke dag.", text)


_DELI = BusinessProfile(
    name="Traiteur Bellini",
    kind="bakkerij",
    signers=["Marco"],
    register="u",
    voice="wij",
    opening_hours="di–za 9:00–18:00",
    faq=[
        FaqItem(question="Hebben jullie verse pasta?", answer="Ja, op dinsdag verse pasta (€6), best vooraf bestellen.")
    ],
)


def test_the_draft_does_not_say_it_can_already() -> None:
    said = draft_text(
        _DELI,
        "uitkomst_bedank_publiek_suggestie",
        "Jullie verse pasta is de beste van de stad! Enige minpuntje: alleen op dinsdag. "
        "Als het ook op donderdag kon, kwam ik elke week.",
    )
    assert "kan al" not in said
    assert "kan gelukkig al" not in said
    assert "donderdag" in said
