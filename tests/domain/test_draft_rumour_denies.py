"""Whether a rumour denies something (app/domain/draft_rumour_denies.py): also 'geen' in dialect, with 'meer'.
Sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_rumour_denies import rumour_denies


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
