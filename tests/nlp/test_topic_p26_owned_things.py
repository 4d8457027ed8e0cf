"""A make after 'zijn/haar/mijn oude …' is a thing, no one of the staff; an ordinal after 'zijn/haar' with a name
or a person before it is that person's birthday ('opa Kees zijn 80ste opgehaald'); 'eerste kerstdag' is a day's
name, no ordinal occasion, so a wedding anniversary at a Christmas dinner is the occasion. Sentences of our own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "make"),
    [
        ("De tekening van pa op zijn oude Massey stond er prachtig op. Dank aan Henk!", "Massey"),
        ("Mijn trouwe Batavus liep weer als een zonnetje, Henk heeft hem goed afgesteld.", "Batavus"),
        ("Oma op haar roestige Sparta, wat een plaatje werd het. Dank aan Henk!", "Sparta"),
        ("Onze vorige Opel stond er ook op, knap werk van Henk", "Opel"),
    ],
)
def test_a_make_after_an_owned_adjective_is_no_one_to_thank(text: str, make: str) -> None:
    found = analyse_topics(text)
    assert make not in found.names
    assert "Henk" in found.names


def test_an_owned_make_is_one_thing_praised() -> None:
    found = analyse_topics("Henk heeft mijn oude Vespa, al 20 jaar trouw, weer als nieuw gemaakt. Top!")
    assert [(p.text, p.plural) for p in found.praised] == [("Vespa", False)]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("De taart voor opa Kees zijn 80ste opgehaald, iedereen was stil.", "Kees"),
        ("Gisteren de slagroomtaart voor Ria haar 60ste gehaald. Heerlijk!", "Ria"),
        ("de bloemen voor oma d'r 90ste besteld en ze waren prachtig", "oma"),
    ],
)
def test_an_ordinal_after_their_possessive_is_the_named_ones_birthday(text: str, owner: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == "verjaardag"
    assert found.owner == owner


@pytest.mark.parametrize(
    "text",
    [
        "Kerstdiner op eerste kerstdag met mijn ouders, die 40 jaar getrouwd zijn. Wat een avond!",
        "Lunch op tweede paasdag met mijn schoonouders, die dit jaar 25 jaar getrouwd zijn. Super!",
        "Op 2de pinksterdag met mn ouders gegeten, ze zijn 60 jaar getrouwd. Top verzorgd",
    ],
)
def test_a_feasts_day_gives_way_to_the_wedding_anniversary(text: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == "jubileum"
    assert "huwelijksjubileum" in found.occasion_words


def test_the_glass_a_drink_came_in_is_a_het_word() -> None:
    found = analyse_topics("De ober bracht ongevraagd een glas champagne en een bordje hapjes. Top!")
    assert any(p.text.startswith("glas") and p.article == "het" for p in found.praised)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Al jaren onze Driekoningentaart bij jullie, dit jaar vond mijn kleinzoon de boon!", "driekoningentaart"),
        ("Elk jaar mijn Kerstbrood van jullie, zalig zoals altijd", "kerstbrood"),
        ("ieder voorjaar onze Paasbroodjes hier gehaald, de kinderen smullen", "paasbroodjes"),
    ],
)
def test_a_capitalised_compound_of_a_product_is_no_one_of_the_writers(text: str, thing: str) -> None:
    found = analyse_topics(text)
    assert thing in [p.text for p in found.products]
    assert thing not in [k.lower() for k in found.kin]


def test_a_pet_named_after_a_product_stays_the_writers_own() -> None:
    found = analyse_topics("Onze Koekje mocht mee naar binnen, zo lief van jullie!")
    assert "Koekje" in found.kin
