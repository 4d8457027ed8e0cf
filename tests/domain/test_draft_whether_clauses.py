"""Every question of a comment said back as a clause after 'of' for the promise to find it out
(app/domain/draft_whether_clauses.py): the verb to the end, the writer's and the business's words on the other side,
a thing pointed back at ('die') said in full; '' for a shape that cannot be turned over safely. Sentences of our
own."""

from __future__ import annotations

import pytest

from app.domain.draft_whether_clauses import _ik_form, parse_whether_words, whether_clause, whether_clauses
from app.errors import DataFileError


@pytest.mark.parametrize(
    ("question", "ik", "you", "said"),
    [
        ("Zit er gelatine in?", False, "u", "er gelatine in zit"),
        ("En zitten er noten in de kerststol?", True, "je", "er noten in de kerststol zitten"),
        ("Verkopen jullie ook glutenvrije wafels?", True, "je", "ik ook glutenvrije wafels verkoop"),
        ("Maken jullie de pralines zelf?", False, "u", "we de pralines zelf maken"),
        ("Gebruikt u haarverf zonder parfum?", True, "u", "ik haarverf zonder parfum gebruik"),
        (
            "Is de lak die u gebruikt geschikt voor kinderen?",
            True,
            "u",
            "de lak die ik gebruik geschikt voor kinderen is",
        ),
        (
            "Mogen we met onze kano aan jullie vlonder aanmeren?",
            False,
            "je",
            "jullie met jullie kano aan onze vlonder mogen aanmeren",
        ),
        ("Mogen wij onze hond meenemen?", False, "u", "u uw hond mag meenemen"),
        ("Is er bij jullie een plek voor een rolstoel?", False, "je", "er bij ons een plek voor een rolstoel is"),
        ("Is het terras open tijdens de kermis?", False, "u", "het terras open is tijdens de kermis"),
        ("Zit er ei in die met de vanillecrème?", True, "je", "er ei zit in die met de vanillecrème"),
        (
            "Mogen we zelf een taart meebrengen voor na het eten?",
            False,
            "je",
            "jullie zelf een taart mogen meebrengen voor na het eten",
        ),
        ("Kunnen we bij jullie lunchen met de hond?", False, "u", "u bij ons kunt lunchen met de hond"),
        ("Mogen we met de kinderen komen?", False, "je", "jullie met de kinderen mogen komen"),
    ],
)
def test_a_yes_no_question_becomes_a_clause(question: str, ik: bool, you: str, said: str) -> None:
    assert whether_clause(question, ik=ik, you=you) == (said, False)


def test_a_thing_said_before_the_question_stands_for_the_word_that_points_at_it() -> None:
    asked = "Die bonbons in jullie etalage 😍 maken jullie die zelf?"
    assert whether_clause(asked, ik=False, you="u") == ("we die bonbons in onze etalage zelf maken", False)
    asked = "Anke, uw speculaas met amandelen, is die vegan?"
    assert whether_clause(asked, ik=True, you="je") == ("mijn speculaas met amandelen vegan is", False)


def test_the_business_asked_with_gij_or_jij_speaks_for_itself() -> None:
    asked = "Kunt gij zoiets herstellen, met de originele onderdelen?"
    assert whether_clause(asked, ik=True, you="je") == ("ik zoiets kan herstellen, met de originele onderdelen", False)
    assert whether_clause("Zijt ge open op Hemelvaart?", ik=False, you="u") == ("we open op Hemelvaart zijn", False)
    assert whether_clause("Zou het kunnen om bij u te lunchen?", ik=True, you="u") == (
        "het zou kunnen om bij mij te lunchen",
        False,
    )


def test_a_sentence_before_the_question_is_left_out() -> None:
    asked = "Ik vond een oude Batavus op zolder 🥹 Kunt gij die opknappen?"
    assert whether_clause(asked, ik=True, you="je") == ("ik die kan opknappen", False)


def test_a_question_word_opens_the_clause() -> None:
    assert whether_clause("En hoe warm is het water daar?", ik=False, you="je") == ("hoe warm het water daar is", True)


@pytest.mark.parametrize(
    "question",
    [
        "Kan ik mijn fiets morgen brengen?",  # 'ik' needs its verb changed with it
        "Heb je nog plaats?",  # 'je' is the writer or the business
        "Leuk!",
    ],
)
def test_a_shape_not_turned_over_safely_gives_nothing(question: str) -> None:
    assert whether_clause(question, ik=False, you="je") == ("", False)


def test_several_questions_are_joined_and_a_question_word_cannot_open() -> None:
    asked = ["Bakken jullie op zondag?", "En zit er boter in de croissants?", "En hoe lang blijven ze vers?"]
    said = "we op zondag bakken en of er boter in de croissants zit en hoe lang ze vers blijven"
    assert whether_clauses(asked, ik=False, you="je") == said
    assert whether_clauses(["Hoe laat gaan jullie open?", "Zit er ei in?"], ik=False, you="je") == ""
    asked = ["Kunt gij mijn horloge maken?", "Wuk kost dat en hoelang duurt het?"]
    said = "ik je horloge kan maken en wat dat kost en hoelang het duurt"
    assert whether_clauses(asked, ik=True, you="je") == said
    assert whether_clauses(["Zit er ei in?", "Kan ik pinnen?"], ik=False, you="je") == ""


@pytest.mark.parametrize(
    ("plural", "stem"),
    [
        ("maken", "maak"),
        ("zitten", "zit"),
        ("verkopen", "verkoop"),
        ("gebruiken", "gebruik"),
        ("leveren", "lever"),
        ("kunnen", "kan"),
        ("bezorgen", "bezorg"),
        ("geven", "geef"),
    ],
)
def test_the_business_says_its_own_verb_as_ik(plural: str, stem: str) -> None:
    assert _ik_form(plural) == stem


def test_an_irregular_entry_needs_three_forms() -> None:
    data = {
        "schema": 1,
        **{k: ["x"] for k in ("subject_starts", "not_verbs", "wh_words", "after_verb", "modals", "unsure")},
        "irregular": ["zijn ben"],
    }
    with pytest.raises(DataFileError):
        parse_whether_words(data)


@pytest.mark.parametrize(
    ("question", "ik", "you", "said"),
    [
        ("Kunnen we bij jullie koffie halen?", False, "u", "u bij ons koffie kunt halen"),
        ("Komt u ook bij mij thuis?", True, "u", "ik ook bij u thuis kom"),
        ("Kunnen we met 8 personen komen eten?", False, "je", "jullie met 8 personen kunnen komen eten"),
        ("Hebt ge banden liggen?", True, "je", "ik banden heb liggen"),
        (
            "Zou het niet handig zijn om online te bestellen?",
            False,
            "je",
            "het niet handig zou zijn om online te bestellen",
        ),
    ],
)
def test_more_shapes_turn_over(question: str, ik: bool, you: str, said: str) -> None:
    assert whether_clause(question, ik=ik, you=you) == (said, False)


@pytest.mark.parametrize(
    "question",
    [
        "Iemand die er gisteren heeft gegeten?",  # no verb opens it
        "Krijg ik daar iets voor terug of hoe zit dat?",  # a second question inside
        "Verzorgen jullie catering, en is betalen op factuur mogelijk?",  # a second question after the comma
    ],
)
def test_more_shapes_are_left_alone(question: str) -> None:
    assert whether_clause(question, ik=False, you="je") == ("", False)
