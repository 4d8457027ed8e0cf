"""The thing fitted to another is what the thanks names (issue #13): 'een hondenkar aan mijn fiets laten monteren'
thanks for the trailer, not the bike. Sentences of our own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.draft_fitted import fitted_first
from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Gisteren een kinderzitje op mijn fiets laten zetten voor ons Noor. Merci Sam!",
            "kinderzitje",
        ),
        ("net een fietskar aan de bakfiets laten monteren voor de hond, top gedaan 👍", "fietskar"),
    ],
)
def test_the_thing_fitted_goes_before_what_it_was_fitted_to(text: str, thing: str) -> None:
    fitted = fitted_first(analyse_topics(text), text)
    assert (fitted.praised or fitted.products)[0].text == thing


def test_nothing_fitted_leaves_the_things_as_they_are() -> None:
    text = "Mijn fiets rijdt weer als nieuw na de beurt, bedankt!"
    topics = analyse_topics(text)
    assert fitted_first(topics, text) == topics
