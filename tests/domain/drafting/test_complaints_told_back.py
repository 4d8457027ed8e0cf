"""Whole-pipeline drafts for complaints that say back what came and when to come: a thing still frozen inside, a
text on the cake other than the one asked, a day put forward after asking when to come."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

# Rules of session 33 (issue #13): a thing still frozen inside is said back like food that came cold; the text asked
# is said when the writer tells what came as 'ik kreeg er een met ... op'; 'wanneer kan ik nu wel komen?? zaterdag?'
# gets that day's hours. Shops and sentences of our own.
_COMPLAINT = "uitkomst_herstel"
BAKKER = BusinessProfile(
    name="Bakkerij De Korenaar",
    kind="bakkerij",
    signers=["Lies"],
    voice="wij",
    register="je",
    email="info@korenaar.be",
)
SALON = BusinessProfile(
    name="Kapsalon Lok",
    kind="kapsalon",
    signers=["Lot"],
    voice="ik",
    register="je",
    phone="0470 11 22 33",
    email="lot@lok.be",
    opening_hours="di–vr 9:00–18:00, za 8:00–14:00",
)


def test_something_still_frozen_inside_is_said_back() -> None:
    text = "12 kroketten afgehaald voor het feest en de helft was vanbinnen nog bevroren. Voor die prijs!"
    draft = draft_text(BAKKER, _COMPLAINT, text, author="Piet")
    assert "vanbinnen nog bevroren" in draft, draft


def test_a_frozen_pavement_is_no_frozen_food() -> None:
    text = "De stoep voor de winkel was bevroren en niemand had gestrooid."
    draft = draft_text(BAKKER, _COMPLAINT, text, author="Piet")
    assert "bevroren" not in draft, draft


def test_the_text_asked_is_said_when_another_came_on_the_cake() -> None:
    text = "Taart besteld met 'Proficiat oma' erop en ik kreeg er een met HAPPY BIRTHDAY op. Op haar feest zelf!"
    draft = draft_text(BAKKER, _COMPLAINT, text, platform="instagram", author="an")
    assert "'Proficiat oma'" in draft, draft


def test_a_day_put_forward_after_when_can_i_come_gets_its_hours() -> None:
    text = "Mijn afspraak is al twee keer verzet en ik had vrijgenomen. Wanneer kan ik nu wel komen?? Zaterdag?"
    draft = draft_text(SALON, _COMPLAINT, text, platform="instagram", author="els")
    assert "Zaterdag" in draft and "8:00 tot 14:00" in draft, draft
