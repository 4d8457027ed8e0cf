"""A word a complaint is not about (app/domain/draft_said_aside.py): said only in a comparison or only inside a
quote. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_said_aside import quoted_only, simile_only


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Mijn trapas piept als een oude kruiwagen sinds de reparatie.", "kruiwagen", True),
        ("Het zadel is zo hard als een plank.", "plank", True),
        ("De kruiwagen die ik kocht piept.", "kruiwagen", False),
        ("De plank is krom, net als de plank ernaast.", "plank", False),  # also named on its own
    ],
)
def test_a_thing_named_only_in_a_comparison(text: str, word: str, expected: bool) -> None:
    assert simile_only(text, word) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("De kapper zei 'die pony groeit wel weer aan' en lachte.", "pony", True),
        ("Er stond 'Proficiat Noor' op de taart.", "Noor", True),
        # near misses: also said in the writer's own words, or the writer's own quote marks after 'voor'
        ("Mijn pony is veel te kort, en de kapper zei 'die pony groeit wel weer aan'.", "pony", False),
        ("Betaald voor een 'luxe' wasbeurt.", "luxe", False),
    ],
)
def test_a_word_said_only_in_a_quote_of_someone_else(text: str, word: str, expected: bool) -> None:
    assert quoted_only(text, word) is expected
