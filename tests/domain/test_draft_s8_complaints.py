"""Complaint drafts that answer what the writer said (session 8, issue #13): charged twice is said as
such, a long wait with an appointment names the appointment. Businesses and sentences of their own."""

from __future__ import annotations

from app.domain.draft_amounts import charged_twice
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

CINEMA = BusinessProfile(name="Filmhuis Lumen", kind="bioscoop", signers=["Eva"], voice="wij", email="eva@lumen.nl")
WASH = BusinessProfile(name="Wasstraat Glans", kind="garage", signers=["Rik"], voice="ik", phone="0318-445566")
DENTIST = BusinessProfile(name="Mondzorg Ede", kind="tandarts", signers=["Iris"], voice="wij", register="u")
BARBER = BusinessProfile(name="Barbershop Fade", kind="kapper", signers=["Mo"], voice="ik", email="mo@fade.nl")


def test_charged_twice_is_found_in_its_forms() -> None:
    assert charged_twice("Mijn pinpas is dubbel afgeschreven voor de kaartjes.")
    assert charged_twice("Heb ik 2x moeten betalen voor één wasbeurt")
    assert charged_twice("Het bedrag is twee keer in rekening gebracht.")
    assert not charged_twice("Ik heb twee keer gebeld en één keer betaald.")


def test_a_double_charge_is_said_as_such() -> None:
    text = "Mijn pinpas is dubbel afgeschreven voor de kaartjes van zaterdag. Graag het geld terug."
    draft = draft_text(CINEMA, _COMPLAINT, text)
    assert "dubbel" in draft.lower() or "twee keer" in draft.lower()
    text = "Voor één wasbeurt twee keer gepind, € 19,50 en nog eens € 19,50. Wie zet dat recht?"
    draft = draft_text(WASH, _COMPLAINT, text, platform="google")
    assert "dubbel" in draft.lower() or "twee keer" in draft.lower()


def test_a_long_wait_with_an_appointment_names_it() -> None:
    text = "Afspraak om 14:00, pas om 14:50 in de stoel. Niemand die sorry zei."
    assert "afspraak" in draft_text(DENTIST, _COMPLAINT, text, author="Joke")
    text = "Ik had een afspraak om half vijf maar moest drie kwartier wachten tot ik aan de beurt was."
    assert "afspraak" in draft_text(BARBER, _COMPLAINT, text, platform="instagram")


def test_a_wait_for_food_gets_no_appointment_line() -> None:
    text = "We hadden gereserveerd maar moesten een uur op ons hoofdgerecht wachten."
    assert "afspraak" not in draft_text(CINEMA, _COMPLAINT, text)
