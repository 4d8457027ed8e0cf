"""What a thing found by its place is made into ('maakte er een feestje van') is no thing made. Sentences of
their own."""

from __future__ import annotations

import pytest

from app.nlp.topic_praised import _made_into


@pytest.mark.parametrize(
    ("text", "word", "made_into"),
    [
        ("Sanne maakte er zo'n feestje van!", "feestje", True),
        ("Ze maakten er een echt FEESTJE van, top", "feestje", True),
        ("Ze maakten er een groot feest van en het feest was top", "feest", False),  # also said as a thing
        ("Het feestje was geweldig", "feestje", False),
        ("Niks aan te merken", "feestje", False),
    ],
)
def test_what_the_work_was_made_into(text: str, word: str, made_into: bool) -> None:
    assert _made_into(text, word) is made_into
