"""A question that asks a time or a price of what the comment said before it (app.domain.draft_pointed)."""

from __future__ import annotations

from app.domain.draft_asked import POINTS_BACK
from app.domain.draft_pointed import asked_alike


def test_a_question_asked_as_the_faq_asks_it() -> None:
    assert asked_alike("Hoe lang duurt dat normaal?", "Hoe lang duurt een grote beurt?")
    assert asked_alike("En wat kost dat eigenlijk?", "Wat kost een kinderknipbeurt?")
    assert not asked_alike("Hoe lang duurt dat normaal?", "Wat kost een grote beurt?")
    assert not asked_alike("Wie gaat dat betalen?", "Wat kost een grote beurt?")


def test_het_before_a_noun_points_back_at_nothing() -> None:
    assert not POINTS_BACK.search("en is het vlees halal?")
    assert POINTS_BACK.search("kan het op oudejaarsdag?")
    assert POINTS_BACK.search("is het mogelijk?")
