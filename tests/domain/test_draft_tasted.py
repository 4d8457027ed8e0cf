"""A guessed word praised for its taste (app.domain.draft_tasted)."""

from __future__ import annotations

import pytest

from app.domain.draft_tasted import tasted


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De eendenconfit was om te janken zo lekker.", "eendenconfit"),
        ("Het lamsrugje, subliem! De rest ook top.", "lamsrugje"),
        ("The venison stew was delicious, thanks!", "stew"),
        ("de wildpastei smaakte zalig", "wildpastei"),
    ],
)
def test_a_taste_praised_in_the_sentence_of_the_word(text: str, word: str) -> None:
    assert tasted(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De tuinkamer was prachtig versierd.", "tuinkamer"),
        ("De tuinkamer was mooi. De soep was lekker.", "tuinkamer"),
        ("Lekkere tuinkamersfeer", "tuinkamer"),
        ("Alles was lekker.", ""),
    ],
)
def test_no_taste_praised_for_the_word(text: str, word: str) -> None:
    assert not tasted(text, word)
