"""A rumour that works on the street cut the business off gets that we ask the town and where to park all the same
(app/domain/draft_rumour_works.py); no such line for another rumour. A shop and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_rumour_works import works_reach
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_SLAGER = BusinessProfile(
    name="Slagerij Vermeulen",
    kind="slager",
    signers=["Pieter"],
    voice="wij",
    register="u",
    website="www.slagerijvermeulen.be",
    parking="parking achter de winkel, in te rijden via de Kerkwegel",
)


@pytest.mark.parametrize(
    "rumour",
    [
        "Opgelet: vanaf september wegenwerken in de Dorpsstraat, dan is Vermeulen drie maanden onbereikbaar.",
        "Hoorde dat de straat afgesloten wordt voor rioolwerken, ge geraakt ge niet meer aan de slager zeker?",
    ],
)
def test_a_roadworks_rumour_gets_that_we_ask_and_where_to_park(rumour: str) -> None:
    draft = suggested(_SLAGER, rumour, label="onwaarheid", author="Jef Peeters")
    assert "gemeente" in draft and "in te rijden via de Kerkwegel" in draft, draft
    assert "klopt niet" not in draft


def test_no_parking_line_for_another_rumour() -> None:
    assert works_reach("Ze zeggen dat Vermeulen stopt na de zomer", _SLAGER) == ""
    assert works_reach("Wegenwerken in de straat, dus onbereikbaar", _SLAGER) == (
        "parking achter de winkel, in te rijden via de Kerkwegel"
    )


@pytest.mark.parametrize(
    "rumour",
    [
        "Klopt het dat Vermeulen de zaak verkoopt aan een grote keten? Hoorde het op de markt.",
        "Iemand zei dat Pieter stopt en dat de slagerij naar Lier verhuist, is dat zo?",
    ],
)
def test_a_rumour_of_a_sale_or_stopping_no_fact_settles_invites_a_call(rumour: str) -> None:
    shop = BusinessProfile(**{**_SLAGER.__dict__, "phone": "03 480 11 22"})
    draft = suggested(shop, rumour, label="onwaarheid", author="Jef Peeters")
    assert "03 480 11 22" in draft and "[vul in" in draft, draft
    assert "klopt niet" not in draft


def test_no_call_invitation_after_a_rumour_about_something_else() -> None:
    shop = BusinessProfile(**{**_SLAGER.__dict__, "phone": "03 480 11 22"})
    draft = suggested(shop, "Ze zeggen dat Vermeulen zijn vlees uit Brazilië haalt", label="onwaarheid", author="Jef")
    assert "03 480 11 22" not in draft, draft
