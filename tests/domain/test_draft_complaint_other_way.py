"""An appointment the writer could not move or cancel by phone gets the online way the profile names
(app/domain/draft_complaint_other_way.py), and their 'how then?' needs no slot. A salon and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_other_way import other_way
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Kapsalon De Schaar",
    kind="kapsalon",
    signers=["Ine"],
    voice="ik",
    register="je",
    email="ine@deschaar.be",
    phone="09 222 33 44",
    website="www.deschaar.be",
    opening_hours="di–za 9u–18u; alleen op afspraak, telefonisch of online",
)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Vijf keer gebeld om mijn afspraak te annuleren, nooit iemand aan de lijn. Hoe moet ik dat dan doen?",
            "annuleren",
        ),
        ("Wou mijn afspraak van dinsdag verzetten, maar telefoon wordt nooit opgenomen. Belachelijk.", "verzetten"),
    ],
)
def test_a_phone_in_vain_to_change_an_appointment_gets_the_online_way(text: str, verb: str) -> None:
    made = draft_text(_SALON, "uitkomst_herstel", text, platform="facebook", author="Bram Claes")
    assert f"online {verb}" in made or f"{verb} kan ook online" in made, made
    assert "www.deschaar.be" in made and "ine@deschaar.be" in made
    assert "het antwoord op" not in made


def test_no_online_way_without_a_phone_tried_or_an_online_way_in_the_profile() -> None:
    tried = ("telefoon",)
    assert other_way("Ik wou mijn afspraak verzetten maar niemand nam op", tried, ["op afspraak, telefonisch"]) == ""
    assert other_way("Ik wou mijn afspraak verzetten via de site", (), ["op afspraak, telefonisch of online"]) == ""
    assert other_way("Gebeld om mijn afspraak af te zeggen", tried, ["Online een afspraak maken kan"]) == "afzeggen"
