"""A device that began to smoke or caught fire (issue #13): read as a hazard also with words in between ('begon
gisteravond in de schuur te roken'), and the smoke or fire named in the draft, with the part of its thing
('de accu van je e-bike'), not only 'wat er gebeurd is'. Businesses and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_SAFETY = "uitkomst_herstel"

TWEEWIELER = BusinessProfile(
    name="Tweewielers Kuipers", kind="fietsenmaker", signers=["Ruud"], voice="ik", register="je", phone="053-4412233"
)
ELEKTRO = BusinessProfile(
    name="Witgoed Van Dam", kind="winkel", signers=["Sonja"], voice="wij", register="u", phone="0162-556677"
)


@pytest.mark.parametrize(
    "text",
    [
        "De fiets begon vannacht in de schuur ineens te roken tijdens het opladen.",
        "er kwam opeens rook uit de lader van mijn scooter",
        "Mijn nieuwe accu rookte na een half uur laden!!",
        "De waterkoker die we bij u kochten smeulde na twee keer gebruik.",
    ],
)
def test_a_device_that_smoked_is_a_hazard(text: str) -> None:
    assert "gevaar" in analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "Het personeel stond buiten te roken bij de ingang en mijn fiets was nog niet klaar.",
        "Twee monteurs stonden te roken in de werkplaats terwijl ik wachtte.",
    ],
)
def test_staff_smoking_is_no_hazard(text: str) -> None:
    assert "gevaar" not in analyse_topics(text).safety


def test_the_smoke_and_the_part_of_the_bike_are_named() -> None:
    text = (
        "Onze e-bike (accu vorige maand bij jullie laten vervangen) begon gisteren in de gang te roken "
        "tijdens het laden, mijn vrouw heeft hem buiten gezet. Wat als we hadden geslapen?"
    )
    made = draft_text(TWEEWIELER, _SAFETY, text)
    assert "rook" in made.lower() and "brand" in made.lower()
    assert "de accu van je e-bike" in made or "de accu van de e-bike" in made


def test_a_fire_is_named_as_fire() -> None:
    made = draft_text(ELEKTRO, _SAFETY, "De droger die wij bij u kochten vatte gisteren vlam. Brandweer erbij.")
    assert "brand" in made.lower()
    assert "rook" not in made.lower()


def test_smoke_said_in_english_still_asks_for_a_call() -> None:
    made = draft_text(TWEEWIELER, _SAFETY, "My e-bike battery started smoking while charging, from your shop!")
    assert "053-4412233" in made
