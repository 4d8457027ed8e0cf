"""A wrong text on what was ordered: the draft names the text that should have been on it, or what
stood on it when that is all the writer quoted (session 8b, issue #13). Businesses and sentences of
their own, not a round's."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

PRINTSHOP = BusinessProfile(name="Drukkerij Van Os", kind="winkel", signers=["Joke"], voice="wij", phone="0543-112233")
ENGRAVER = BusinessProfile(
    name="Graveerstudio Lint", kind="winkel", signers=["Sander"], voice="ik", register="u", phone="026-3344556"
)


def test_the_text_that_was_asked_for_is_named() -> None:
    text = "Geboortekaartjes besteld met 'Welkom Noor' erop. Stonden er 'Welkom Nora' op. Nu moet alles opnieuw."
    assert "‘Welkom Noor’" in draft_text(PRINTSHOP, _COMPLAINT, text) or "'Welkom Noor'" in draft_text(
        PRINTSHOP, _COMPLAINT, text
    )
    text = 'Ik vroeg om "Voor altijd, Mark" op de armband. Er staat "Voor altijd, Marc" in. Jammer.'
    draft = draft_text(ENGRAVER, _COMPLAINT, text, platform="google", author="Ilse Bos")
    assert "Voor altijd, Mark" in draft


def test_capitals_in_letters_on_it_are_named() -> None:
    text = "Het spandoek voor het jubileum is mooi, maar er staat in dikke letters JUBELIUM op. Echt zonde."
    assert "JUBELIUM" in draft_text(PRINTSHOP, _COMPLAINT, text)
    text = "Op de gravure van de beker staat er in sierlijke letters KAMPOEN op, voor de finale van zaterdag."
    assert "KAMPOEN" in draft_text(ENGRAVER, _COMPLAINT, text, platform="google", author="Ilse Bos")
