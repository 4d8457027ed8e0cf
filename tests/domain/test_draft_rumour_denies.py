"""Whether a rumour denies something (app/domain/draft_rumour_denies.py): also 'geen' in dialect, with 'meer'.
Sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_rumour_denies import rumour_denies, still_there
from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "Ze laten daar gin kinderwagens meer binnen, zeggen ze.",
        "Hoorde dat ze gien cash meer aannemen",
        "Ze doen geen verhuur meer",
    ],
)
def test_a_rumour_that_says_a_thing_is_gone_denies_it(text: str) -> None:
    assert rumour_denies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ze schenken daar sinds kort ook gin-tonic",
        "Hoorde dat ze een nieuwe gin hebben, lekker",
    ],
)
def test_the_drink_is_no_denial(text: str) -> None:
    assert not rumour_denies(text)


def test_an_only_rumour_denies_what_a_question_asks_of_the_others() -> None:
    rumour = "Die fietsenmaker helpt enkel nog klanten die hun fiets bij hem kochten."
    assert rumour_denies(rumour, "Helpt u ook fietsen die elders gekocht zijn?")
    assert rumour_denies(rumour, "Herstelt u ook andere merken?")
    assert not rumour_denies(rumour, "Kan ik met de kaart betalen?")


@pytest.mark.parametrize(
    "text",
    [
        "Bij De Kaai nemen ze geen kaart meer aan, alleen nog contant.",
        "Pas op: je kunt daar niet meer met je bankkaart betalen!",
    ],
)
def test_cards_said_gone_are_the_cards_the_profile_names(text: str) -> None:
    value = "Maestro, Visa en contant; geen American Express"
    assert still_there(text, value, analyse_topics.lemmas) == "met de kaart betalen"
    assert still_there(text, "alleen contant", analyse_topics.lemmas) == ""
