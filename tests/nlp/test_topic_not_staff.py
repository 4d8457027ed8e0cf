"""Capitalised words that are no one of the staff (app.nlp.topic_not_staff, through app.nlp.topics): the
writers who sign, a thing of the writer's people, the end of a place's name; and the writer's people who died
get no greeting. Sentences of our own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


def _names(text: str) -> tuple[str, ...]:
    return analyse_topics(text).names


@pytest.mark.parametrize(
    "text",
    [
        "Koffie en appeltaart waren top, Ruud was zo vriendelijk. Groetjes van Sjoerd en Marloes",
        "Ruud heeft ons fantastisch geholpen!! liefs, Bram & Floor",
        "Ruud hielp ons super snel. Groeten van Tamara",
        "Ruud deed het weer geweldig. Greetings, Kevin and Lotte",
    ],
)
def test_the_writers_who_sign_are_no_staff(text: str) -> None:
    names = _names(text)
    assert "Ruud" in names
    assert not {"Sjoerd", "Marloes", "Bram", "Floor", "Tamara", "Kevin", "Lotte"} & set(names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kees heeft de oude Gazelle Champion van mijn opa weer opgeknapt, top!", "Kees"),
        ("Sanne heeft de Vespa van m'n moeder (†2021) prachtig gerestaureerd.", "Sanne"),
        ("Mohammed kreeg de Batavus van mijn zus toch nog aan de praat.", "Mohammed"),
    ],
)
def test_a_thing_of_the_writers_people_is_no_one_to_thank(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not {"Gazelle", "Champion", "Vespa", "Batavus"} & set(names)


@pytest.mark.parametrize(
    "text",
    [
        "Heerlijk gegeten, een echte aanrader in Bergen op Zoom. Femke bediende ons top!",
        "Voor wie in Katwijk aan Zee woont: ga hier heen. Femke knipte mijn haar perfect.",
        "Mooiste zaak van Alphen aan den Rijn, en Femke is een schat.",
        "Mooiste zaak van Capelle aan den IJssel, en Femke is een schat.",
    ],
)
def test_the_end_of_a_place_name_is_no_one_of_the_staff(text: str) -> None:
    names = _names(text)
    assert "Femke" in names
    assert not {"Zoom", "Zee", "Rijn", "IJssel"} & set(names)


def test_a_name_thanked_after_aan_stays_a_name() -> None:
    assert set(_names("Dank aan Kees en Femke!")) >= {"Kees", "Femke"}
    assert "Ilse" in _names("Super tevreden. Complimenten aan Ilse!")


@pytest.mark.parametrize(
    "text",
    [
        "De kerststol was voor mijn oma, die vorig jaar overleden is. Hij was heerlijk.",
        "De fiets van mijn vader (†2022) rijdt weer als een zonnetje, dank jullie wel",
        "De taart stond op tafel bij de koffietafel voor mijn opa † 2019, iedereen vond hem lekker",
        "Ik droeg de ketting van mijn moeder, die in maart is gestorven, en jullie hebben hem prachtig gemaakt.",
    ],
)
def test_one_of_the_writers_people_who_died_is_not_greeted(text: str) -> None:
    topics = analyse_topics(text)
    assert set(topics.people) <= set(topics.ungreeted)
    assert topics.ungreeted


def test_one_of_the_writers_people_alive_is_greeted() -> None:
    topics = analyse_topics("De kerststol was voor mijn oma van 92. Hij was heerlijk.")
    assert "oma" in topics.people
    assert "oma" not in topics.ungreeted


@pytest.mark.parametrize(
    ("text", "staff", "place"),
    [
        (
            "Taverne Het Anker in Zoutelande zorgde voor een prachtig buffet, dank aan kok Yannick.",
            "Yannick",
            "Zoutelande",
        ),
        ("Ons jubileumfeest in Hoeve Ravensteyn was top en Mirjam regelde alles.", "Mirjam", "Ravensteyn"),
        ("Dank aan Bas, die mijn fiets uit Wommels heeft opgehaald en perfect afgesteld.", "Bas", "Wommels"),
    ],
)
def test_a_place_after_a_preposition_of_place_is_no_staff(text: str, staff: str, place: str) -> None:
    names = _names(text)
    assert staff in names
    assert place not in names


def test_a_name_after_bij_is_still_the_one_who_did_it() -> None:
    # near miss: 'bij Femke' names the hairdresser, no place
    assert "Femke" in _names("Gisteren bij Femke geweest en zij knipte me precies zoals ik wilde.")


def test_the_first_word_of_a_things_compound_name_is_no_staff() -> None:
    names = _names("Tom heeft de oude Freddy Maertens-racefiets van mijn oom weer rijklaar gemaakt.")
    assert "Tom" in names
    assert "Freddy" not in names
