"""A question that names a special day by the name its profile line opens with ('En doen jullie iets met Black
Friday?', 'Is er met de Sint iets voor de kinderen?') gets that line; a thing asked 'op stock' or 'op voorraad' is
named without those words. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_questions_about import asked_about
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_SHOP = BusinessProfile(
    name="Rijwielhuis Het Spaakje",
    kind="fietsenmaker",
    signers=["Ruben"],
    register="je",
    voice="wij",
    email="ruben@spaakje.be",
    opening_hours="di–za 9.00–18.00",
    holidays=(
        "Black Friday vrijdag 24 november: 15% op helmen en regenkledij, niet op fietsen. "
        "Kerstavond 24 december: open tot 14.00."
    ),
)


def test_a_day_named_by_its_line_gets_the_line() -> None:
    made = suggested(
        _SHOP, "Hebben jullie nog een Cube Nuroad in maat M op stock? En doen jullie iets met Black Friday?"
    )
    assert "15% op helmen" in made
    assert "Cube Nuroad in maat M" in made


def test_a_question_naming_no_line_gets_none() -> None:
    # the near miss: 'vrijdag' alone names no line of the special days
    made = suggested(_SHOP, "Zijn jullie vrijdag open? En verkopen jullie ook bakfietsen?")
    assert "15% op helmen" not in made


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Hebben jullie de Gazelle Eclipse nog op voorraad?", "de Gazelle Eclipse"),
        ("Heb je nog lichtjes in stock?", "lichtjes"),
    ],
)
def test_in_stock_is_no_part_of_the_thing(question: str, thing: str) -> None:
    assert asked_about((question,), "je") == thing
