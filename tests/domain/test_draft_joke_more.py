"""Jokes that say there is more of something than where it belongs, that others ate the writer's food, that there
are so many of something, or that a thing's official name is really the business's: the light line says back the
joke's own twist. Sentences and businesses of our own."""

from __future__ import annotations

import pytest

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

SALON = BusinessProfile(name="Kapsalon De Krul", kind="kapsalon", signers=["Mira"], voice="wij", register="u")
CAFE = BusinessProfile(name="Strandbar De Golf", kind="restaurant", signers=["Tom"], voice="ik", register="je")
BAKERY = BusinessProfile(name="Bakkerij Het Molentje", kind="bakkerij", signers=["Ans"], voice="ik", register="je")


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Noor", platform="threads")
    assert made.optional is not None
    return made.optional


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Na de Vierdaagse zat er meer stof in mijn haar dan op de Via Gladiola 😂", "meer stof dan op de Via"),
        (
            "Er lag meer bloem op mijn jas dan in het brood, zo druk was het bij de oven 🤣",
            "meer bloem dan in het brood",
        ),
    ],
)
def test_more_of_something_than_where_it_belongs_is_said_back(text: str, said: str) -> None:
    reply = _joke(SALON, text)
    assert said in reply, reply
    assert "over uw haar gesproken" not in reply, reply


def test_others_who_ate_the_writers_food_are_named() -> None:
    reply = _joke(CAFE, "De mussen op jullie terras hebben meer van mijn tosti gegeten dan ik 🐦😂")
    assert "de mussen" in reply and "tosti" in reply, reply
    assert " uw " not in reply, reply


def test_so_many_of_something_is_a_compliment_that_names_them() -> None:
    reply = _joke(CAFE, "Bij De Golf zitten zoveel surfers dat de zee er leeg van raakt 🏄")
    assert "surfers" in reply, reply


def test_the_official_name_and_the_real_one() -> None:
    text = (
        "Onze wandelclub loopt officieel de 'Duinenroute' maar iedereen weet dat het 'Route appeltaart bij Ans' is 😂"
    )
    reply = _joke(BAKERY, text)
    assert "Route appeltaart bij Ans" in reply, reply


def test_so_many_kinds_of_something_keeps_the_kind() -> None:
    reply = _joke(
        BAKERY, "Het Molentje heeft zoveel soorten taartjes dat ik elke zaterdag tien minuten sta te twijfelen"
    )
    assert "soorten taartjes" in reply, reply


@pytest.mark.parametrize(
    ("text", "pet"),
    [
        (
            "Onze teckel heeft gisteren een hele appelflap van de tafel gepikt. Hij zegt dat het de geur was 🐶",
            "teckel",
        ),
        ("Mijn kat at stiekem de helft van mijn croissant op, ze heeft duidelijk smaak 😼", "kat"),
    ],
)
def test_a_joke_about_the_writers_pet_that_took_the_food_is_about_the_pet(text: str, pet: str) -> None:
    reply = _joke(BAKERY, text)
    assert f"je {pet}" in reply, reply


def test_a_wait_joke_names_the_job_brought_in_for_and_asks_in_the_right_register() -> None:
    bikes = BusinessProfile(name="Fietsen De Spaak", kind="fietsenmaker", signers=["Jef"], voice="wij", register="u")
    text = "Fiets in juni binnengebracht voor een nieuwe ketting. Mijn kleindochter trouwt in 2040, dan is hij klaar 🐌"
    reply = _joke(bikes, text)
    assert "een nieuwe ketting" in reply, reply
    assert "sorry" not in reply.lower() and "Stuur ons" not in reply and " u " in reply, reply  # a u-business asks


def test_a_wait_joke_compared_names_what_is_waited_for() -> None:
    text = "De Krul: de enige zaak waar je langer wacht tot ze de telefoon opnemen dan op de trein in de winter ☎️"
    reply = _joke(SALON, text)
    assert "wachten op de telefoon" in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "Tip: huur een e-bike bij De Spaak, dan krijg je er een gratis wandeling bij. Met de fiets aan de hand 🚶🔋",
        "Elektrische fiets gehuurd voor de dijk, de laatste tien kilometer heb ik hem moeten duwen 😂",
    ],
)
def test_an_e_bike_walked_home_is_a_joke_about_the_battery(text: str) -> None:
    bikes = BusinessProfile(name="Fietsen De Spaak", kind="fietsenmaker", signers=["Jef"], voice="ik", register="je")
    reply = _joke(bikes, text)
    assert "batterij" in reply and "sorry" not in reply.lower(), reply


def test_so_many_people_that_the_writer_waited_keeps_the_wait_line() -> None:
    reply = _joke(CAFE, "Bij De Golf zitten zoveel mensen dat we anderhalf uur op onze friet moesten wachten 🙄")
    assert "anderhalf uur" in reply and "compliment" not in reply, reply
