"""The writer's people (app.nlp.topic_people): whom a thing was for, never whom a wish is for."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "Heerlijke taart! Een kleinere maat zou ideaal zijn voor mijn oma.",
        "Top frietjes. Een kinderportie zou handig zijn voor mijn zoon, die krijgt het niet op",
        "Lekker gegeten, alleen een zoutarm menu zou fijn zijn voor mijn vader",
    ],
)
def test_whom_a_wish_is_for_is_no_recipient(text: str) -> None:
    assert analyse_topics(text).recipient == "", text


def test_whom_the_thing_was_for_is_still_the_recipient() -> None:
    assert analyse_topics("De taart voor mijn dochter was prachtig!").recipient == "dochter"
    assert analyse_topics("Bloemen besteld voor mijn moeder, ze was zo blij").recipient == "moeder"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ketting brak op de dijk, ik lag op straat, schouder uit de kom, nu thuis", "schouder"),
        ("Voorwiel kwam los na jullie onderhoud, ben gevallen. Elleboog gebroken!!", "elleboog"),
        ("Trapper brak af. Knie open, pols gekneusd. Bedankt hoor", "knie"),
    ],
)
def test_a_bare_body_part_in_a_list_of_what_happened_is_the_writers(text: str, part: str) -> None:
    assert analyse_topics(text).body == part


def test_a_bare_body_part_beside_a_near_one_is_not_the_writers() -> None:
    assert analyse_topics("Mijn zoon is gevallen door de losse trapper. Knie helemaal open").body == ""


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Zadel schoot los en ik viel, nu loop ik met een kapotte knie rond", "knie"),
        ("Na jullie herstelling brak de trapper af, ik heb nen gebroken pols", "pols"),
        ("Remkabel knapte, mijn linker knie is helemaal open", "knie"),
        ("Door die losse trede ben ik gevallen: mijn dikke enkel zegt genoeg", "enkel"),
        ("De stoel klapte dicht en ik heb 'n blauwe duim", "duim"),
    ],
)
def test_a_body_part_said_with_what_is_wrong_with_it_is_the_writers(text: str, part: str) -> None:
    assert analyse_topics(text).body == part


def test_a_described_body_part_beside_a_near_one_is_not_the_writers() -> None:
    assert analyse_topics("Mijn dochter viel door het losse stuur en heeft een kapotte knie").body == ""
    assert analyse_topics("Ik viel op de fiets van de buurman, een kapotte jas en een gekke fiets").body == ""


@pytest.mark.parametrize(
    "text",
    [
        "Lekkere pizza's. Een tip: zet de glutenvrije bodem op de kaart, nu moest ik het vragen voor mijn dochter.",
        "Mooie fiets gekocht. Klein minpuntje: de kinderzitjes liggen achteraan, ik zocht er een voor mijn zoon.",
    ],
)
def test_whom_an_idea_after_a_tip_is_for_is_no_recipient(text: str) -> None:
    assert analyse_topics(text).recipient == "", text


def test_whom_the_thing_was_for_before_a_tip_is_still_the_recipient() -> None:
    assert analyse_topics("Prachtige taart voor mijn dochter! Een tip: ook kaarsjes verkopen.").recipient == "dochter"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mien dochter hef een glutenallergie en toch zat er meel in de taart. Ze was de hele nacht ziek", "dochter"),
        ("Gister bij jullie gegeten en mien man kreeg uitslag van de saus met sesam", "man"),
    ],
)
def test_the_low_saxon_mien_is_the_writers_own(text: str, person: str) -> None:
    assert person in analyse_topics(text).people


def test_a_frisian_us_before_one_of_the_writers_people_makes_them_the_owner() -> None:
    found = analyse_topics("Taart besteld voor de verjaardag van us heit, maar hij was helemaal droog.")
    assert found.owner == "heit"
    assert "heit" in found.people


def test_an_english_us_before_a_noun_is_no_person_of_the_writer() -> None:
    # near miss: 'us' before a word that names no one of the writer's people
    assert analyse_topics("Wat een fijne dag voor us allemaal, de taart was top.").people == ()
