"""What a compliment praises, as app/domain/draft_praise.py reads it: the dish for a diet, also named with 'de'."""

from __future__ import annotations

import pytest

from app.domain.draft_praise import their_thing, with_shape
from app.domain.draft_praise_diets import diet_served
from app.domain.draft_praise_possible import made_possible
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("Eindelijk een kerstdiner waar de vegetarische optie echt iets voorstelt 🙌", "een vegetarische optie"),
        ("De glutenvrije taart was net zo lekker als de gewone!", "een glutenvrije taart"),
        ("het veganistische menu was top, merci Joke", "een veganistisch menu"),
        ("Dank voor een vegetarisch alternatief op de valreep", "een vegetarisch alternatief"),
    ],
)
def test_the_dish_for_a_diet_is_named_with_any_article(text: str, dish: str) -> None:
    assert diet_served(text) == dish


@pytest.mark.parametrize(
    "text",
    ["De vegetarische optie was alleen wat klein", "Lekker, maar geen glutenvrije taart", "de grote taart was top"],
)
def test_no_dish_for_a_diet_in_a_minus_point_or_without_a_diet(text: str) -> None:
    assert diet_served(text) == ""


@pytest.mark.parametrize(
    ("text", "register", "said"),
    [
        (
            "Oudjaar, accu leeg en ik moest nog naar mijn mem in Sneek. Jij bracht gewoon een leenaccu!",
            "je",
            "je toch nog naar je mem in Sneek kon",
        ),
        (
            "Band plat en we moesten dezelfde avond nog naar Lyon rijden. In een half uur gefikst, top!",
            "je",
            "jullie toch nog naar Lyon konden rijden",
        ),
        (
            "'k moest dringend naar het ziekenhuis voor mijn zoon en gij hebt mijn ketting ter plekke gemaakt, merci!",
            "u",
            "u toch nog naar het ziekenhuis voor uw zoon kon",
        ),
        ("Fiets kapot, ik moest echt naar mijn werk in Assen. Toppers!!", "u", "u toch nog naar uw werk in Assen kon"),
    ],
)
def test_where_the_writer_still_had_to_go_is_said_back(text: str, register: str, said: str) -> None:
    assert made_possible(text, register) == said


def test_a_place_gone_to_without_hurry_is_nothing_made_possible() -> None:
    assert made_possible("Ik moest naar de kassa achteraan, maar de koffiekoeken waren top", "je") == ""


@pytest.mark.parametrize(
    ("text", "register", "said"),
    [
        (
            "Mijn dochter stond met een lekke band en ze moest morgen naar haar examen in Zwolle. Top geholpen!",
            "je",
            "je dochter morgen toch naar haar examen in Zwolle kon",
        ),
        (
            "mien kleinzoon had een kapotte ketting, hij moest zaterdag met de fiets naar training. Bedankt Jan!",
            "u",
            "uw kleinzoon zaterdag toch naar training kon",
        ),
        (
            "Onze zoon zat met een platte band en hij moest dringend naar zijn werk. Super!",
            "je",
            "jullie zoon toch nog naar zijn werk kon",
        ),
        ("Ik moest maandag naar Gent en de fiets was op tijd klaar, dank je!", "u", "u maandag toch naar Gent kon"),
    ],
)
def test_where_the_writers_own_or_the_writer_had_to_go_on_a_day_is_made_possible(
    text: str, register: str, said: str
) -> None:
    assert made_possible(text, register) == said


def test_someone_not_the_writers_own_who_had_to_go_is_nothing_made_possible() -> None:
    assert made_possible("De monteur was heel vriendelijk, hij moest zaterdag nog naar een klant", "je") == ""


# Code review 28: 'toch nog naar ... kon' only when the help made the trip possible, once, and with sterkte for a
# place of care.
@pytest.mark.parametrize(
    "text",
    [
        "Ik moest nog naar de kassa en toen zag ik jullie mooie fietsen, top!",
        "we moesten nog naar de bakker maar eerst even bij jullie binnen, heerlijke koffie",
        "k moest nog dringend naar de apotheek en zag jullie etalage, wat mooi!",
        "I had to go but ik moest echt naar huis, de taart was top",
    ],
)
def test_a_place_gone_to_without_help_is_nothing_made_possible(text: str) -> None:
    assert made_possible(text, "je") == ""


def _thanks(text: str, profile: BusinessProfile | None = None) -> str:
    shop = profile or BusinessProfile(name="Fietsen Tol", kind="fietsenwinkel", signers=["Pim"], register="u")
    return draft_text(shop, "uitkomst_bedank_publiek", text)


@pytest.mark.parametrize(
    "text",
    [
        "Band plat en ik moest nog dringend naar het ziekenhuis. Binnen tien minuten geplakt, dank jullie!",
        "'k moest dringend naar den dokter met mijn zoon en gij hebt mijn ketting ter plekke gemaakt, merci!",
        "Ketting kapot, we moesten nog naar de uitvaart van mijn oom. Jullie hielpen meteen, dank!",
    ],
)
def test_a_trip_to_a_place_of_care_gets_sterkte_not_cheer(text: str) -> None:
    reply = _thanks(text)
    assert "daar doen we het voor" not in reply and "sterkte" in reply.lower(), reply


@pytest.mark.parametrize(
    "text",
    [
        "Bedankt Lotte! Ik moest nog naar een bruiloft en mijn haar zat perfect.",
        "Mijn föhn was kapot en ik moest nog naar een bruiloft, jij hebt me gered!",
        "merci Saar, ik moest zaterdag naar een trouwfeest en mijn kapsel bleef de hele avond zitten",
    ],
)
def test_an_occasion_the_thanks_names_is_not_said_again_as_a_trip(text: str) -> None:
    salon = BusinessProfile(name="Kapsalon Saar", kind="kapsalon", signers=["Saar"], voice="ik", register="je")
    reply = _thanks(text, salon)
    assert "toch nog naar" not in reply and "toch naar" not in reply, reply


@pytest.mark.parametrize(
    ("text", "word", "theirs"),
    [
        ("Ons Lisa mocht zelf haar nieuwe fiets kiezen", "fiets", "haar nieuwe fiets"),
        ("Eerste wedstrijd op de mountainbike die Jens voor hem had afgesteld 🏆", "mountainbike", "zijn mountainbike"),
        ("De taart, die ge speciaal voor haar gemaakt had, was op in 5 minuten!", "taart", "haar taart"),
        ("Het kostuum dat Mieke voor hem vermaakte zat perfect op zijn communie", "kostuum", "zijn kostuum"),
        ("De fiets die ik voor mijn werk gebruik rijdt weer", "fiets", ""),  # for no one of the writer's
        ("zijn vlees in stukjes laten snijden", "vlees", ""),
    ],
)
def test_a_thing_of_the_writers_own_or_set_up_for_them(text: str, word: str, theirs: str) -> None:
    assert their_thing(text, word) == theirs


def test_a_thing_set_up_for_the_child_is_named_beside_the_child() -> None:
    text = "Zondag de eerste cross van ons Noor op de fiets die Bram voor haar had afgesteld. Merci Bram!!"
    shop = BusinessProfile(name="Fietsen Wouters", kind="fietsenmaker", signers=["Bram"], register="je")
    draft = draft_text(shop, "uitkomst_bedank_publiek", text, author="Ann")
    assert "Noor" in draft and "haar fiets" in draft, draft


def test_a_shape_is_named_only_when_said_in_words() -> None:
    """'in de vorm van een 3 en een 5': digits name no shape, and an article alone is none ('... van een')."""
    assert with_shape("de taart", "Een taart in de vorm van een 3 en een 5 gemaakt, prachtig!") == "de taart"
    said = "Een taart in de vorm van een tractor, top!"
    assert with_shape("de taart", said) == "de taart in de vorm van een tractor"
