"""The part that stopped working comes first in a defect complaint (session 8, issue #13), also when no
word list knows it: the subject of 'doet het niet (meer)', 'werkt niet', 'is kapot', 'hapert'. Sentences
of their own, not a round's."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Twee weken geleden een nieuwe koffiezetter gekocht, nu doet de pomp het niet meer.", "de pomp"),
        ("Mijn laptop terug van reparatie en nu werkt het toetsenbord niet meer.", "het toetsenbord"),
        ("Nieuwe grasmaaier, na een maand was de bougiekabel al kapot.", "de bougiekabel"),
        ("De scootmobiel van mijn vader is net gemaakt, maar de claxon hapert nu.", "de claxon"),
        ("Onze wasdroger uit jullie winkel: nu doet de vochtsensor het niet meer. Zonde.", "de vochtsensor"),
    ],
)
def test_the_part_that_broke_comes_first(text: str, part: str) -> None:
    found = analyse_topics(text)
    assert found.concept == "defect"
    assert found.products[0].definite == part


def test_a_plural_part_is_plural() -> None:
    found = analyse_topics("De kast staat er net en de scharnieren zijn nu al kapot.")
    assert found.products[0].text == "scharnieren" and found.products[0].plural


def test_no_part_without_a_broken_clause() -> None:
    found = analyse_topics("De nieuwe waterkoker lekt na een week. Niet blij mee.")
    assert all(p.text != "week" for p in found.products)


def test_a_warning_light_that_comes_on_is_a_defect_not_a_fire() -> None:
    found = analyse_topics("Vorige week de camper opgehaald na de beurt en nu gaat het oliedrukslampje branden.")
    assert "gevaar" not in found.safety and found.products[0].text == "oliedrukslampje"
    found = analyse_topics("Net uit jullie werkplaats en nu brandt het motorlampje alweer. Slordig.")
    assert not found.safety and found.products[0].text == "motorlampje"


def test_a_place_after_the_broken_thing_is_no_part() -> None:
    found = analyse_topics("Sinds maandag: de föhns in de kleedkamer deden het weer niet.")
    assert found.products[0].text == "föhns"
