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


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Van de parking naar de kassa. Twee meter, maar met die taarten is dat een hoogtestage-tocht 😂",
            "hoogtestage-tocht",
        ),
        ("Na drie porties mosselen is naar huis fietsen een Ventoux-beklimming", "Ventoux-beklimming"),
        ("ge moet die croissants eens proeven. Elke ochtend een mini-vakantie 🥐", "mini-vakantie"),
        ("Sinds die kaneelbroodjes ruikt het thuis als op een kerst-markt", "kerst-markt"),
    ],
)
def test_a_compound_with_a_hyphen_in_the_last_line_is_the_punch(text: str, thing: str) -> None:
    assert _punch(text) == thing


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Ruikt hier naar vers brood. Dacht dat ik een nieuw geurstokje had", "geurstokje"),
        ("Sinds jullie taarten: heel de week een nieuw kruidenluchtje in huis", "kruidenluchtje"),
        ("k heb precies een nieuw parfumflesje gekocht haha", "parfumflesje"),
        ("Na die soep heb ik een nieuw danspasje 💃", "danspasje"),
    ],
)
def test_an_adjective_before_a_compound_noun_is_not_the_punch(text: str, thing: str) -> None:
    assert _punch(text) == thing


def test_a_last_line_without_its_subject_turns_on_the_thing_before() -> None:
    # 'Ligt nog op de Markt': the kunstgebit lies there, the market is no punchline of its own
    text = "Die bolussen zijn zo plakkerig dat m'n kunstgebit erin is blijven zitten. Ligt nog op de Markt 😂"
    assert _punch(text) == "kunstgebit"


def test_a_fixed_phrase_in_the_last_line_turns_on_no_thing() -> None:
    text = "Onze Mats denkt dat Sinterklaas in jullie winkel slaapt. We gaan hem maar niet uit de droom helpen 🎅"
    assert _punch(text) != "droom"


# Where the last line happens ('bij de etalage', 'voor de deur') is no thing it turns on: the line is said back
# instead; a name after the preposition still is ('bij het Stadsarchief').
def test_a_place_the_last_line_happens_at_is_no_punch() -> None:
    text = "Jullie appelflappen ruiken zo lekker dat de buurt ervan droomt. Hoorde iemand zuchten voor de deur 🦊"
    assert _punch(text) == ""
    text = "Zoveel oude foto's bij jullie ingelijst dat ik nu sta ingeschreven bij het Stadsarchief"
    assert _punch(text) == "Stadsarchief"


def test_a_word_for_any_thing_in_the_last_line_is_the_thing_sold_named_before() -> None:
    text = (
        "De kraaien op het schoolplein pikten weer mijn krentenbol. Zelfs de kraaien weten waar het beste spul ligt 😂"
    )
    assert _punch(text) == "krentenbol"


def test_a_word_for_any_thing_with_nothing_sold_before_is_no_punch() -> None:
    assert _punch("Mijn buurman zegt dat hier het lekkerste spul ligt 😂") != "spul"


def test_hair_after_a_possessive_is_no_determiner_of_the_words_after_it() -> None:
    text = "Zij heeft mijn haar zo mooi geverfd dat mijn eigen kat mij niet meer herkent. Nieuwe kop, nieuwe kat?"
    assert _punch(text) == "kat"
