"""An English complaint that says the writer asked for an allergy or diet option ('whether you could make a
gluten-free cake for my daughter') gets that option named with a slot for the answer, never skipped. Sentences of
our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_BAKERY = BusinessProfile(
    name="Bakkerij De Gouden Aar",
    kind="bakkerij",
    signers=["Mieke"],
    voice="wij",
    register="u",
    email="info@goudenaar.be",
    phone="015 66 77 88",
)


def test_the_diet_option_asked_about_gets_a_slot() -> None:
    text = (
        "I sent you a message three weeks ago asking whether you could make a gluten-free cake for my daughter's "
        "party, and another one last Monday. Still nothing. Really poor service."
    )
    draft = draft_text(_BAKERY, "uitkomst_herstel", text, author="Laura Smith")
    assert "gluten-free cake" in draft and "[vul in: of en hoe dat kan" in draft, draft


def test_no_diet_named_no_diet_line() -> None:
    text = "I sent you a message three weeks ago about a birthday cake and another one last Monday. Still nothing."
    draft = draft_text(_BAKERY, "uitkomst_herstel", text, author="Laura Smith")
    assert "of en hoe dat kan" not in draft, draft
