"""Session 17, from a webcare reader's review of the drafts of r53–r56: coeliakie or an intolerance is no
allergy, so the reply says the person got ill, not 'een allergische reactie'. Sentences of their own."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

BAKERY = BusinessProfile(name="Bakkerij Graan", kind="bakkerij", signers=["Ilse"], voice="ik", phone="010-1234567")


def _complaint(text: str) -> str:
    made = Drafter(BAKERY, analyser=analyse_topics).draft("uitkomst_herstel", text, author="Sanne", platform="facebook")
    return made.text or ""


def test_an_intolerance_is_not_called_an_allergic_reaction() -> None:
    for text in (
        "Mijn dochter heeft coeliakie en na jullie 'glutenvrije' brownie lag ze de hele nacht met buikpijn op de bank.",
        "Ik heb een lactose-intolerantie, vroeg nog of er room in zat. Twee uur later doodziek. Top geregeld.",
    ):
        draft = _complaint(text)
        assert "allergische reactie" not in draft and "ziek" in draft.lower() and "010-1234567" in draft, text


def test_an_allergy_is_still_called_one() -> None:
    draft = _complaint("Mijn zoon heeft een notenallergie en kreeg dikke lippen van jullie koekje.")
    assert "allergische reactie op noten" in draft


def test_people_brought_along_are_welcome_in_the_right_number() -> None:
    from tests.domain.test_draft_named_people import _SALON, draft_text

    draft = draft_text(
        _SALON,
        "uitkomst_vraag_beantwoorden",
        "Mijn zoons (6 en 8) vinden knippen heel eng 😬 Wat kost knippen voor een kind?",
        author="Petra",
    )
    assert "zoons zijn van harte welkom" in draft
    draft = draft_text(
        _SALON,
        "uitkomst_vraag_beantwoorden",
        "Ik neem mijn zus mee, ze vindt knippen doodeng 😬 Wat kost knippen bij jullie?",
        author="Petra",
    )
    assert "zus is van harte welkom" in draft
