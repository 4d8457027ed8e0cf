"""Names without a cue around them (issue #13, session 8): a first name from the list anywhere, a word
that is no Dutch word before a verb, a name with an age; never a place, a companion, a quote or 'Elke'."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dank aan het hele team, en in het bijzonder Maud bij de koffie.", "Maud"),
        ("De vlaai was top. En Wessel achter de kassa nam echt de tijd voor ons.", "Wessel"),
        ("Onze fietsen waren snel klaar, want Dewayne pakte het meteen op.", "Dewayne"),  # no Dutch word, a verb
        ("Mijn bril zat scheef maar Kerem boog hem in twee minuten recht.", "Kerem"),
    ],
)
def test_a_name_without_a_thanks_or_role_around_it(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


@pytest.mark.parametrize(
    "text",
    [
        "Met onze wandelclub uit Oirschot (9 man) kwamen we binnen voor de lunch.",  # a place, a group
        "Op de taart stond 'Hugo & Maud 40 jaar' in plaats van 'Hugo & Marja'.",  # written on the cake
        "Ik ging met Bram even langs voor een nieuwe band.",  # who came along
        "Elke zaterdag haal ik hier mijn brood.",  # 'elke' is a word first
        "We fietsten via Dalfsen naar huis en stopten hier.",
    ],
)
def test_no_name_where_it_is_a_place_a_quote_or_a_companion(text: str) -> None:
    assert analyse_topics(text).names == ()


def test_a_name_with_an_age_is_the_writers_own() -> None:
    found = analyse_topics("Lieke (6) durfde eerst niet in de stoel, maar daarna wilde ze niet meer weg.")
    assert found.kin == ("Lieke",)
    assert "Lieke" not in found.names
    assert analyse_topics("Wij kwamen uit Zwolle (12 personen) en kregen meteen een tafel.").kin == ()


def test_an_unknown_word_at_the_start_of_a_sentence_is_no_name() -> None:
    # sentence-initial words the list does not know ('Iemand', 'Toch', 'Ondertussen') are no names
    assert analyse_topics("Ik had het gezegd. Toch kreeg ik de verkeerde taart.").names == ()
    assert analyse_topics("Iemand zei dat jullie stoppen, klopt dat?").names == ()


def test_whom_it_was_for_is_the_writers_even_with_a_job() -> None:
    found = analyse_topics("De bos bloemen voor onze trainer Ruben was prachtig. Hanna heeft alles mooi ingepakt.")
    assert found.kin == ("Ruben",)
    assert found.names == ("Hanna",)
    # without 'voor' a job before the name is someone of the business
    assert "Ilse" not in analyse_topics("Onze kapster Ilse knipte me weer prachtig.").kin
