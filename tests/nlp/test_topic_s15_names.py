"""Session 15: staff named after a word for a service and 'door' ('Bediening door Giulia'), a first name
that is also a word acting at the start of a sentence ('Roos heeft ...'). Sentences of our own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heerlijk gegeten. Bediening door Chiara was super vriendelijk.", "Chiara"),
        ("top zaak, uitleg door Bas over mijn versnellingen was helder 👍", "Bas"),
        ("Knipbeurt door Yara, echt netjes en snel. Aanrader!", "Yara"),
        ("Vriendelijke ontvangst door Matteo, koffie stond meteen klaar.", "Matteo"),
    ],
)
def test_a_name_after_a_service_and_door_is_the_one_who_gave_it(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


def test_a_walk_through_a_town_names_no_one() -> None:
    assert analyse_topics("Na een wandeling door Gent nog een ijsje gehaald, heerlijk!").names == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mijn dochtertje was bang. Roos heeft haar heel rustig geknipt, ze wil alleen nog bij jou!", "Roos"),
        ("Merel knipte mijn krullen precies zoals ik wou, merci!", "Merel"),
        ("Fleur heeft de taart nog snel aangepast toen ik belde. Top!", "Fleur"),
    ],
)
def test_a_first_name_that_is_also_a_thing_acting_is_a_name(text: str, name: str) -> None:
    found = analyse_topics(text)
    assert name in found.names
    assert name.lower() not in {p.text for p in found.products}


@pytest.mark.parametrize(
    "text",
    ["Roos is helemaal weg na die shampoo van jullie!", "Roos had ik al jaren, nu eindelijk niet meer."],
)
def test_the_thing_said_with_a_capital_stays_a_thing(text: str) -> None:
    assert analyse_topics(text).names == ()


def test_a_named_child_and_the_staff_member_who_cared_for_him_are_both_found() -> None:
    found = analyse_topics(
        "Ons zoontje Milan durfde nooit naar de kapper. Roos heeft alle tijd voor hem genomen en hij was zo trots."
    )
    assert found.kin == ("Milan",)
    assert "Roos" in found.names


def test_people_only_in_a_memory_or_who_typed_it_are_not_greeted() -> None:
    found = analyse_topics(
        "Net als vroeger bij mijn oma in de keuken. Mijn dochter heeft dit voor me getypt, ik kan dat niet zo goed."
    )
    assert set(found.ungreeted) == {"oma", "dochter"}


def test_someone_also_named_outside_the_memory_is_greeted() -> None:
    found = analyse_topics("Mijn moeder kwam hier vroeger al. Nu neem ik mijn moeder elke week mee 😊")
    assert found.ungreeted == ()


def test_an_adjective_before_a_name_or_abbreviation_is_no_thing() -> None:
    for text in ("Mijn nieuwe KPI na die lunch: vaker klantbezoek doen", "Mijn oude Batavus doet het weer prima"):
        assert all(p.text not in {"nieuwe", "oude"} for p in analyse_topics(text).products), text


def test_a_function_word_opening_a_sentence_is_no_name() -> None:
    assert analyse_topics("Lekker gegeten. Dat is wel duidelijk. Deze zaak raad ik aan!").names == ()
    assert analyse_topics("Ben heeft mijn ketting vervangen, top").names == ("Ben",)
