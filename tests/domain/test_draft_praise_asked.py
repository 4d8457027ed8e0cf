"""An idea in praise for the same again, for others ('doe zoiets ook eens voor de ouderen'), is an idea to take along:
no FAQ answer says it exists already. Sentences and businesses of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_praise_asked import same_again
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested


@pytest.mark.parametrize(
    ("wish", "again"),
    [
        ("om zoiets ook eens voor de oudere mensen met een e-bike te doen", True),
        ("om hetzelfde nog eens voor de kleuters te organiseren", True),
        ("om ook op zaterdag open te zijn", False),
        ("voor een vegan taart", False),
    ],
)
def test_a_wish_for_the_same_again(wish: str, again: bool) -> None:
    assert same_again(wish) is again


def test_the_idea_is_taken_along_not_answered_with_a_faq_service() -> None:
    bikes = BusinessProfile.from_dict(
        {
            "name": "Fietsen Het Wiel",
            "kind": "fietsenmaker",
            "signers": ["Bert"],
            "voice": "ik",
            "register": "je",
            "faq": [
                {"question": "Herstellen jullie e-bikes?", "answer": "Ja, e-bikes van alle merken herstel ik zelf."}
            ],
        }
    )
    text = (
        "Top geholpen met de lichtjes van de kinderen, gratis nog! Idee: doe zoiets ook eens voor de ouderen met een "
        "e-bike, mijn vader kent de knopjes niet."
    )
    reply = suggested(bikes, text, label="positief", flags=["suggestie"])
    assert "van alle merken" not in reply and "kan gelukkig al" not in reply, reply
