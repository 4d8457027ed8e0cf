"""A higher price because of the child's age ('24 euro want hij is 13') says that age back, with that the writer
should have heard it beforehand; an adult's age or a number of minutes is no child's tariff. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_said import has_cue
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

SALON = BusinessProfile(name="Kapsalon Elke", kind="kapper", signers=["Elke"], register="je", email="elke@salon.be")


@pytest.mark.parametrize(
    ("text", "by_age"),
    [
        ("Voor mijn dochter 22 euro betaald omdat ze al 12 is. Vorige keer 15.", True),
        ("Aan de kassa € 19 want onze Jules is 11, dat wist ik niet.", True),
        ("€ 35 betaald omdat zij al 67 is, seniorentarief bestaat hier niet?", False),
        ("€ 20 en toen nog wachten want het was 15 minuten te laat.", False),
    ],
)
def test_a_price_because_of_a_childs_age_is_found(text: str, by_age: bool) -> None:
    assert has_cue("price_by_age", text) is by_age


def test_the_childs_age_is_said_back() -> None:
    text = "Ze zei 'ongeveer 16 euro' voor mijn zoon. Moest 23 euro betalen omdat hij al 12 is. Dat mag ge toch zeggen?"
    made = draft_text(SALON, "uitkomst_herstel", text, author="Pieter Claes")
    assert "12" in made and "opmerking" not in made, made
