"""What the writer waited on: after 'op', and in Flemish after 'voor' following the verb ('25 minuten gewacht voor
6 pistolets'); a 'voor' before the verb or with a place after it ('voor de deur') says where. Sentences of their
own."""

from __future__ import annotations

import pytest

from app.nlp.topic_waited import waited_on
from app.nlp.topics import topic_finder


def _waited(text: str) -> str:
    found = waited_on(topic_finder().nlp.make_doc(text))
    return found[1].lower_ if found is not None else ""


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("20 minuten gewacht voor 4 broodjes en een koffie", "broodjes"),
        ("We hebben drie kwartier gewacht voor onze mosselen", "mosselen"),
        ("ik moest een half uur wachten voor twee wafels", "wafels"),
        ("Een uur gewacht op het hoofdgerecht", "hoofdgerecht"),
    ],
)
def test_what_the_wait_was_for(text: str, thing: str) -> None:
    assert _waited(text) == thing


@pytest.mark.parametrize(
    "text",
    [
        "Een kwartier gewacht voor de deur, niemand deed open",
        "Tien minuten voor de kassa gewacht",
        "20 minuten gewacht voor niks",
    ],
)
def test_a_place_or_nothing_after_voor_is_no_thing_waited_for(text: str) -> None:
    assert _waited(text) == ""


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Twee keer aan de bediening gevraagd waar onze koffie bleef, niemand kwam.", "koffie"),
        ("Waar blijft mijn taart nou? Besteld voor tien uur.", "taart"),
    ],
)
def test_asking_where_a_thing_stayed_names_what_was_waited_on(text: str, thing: str) -> None:
    assert _waited(text) == thing


def test_asking_where_a_thing_stayed_is_a_wait() -> None:
    from app.nlp.topics import analyse_topics

    assert "wachttijd" in analyse_topics("Drie keer gevraagd waar de soep bleef, toen kregen we een grauw.").problems


def test_where_the_writer_stayed_is_no_wait() -> None:
    from app.nlp.topics import analyse_topics

    text = "Het pension waar we bleven overnachten was schoon, maar de lakens roken muf."
    assert "wachttijd" not in analyse_topics(text).problems
    assert _waited(text) == ""


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("We hebben een uur op ons eten zitten wachten", "eten"),
        ("een half uur op een pannenkoek zitten wachten, echt", "pannenkoek"),
        ("20 minuten op de bus staan wachten in de regen", "bus"),
    ],
)
def test_how_the_writer_waited_is_no_thing_waited_on(text: str, thing: str) -> None:
    """'zitten', 'staan' before 'wachten' say how the writer waited, not what for."""
    assert _waited(text) == thing
