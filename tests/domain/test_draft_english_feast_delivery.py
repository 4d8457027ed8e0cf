"""English questions (session 47): a day of a feast asked by its English name ('Whit Monday') is closed when the
profile closes the whole feast ('Pinksteren 4 en 5 juni gesloten'); 'can you bring them to ...?' asks for the
delivery terms. Profiles and sentences of our own."""

from __future__ import annotations

from app.domain.draft_english_cues import ASKS_DELIVERY
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

SHOP = BusinessProfile(
    name="Fietshuis Ter Heide",
    kind="fietsenmaker",
    signers=["Ruben"],
    voice="ik",
    register="je",
    email="ruben@terheide.nl",
    phone="0521 44 55 66",
    opening_hours="di–vr 9.00–18.00, za 9.00–16.00; zo en ma gesloten",
    holidays="Pinksteren 8 en 9 juni gesloten. Hemelvaartsdag open.",
    delivery_terms="huurfietsen bezorgen in Havelte en Uffelte voor € 8,50 per rit",
    faq=[FaqItem("Verhuur je fietsen?", "Ja, e-bikes voor € 26 per dag.")],
)


def test_a_day_of_a_feast_closed_as_a_whole() -> None:
    reply = suggested(SHOP, "Hello! Are you open on Whit Monday?", author="Ian")
    assert "closed on Whit Monday" in reply


def test_a_feast_day_the_profile_keeps_open_is_not_said_closed() -> None:
    """Near miss: Ascension Day is open, and its line names no feast of more days."""
    reply = suggested(SHOP, "Hello! Are you open on Ascension Day?", author="Ian")
    assert "closed on Ascension Day" not in reply


def test_asking_to_bring_something_asks_for_delivery() -> None:
    assert ASKS_DELIVERY.search("Could you bring the bikes to our cottage?")
    assert ASKS_DELIVERY.search("Do you deliver to Uffelte?")
    assert not ASKS_DELIVERY.search("Can you bring it back to life? The gears are shot.")
    assert not ASKS_DELIVERY.search("Should I bring my own helmet?")


def test_a_delivery_question_gets_the_delivery_terms() -> None:
    text = "Hi! Do you rent e-bikes? And could you bring them to our cottage in Uffelte?"
    reply = suggested(SHOP, text, author="Ian")
    assert "8,50" in reply
    assert "Uffelte" in reply
