"""What a rumour claims, after the words that pass it on (app/domain/draft_claims.py claim_of): also after 'het
verhaal', 'een gerucht', 'roddels' ('in het dorp gaat het verhaal dat ...'). Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_claims import claim_of


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "In het dorp gaat het verhaal dat de slagerij na de zomer overgenomen wordt. Iemand die het weet?",
            "de slagerij na de zomer overgenomen wordt",
        ),
        ("Er gaat een gerucht rond dat jullie met Pasen dichtgaan, klopt dat?", "jullie met Pasen dichtgaan"),
        ("op de markt gingen roddels dat de eigenaar gaat stoppen!", "de eigenaar gaat stoppen"),
        ("Ik hoorde dat jullie verhuizen naar de Markt.", "jullie verhuizen naar de Markt"),
    ],
)
def test_the_claim_after_the_words_that_pass_it_on(text: str, claim: str) -> None:
    assert claim_of(text) == claim


def test_a_story_told_without_a_claim_is_none() -> None:
    assert claim_of("Wat een verhaal was dat gisteren, we hebben gelachen.") == ""
