"""An English question the profile has no answer to gets the owner's slot and a friendly close after it, not a bare
'Thanks for your question! [...]' (under the reply check's minimum length); not when the writer asks to keep it
short."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from app.domain.replies import fill_slots, shipped_templates
from app.domain.reply_check import check_reply
from tests.domain.drafts import suggested

_FLORIST = BusinessProfile(
    name="Bloemenhuis Klaproos",
    kind="winkel",
    signers=["Inge"],
    voice="wij",
    register="je",
    email="inge@klaproos.be",
    faq=[FaqItem("Bezorgen jullie ook?", "Ja, in de hele gemeente, gratis vanaf € 30.")],
)
_CLOSES = ("Feel free to ask", "let us know")


@pytest.mark.parametrize(
    "text",
    ["Hello! Can you make a bouquet with only white tulips? 🌷", "Do you sell dried flowers as well?"],
)
@pytest.mark.parametrize("platform", ["instagram", "x"])
def test_an_unanswered_english_question_gets_a_close(text: str, platform: str) -> None:
    draft = suggested(_FLORIST, text, platform=platform, author="Amy")
    # (whether the business can do a job is looked into, with how the writer hears back: draft_english_check)
    looked_into = "look into it" in draft and "inge@klaproos.be" in draft
    assert looked_into or ("[vul in" in draft and any(c in draft for c in _CLOSES)), draft
    filled = fill_slots(draft, shipped_templates().slot_fill)
    assert "lengte" not in {r.check for r in check_reply(filled, "beantwoorden", platform).missing}, draft


def test_a_writer_who_wants_it_short_gets_no_close() -> None:
    draft = suggested(_FLORIST, "Quick answer please: do you sell dried flowers?", platform="instagram")
    assert "[vul in" in draft and not any(c in draft for c in _CLOSES), draft
