"""An English complaint is about the thing that was wrong ('Mussels were sandy'), not the table the writer booked
(app/domain/draft_english_complaint.faulty_thing). Shops and sentences of our own."""

from __future__ import annotations

from app.domain.draft_english_complaint import faulty_thing
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

CAFE = BusinessProfile(name="Café Strand", kind="restaurant", signers=["Joris"], voice="wij", register="u")


def test_the_thing_that_was_wrong() -> None:
    assert faulty_thing("Booked a table for six. Mussels were sandy and the bill was huge.") == "the mussels"
    assert faulty_thing("We came for lunch, and the fries were stone cold") == "the fries"
    assert faulty_thing("MY STEAK WAS COMPLETELY RAW!!") == "the steak"
    assert faulty_thing("the croissants were really stale this morning") == "the croissants"
    # a pronoun, everything, the staff or the evening is no thing
    for text in ("Everything was cold.", "This was cold when it came.", "The waiter was off with us", "It was cold"):
        assert faulty_thing(text) == "", text


def test_an_english_complaint_names_the_thing_not_the_booking() -> None:
    for text, thing in (
        ("Reserved a table at 8. The oysters were sandy and nobody cared. Really disappointing.", "oysters"),
        ("Booked a table for our anniversary, fish was overcooked and dry. Not again.", "fish"),
    ):
        reply = Drafter(CAFE, analyser=analyse_topics).draft("uitkomst_herstel", text, platform="google").text or ""
        assert f"the {thing}" in reply, reply
        assert "the table" not in reply, reply
