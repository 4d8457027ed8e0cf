"""A part of a thing the writer named is said with its thing: one of several rented wholes ('de batterij van een van
de gehuurde e-bikes'), the whole of the writer's person ('de verlichting van de fiets van je zoon')
(app/domain/draft_parts.py). Sentences of their own."""

from __future__ import annotations

from app.domain.draft_parts import part_of_whole
from app.domain.topics import Mention


def _np(mention: Mention) -> str:
    return mention.definite


def test_a_part_of_one_of_several_rented_wholes() -> None:
    products = (Mention("scooters", "de", plural=True), Mention("accu", "de"))
    text = "Twee scooters gehuurd voor het weekend. De accu was na een uur al leeg."
    assert part_of_whole(products, _np, text) == "de accu van een van de gehuurde scooters"


def test_a_part_of_one_of_several_wholes_bought() -> None:
    products = (Mention("fietsen", "de", plural=True), Mention("ketting", "de", own=True))
    text = "Vorige maand twee fietsen gekocht en nu is mijn ketting al gebroken."
    assert part_of_whole(products, _np, text) == "de ketting van een van de fietsen"


def test_a_part_of_the_whole_of_the_writers_person() -> None:
    products = (Mention("remkabel", "de"), Mention("fiets", "de", theirs=True))
    text = "Nieuwe remkabel laten steken op de fiets van mijn dochter en hij is al los."
    got = part_of_whole(products, _np, text, people=("dochter",), poss="je")
    assert got == "de remkabel van de fiets van je dochter"


def test_a_thing_of_someone_else_is_no_whole() -> None:
    """Negative case: 'zijn telefoon' of a passer-by is no whole of the writer's person."""
    products = (Mention("band", "de"), Mention("telefoon", "de", theirs=True))
    text = "Mijn band was lek en die jongen zat maar op zijn telefoon."
    assert part_of_whole(products, _np, text, people=("jongen",), poss="je") == ""
