"""A rumour that the business is closed from a day to a point in a month ('vanaf de kermis tot half september dicht')
is set straight with the closing the profile names in that span and the hours of the day it starts on, not with
the hours of that first day alone. Shops and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_long_closed import span_to_month
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

SLAGER = BusinessProfile(
    name="Slagerij Hendriks",
    kind="slagerij",
    signers=["Marco"],
    voice="wij",
    register="je",
    email="info@slagerijhendriks.nl",
    website="www.slagerijhendriks.nl",
    opening_hours="di–vr 8:00–18:00, za 8:00–16:00; maandag gesloten",
    holidays="Kermis: za 9 en zo 10 augustus open 8:00–14:00; zomerstop 18 t/m 30 augustus: gesloten",
)


def _draft(text: str) -> str:
    return suggested(SLAGER, text, label="onwaarheid", author="Bram Jansen")


@pytest.mark.parametrize(
    "text",
    [
        "Hoorde op de markt dat de slager vanaf de kermis tot half september dicht is, dus vlees halen in Ulft.",
        "Slagerij Hendriks is van de kermis tot eind september gesloten zegt mijn zus.",
    ],
)
def test_span_from_own_day_gets_the_closing(text: str) -> None:
    draft = _draft(text)
    assert "18 t/m 30 augustus" in draft
    assert "vul in" not in draft


def test_span_length_from_a_date_and_from_a_feast() -> None:
    assert len(span_to_month("vanaf 20 juli tot eind juli toe", SLAGER)) == 12
    assert len(span_to_month("van kerst tot half januari dicht", SLAGER)) == 22
    assert span_to_month("vanaf morgen tot eind augustus dicht", SLAGER) == ()
    assert span_to_month("tussen kerst en nieuwjaar dicht", SLAGER) == ()
