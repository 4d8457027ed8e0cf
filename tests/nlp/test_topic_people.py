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
