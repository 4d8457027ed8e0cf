"""Praise read right in comments of our own: a thing praised after a verbless opening ('Gezellig terras en die
kroketten zijn heerlijk'), a capitalised saint's pastry the lexicon knows ('Die Sint-Maartensmannetjes'), and an
ordinal after 'sinds' that is an age since when, no birthday ('allergisch sinds m'n 8ste')."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Fijne bediening en die bitterballen zijn om van te smullen!", "bitterballen"),
        ("Snelle service maar de appeltaart was echt top.", "appeltaart"),
    ],
)
def test_the_thing_after_a_verbless_opening_is_praised(text: str, thing: str) -> None:
    assert thing in [p.text for p in analyse_topics(text).praised]


def test_a_capitalised_saints_pastry_is_a_product_with_its_capitals() -> None:
    found = analyse_topics("De Sint-Maartensmannetjes waren op in tien minuten, zo lekker!").products
    assert "Sint-Maartensmannetjes" in [p.text for p in found]


def test_a_town_with_a_hyphen_is_still_no_product() -> None:
    assert analyse_topics("We fietsten gisteren naar Sint-Truiden en terug.").products == ()


@pytest.mark.parametrize(
    "text",
    [
        "Het eerste glutenvrije brood dat smaakt (coeliakie sinds m'n 12de)!",
        "Ik kom hier al vanaf mijn 18de, altijd even lekker.",
    ],
)
def test_an_age_since_when_is_no_birthday(text: str) -> None:
    assert analyse_topics(text).occasion != "verjaardag"


def test_an_ordinal_alone_is_still_a_birthday() -> None:
    assert analyse_topics("De taart voor mijn 40ste was prachtig!").occasion == "verjaardag"
