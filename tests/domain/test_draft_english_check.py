"""An English question whether the business can do a thing the profile says nothing about
(app/domain/draft_english_check.py): looked into, with the business's mail to hear back on. A shop of its own."""

from __future__ import annotations

import pytest

from app.domain.draft_english_check import possible_asked
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("And could you order a new battery for my Sparta?", "order a new battery for your Sparta"),
        ("can you also fit a child seat?", "fit a child seat"),
        ("Would you be able to true my wheels?", "true your wheels"),
    ],
)
def test_what_is_asked_is_said_from_the_business_side(question: str, said: str) -> None:
    assert possible_asked(question) == said


@pytest.mark.parametrize("question", ["Could you tell me the price?", "What does it cost?", "Are you open today?"])
def test_a_question_for_a_fact_is_not_a_possibility(question: str) -> None:
    assert possible_asked(question) == ""


_SHOP = BusinessProfile(
    name="Fietshuis Van Dam",
    kind="fietsenmaker",
    signers=["Ruud"],
    voice="wij",
    register="u",
    email="info@fietshuisvandam.nl",
    opening_hours="di–za 9.00–18.00",
    faq=[FaqItem("Repareren jullie ook e-bikes?", "Ja, alle merken e-bikes, ook als ze elders gekocht zijn.")],
)


def test_a_further_possibility_question_is_looked_into_with_the_mail() -> None:
    text = "Hi! Do you repair e-bikes? And could you order a brown leather Brooks saddle for me?"
    made = draft_text(_SHOP, "uitkomst_vraag_beantwoorden", text)
    assert "order a brown leather Brooks saddle for you" in made and "info@fietshuisvandam.nl" in made, made
    assert "[vul in: het antwoord op" not in made, made
