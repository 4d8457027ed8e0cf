"""A two-word surname that starts with a capitalised word ('Oude Luttikhuis', 'Groot Wassink') is
greeted whole after a title, and is never taken for a first name."""

from __future__ import annotations

import pytest

from app.domain.draft_names import first_name


@pytest.mark.parametrize(
    ("author", "greeted"),
    [
        ("Mevr. Groot Wassink", "mevrouw Groot Wassink"),
        ("Dhr. J. Klein Gunnewiek", "meneer Klein Gunnewiek"),
        ("Mevrouw Anja Olde Rikkert", "mevrouw Olde Rikkert"),
        ("DHR. NIJEN TWILHAAR", "meneer Nijen Twilhaar"),
        ("Dhr. Groot", "meneer Groot"),  # one word: the surname itself
        ("Dhr. Bert Klein", "meneer Klein"),
    ],
)
def test_a_surname_head_stays_with_the_surname_after_a_title(author: str, greeted: str) -> None:
    assert first_name(author) == greeted


def test_a_surname_head_is_no_first_name() -> None:
    assert first_name("Lange Kamphuis") == ""
    assert first_name("Kleine Deters") == ""
    assert first_name("Gerrit Olde Monnikhof") == "Gerrit"
