"""What a joke's last line turns on (app/nlp/topic_punch.py): the thing after its turn ('maar', 'dan', 'but'),
and never a sign-off or a take-back after the joke ('Tot vrijdag!', 'Nee geintje, ...'). Sentences of their own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


def _punch(text: str) -> str:
    turn = analyse_topics(text).punch
    return turn.text if turn is not None else ""


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Ik zou gaan lopen vanochtend. De wil was er maar de bank was sterker 🛋️", "bank"),
        ("Eerst drie uur in de file, dan de erwtensoep van Het Anker. Eerst de hel, dan het paradijs 😇", "paradijs"),
        ("Mijn benen zeiden nee maar m'n zoetekauw zei ja 🍩", "zoetekauw"),
        ("Na de Elfstedentocht de snert van ons moeder. De geest wil wel, maar de buik wil meer 😅", "buik"),
        ("eerst de nieuwjaarsduik in Blankenberge, dan den hutsepot. Eerst het ijs en dan de zetel 🥶", "zetel"),
    ],
)
def test_the_thing_after_the_turn_of_the_last_line_is_the_punch(text: str, thing: str) -> None:
    assert _punch(text) == thing


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Prijs van de kreeft: 'op aanvraag'. Op aanvraag = eerst de "
            "spaarrekening plunderen? Nee geintje, top. Tot zaterdag!",
            "spaarrekening",
        ),
        (
            "Menu 'marktprijs'. Marktprijs betekent zeker: de spaarpot van de kids 😂. Grapje, het is het waard",
            "spaarpot",
        ),
        ("Jullie tiramisu vraagt om een tweede maag. Tot morgen!", "maag"),
        ("Daar gaat m'n spaarpot voor de taart. Just kidding. See you Saturday", "spaarpot"),
    ],
)
def test_a_sign_off_or_take_back_after_the_joke_is_no_last_line(text: str, thing: str) -> None:
    assert _punch(text) == thing


def test_a_sentence_that_only_opens_with_tot_is_still_a_line_of_the_joke() -> None:
    text = "Die oliebollen waren zo zwaar. Tot gisteren had ik nog een sixpack 😂"
    assert _punch(text) == "sixpack"
