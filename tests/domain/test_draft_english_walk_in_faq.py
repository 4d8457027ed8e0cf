"""An English walk-in question at a business whose FAQ has an entry about coming without an appointment
(draft_english_walk_in.walk_in_entry): that entry answers it, and a price asked after it in the same sentence gets
the price entry of the thing the question named. A barber of its own."""

from __future__ import annotations

from app.domain.draft_english_walk_in import walk_in_entry
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_FAQ = [
    FaqItem("Wat kost een baard trimmen?", "Baard trimmen €15; knippen en baard €35."),
    FaqItem("Is er een inloopmoment?", "Ja, op woensdagmiddag van 13.00 tot 17.00 zonder afspraak."),
]


def test_the_entry_about_coming_without_an_appointment_is_found() -> None:
    questions = [f.question for f in _FAQ]
    assert walk_in_entry("Can I just pop in for a beard trim?", questions) == 1
    assert walk_in_entry("How much is a beard trim?", questions) == -1
    assert walk_in_entry("Can I walk in?", questions[:1]) == -1


_BARBER = BusinessProfile(
    name="Barbershop De Kam",
    kind="kapsalon",
    signers=["Youssef"],
    voice="ik",
    register="je",
    email="info@dekam.nl",
    opening_hours="di–za 9.00–18.00",
    faq=_FAQ,
)


def test_walk_in_and_its_price_are_both_answered() -> None:
    text = "Hi! Can I walk in for a beard trim without an appointment, and how much does it cost?"
    made = draft_text(_BARBER, "uitkomst_vraag_beantwoorden", text)
    assert "13.00" in made and "€15" in made, made
