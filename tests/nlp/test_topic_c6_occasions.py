"""A word that only ends like an occasion's head is no occasion ('biscuitjes' holds no 'uitje'), a school treat
('de traktatie van Fenna') is the occasion with whose it is, and a plural occasion word is named as written
('schoolfoto's', not 'eerste schooldag'). Sentences of their own (fixer c6)."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "Bij de koffie kregen we twee biscuitjes, maar de koffie was lauw.",
        "De Biscuitjes waren oud en zacht, jammer",
        "we hadden lange vingers en biscuits besteld, kregen van die goedkope koekjes",
    ],
)
def test_a_word_ending_like_an_outing_is_none(text: str) -> None:
    assert analyse_topics(text).occasion == "", text


def test_a_real_outing_in_a_compound_still_is_one() -> None:
    assert analyse_topics("Ons bedrijfsuitje bij jullie was top geregeld").occasion == "uitje"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("30 cupcakes besteld voor de traktatie van Daan, er zaten er maar 25 in de doos", "Daan"),
        ("De traktatie voor de klas van mijn dochter was niet klaar om 8 uur!!", "dochter"),
        ("traktatie van onze Mila bleek helemaal geplet in de doos", "Mila"),
    ],
)
def test_a_school_treat_is_the_occasion_with_whose(text: str, owner: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == "traktatie" and owner in (found.owner, found.owner_name), found


@pytest.mark.parametrize(
    "text", ["Die appeltaart was echt een traktatie!", "Wat een traktatie, die bonbons. Dank jullie wel"]
)
def test_a_treat_as_praise_is_no_occasion(text: str) -> None:
    assert analyse_topics(text).occasion == "", text


def test_a_plural_occasion_word_is_named_as_written() -> None:
    found = analyse_topics("Veel te kort geknipt en de schoolfoto's zijn maandag al")
    assert found.occasion == "schooldag" and "schoolfoto" in found.occasion_words, found
