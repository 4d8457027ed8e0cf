"""Which questions are put to the business (app/domain/draft_questions.py). Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_questions import addressed_question, asked_about, last_clause


@pytest.mark.parametrize(
    "question",
    [
        "Is er iets vegetarisch voor mijn zus?",
        "is er ook iets glutenvrij voor de kinderen?",
        "Is er nog iets zonder noten?",
        "Is er een kindermenu?",
    ],
)
def test_whether_there_is_something_is_asked_of_the_business(question: str) -> None:
    assert addressed_question(question)


@pytest.mark.parametrize("question", ["Hoe moeilijk kan het zijn?", "Normaal?!"])
def test_rhetoric_is_not(question: str) -> None:
    assert not addressed_question(question)


@pytest.mark.parametrize(
    ("question", "about"),
    [
        ("Werkt u samen met leasemaatschappijen?", "leasemaatschappijen"),
        ("werken jullie samen met fietsverzekeraars", "fietsverzekeraars"),
        (
            "En kunt u ook onderhoud ter plaatse doen op ons bedrijf, bv. één keer per kwartaal?",
            "onderhoud ter plaatse",
        ),
        ("Kun je ook een bruidskapsel doen, bijvoorbeeld bij mij thuis?", "een bruidskapsel"),
        ("Kan je ook nagels doen?", "nagels"),
    ],
)
def test_what_a_question_asks_about_leaves_out_how_it_is_asked_and_its_example(question: str, about: str) -> None:
    assert asked_about((question,), "u") == about


def test_an_example_after_bv_stays_in_the_question() -> None:
    assert last_clause("Kunt u langskomen, bv. op maandag?") == "Kunt u langskomen, bv. op maandag?"
