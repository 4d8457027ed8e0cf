"""A comment that opens in review shorthand ('Boormachine gekocht, ...') names its thing; a Dutch word that is no
noun before the participle ('Expliciet gevraagd of ...') says how, not what. Sentences of their own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Expliciet gevraagd of de wafels zonder noten waren. Toch noten, mijn dochter ziek.", "wafels"),
        ("Specifiek gevraagd of de soep vegan was, bleek er room in te zitten.", "soep"),
        ("UITDRUKKELIJK gezegd dat de kapsalon geen parfum mocht gebruiken bij mijn zoontje", ""),
        ("Speciaal besteld voor het feest: een fraisier. Compleet ingezakt!", "fraisier"),
    ],
)
def test_a_manner_word_before_the_participle_is_no_thing(text: str, thing: str) -> None:
    products = [p.text for p in analyse_topics(text).products]
    first = text.split(maxsplit=1)[0].lower()
    assert first not in products, products
    if thing:
        assert thing in products, products


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Boormachine gekocht, na twee keer boren kapot.", "boormachine"),
        ("Whisky gekocht voor mijn schoonvader, fles lekte.", "whisky"),
    ],
)
def test_a_noun_in_review_shorthand_stays_the_thing(text: str, thing: str) -> None:
    assert thing in [p.text for p in analyse_topics(text).products]


def test_a_word_before_an_amount_is_no_thing() -> None:
    text = "Mijn dochter kwam met een snee in haar vinger thuis en toch werd de hele 25 euro aangerekend."
    assert "hele" not in [p.text for p in analyse_topics(text).products]
    # a noun before an amount still is one
    assert "taart" in [
        p.text for p in analyse_topics("Ik betaalde voor de taart 25 euro en hij was half bevroren.").products
    ]
