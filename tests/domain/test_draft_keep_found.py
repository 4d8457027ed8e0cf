"""A foreign thing found in what was bought ('een stukje glas in het brood'): the safety reply asks to keep it and
what it was in, so the business can trace where it came from; not for mould or a pest seen. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

BAKERY = BusinessProfile(
    name="Bakkerij Van Loon", kind="bakker", signers=["Sofie"], voice="ik", register="u", phone="013 44 55 66"
)
FRITUUR = BusinessProfile(name="Frituur De Hoek", kind="frituur", signers=["Tom"], register="je", phone="014 11 22 33")


@pytest.mark.parametrize(
    "text",
    [
        "Vanmorgen een stukje glas gevonden in het volkorenbrood dat ik bij u kocht. Mijn zoon had al een hap genomen.",
        "In de appeltaart van zaterdag zat een stuk plastic, mijn man beet er bijna zijn tand op.",
    ],
)
def test_a_foreign_thing_in_food_is_to_be_kept(text: str) -> None:
    made = draft_text(BAKERY, "uitkomst_herstel", text, author="Karin Peeters")
    assert "Bewaart u" in made or "Gooit u" in made, made
    assert "waar het vandaan komt" in made, made


def test_the_request_to_keep_it_says_je_in_the_je_register() -> None:
    text = "Er zat een haar in mijn frietjes van gisteren, echt vies."
    made = draft_text(FRITUUR, "uitkomst_herstel", text, author="Jo")
    assert "waar het vandaan komt" in made and " u " not in made, made


def test_mould_is_not_asked_to_be_kept() -> None:
    text = "Het brood dat ik gisteren kocht was helemaal beschimmeld. Dat kan toch niet?"
    made = draft_text(BAKERY, "uitkomst_herstel", text, author="Karin Peeters")
    assert "waar het vandaan komt" not in made, made
