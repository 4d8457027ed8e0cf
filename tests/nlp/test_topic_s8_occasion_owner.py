"""Whose occasion it is when review shorthand drops the 'mijn': 'Dochter voor haar diploma ...'."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "occasion", "owner"),
    [
        ("Dochter voor haar diploma-uitreiking laten knippen, en nu is het veel te kort.", "diploma", "dochter"),
        ("Kleinzoon kreeg voor zijn verjaardag een fiets, de band was na een dag lek.", "verjaardag", "kleinzoon"),
        ("pff... zoon voor zijn vormsel een pak laten vermaken en de broek is te lang", "communie", "zoon"),
    ],
)
def test_a_bare_person_word_owns_the_occasion_after_zijn_or_haar(text: str, occasion: str, owner: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == occasion
    assert found.owner == owner


def test_someone_elses_person_is_no_owner() -> None:
    found = analyse_topics("Een collega zei dat de taart voor zijn verjaardag lekker was.")
    assert found.owner != "collega"
