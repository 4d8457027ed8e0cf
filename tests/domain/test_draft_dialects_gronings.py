"""Gronings and more Limburgish made Dutch word for word (issue #13): mailed or called twice without an answer is
read as in Dutch, so the reply rings first; 'trök' is 'terug', no thing. Sentences of their own, not a round's."""

from __future__ import annotations

from app.domain.draft_dialects import in_dutch
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

FIETS = BusinessProfile(
    name="Rijwielen Hoeksema",
    kind="fietsenmaker",
    signers=["Jan"],
    voice="ik",
    register="je",
    phone="050-5012345",
    email="jan@hoeksema.nl",
)


def test_gronings_is_made_dutch() -> None:
    said = in_dutch("Mien fiets ston twee weken bie joe. Heb 3x mailt, gain antwoord. Nait goud.")
    assert "Mijn fiets stond" in said and "gemaild, geen antwoord" in said and "Niet goed" in said
    # the e of an e-bike stays
    assert "e-bike" in in_dutch("Mien e-bike ston drij weken bie joe, gain antwoord")


def test_dutch_with_one_gronings_word_stays() -> None:
    assert in_dutch("Mijn fiets is nait klaar") == "Mijn fiets is nait klaar"


def test_limburgish_call_back_is_read() -> None:
    said = in_dutch("Drie keer gebeld veur 'n tafel op mojjerdaag, 'we belle trök'. Noeits get gehuurd.")
    assert "moederdag" in said and "bellen terug" in said and "Nooit iets gehoord" in said


def test_gronings_mails_without_answer_ring_first() -> None:
    made = draft_text(
        FIETS, "uitkomst_herstel", "Mien fiets ston drij weken bie joe. Heb 2x mailt, gain antwoord. Nait goud"
    )
    assert "050-5012345" in made
