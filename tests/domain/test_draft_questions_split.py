"""Two or three questions in one sentence, joined by commas or by 'en' with a verb and the one it asks of, are made
separate questions, each to be answered on its own; a list of things or people joined by 'en' is not. Sentences of
our own."""

from __future__ import annotations

from app.domain.draft_questions import joined_questions


def test_three_questions_joined_by_commas_and_en_are_three() -> None:
    text = "Wat kost de high tea, hoe lang duurt die, en mag mijn kleinzoon mee aan tafel?"
    assert joined_questions([text]) == (
        "Wat kost de high tea?",
        "hoe lang duurt die?",
        "mag mijn kleinzoon mee aan tafel?",
    )


def test_en_with_a_verb_and_a_named_subject_starts_a_question() -> None:
    assert joined_questions(["Hebben jullie een speelhoek, en mag onze hond binnen?"]) == (
        "Hebben jullie een speelhoek?",
        "mag onze hond binnen?",
    )
    assert joined_questions(["Hoe lang van tevoren moet ik bestellen en leveren jullie ook in Eext?"]) == (
        "Hoe lang van tevoren moet ik bestellen?",
        "leveren jullie ook in Eext?",
    )
    assert joined_questions(["Hedde gij een terras, en kan de kinderwagen mee naar binnen?"])[1] == (
        "kan de kinderwagen mee naar binnen?"
    )


def test_things_or_people_joined_by_en_stay_one_question() -> None:
    """Near misses: 'en' between things, people or a preposition's object starts no question of its own."""
    for text in (
        "Wat kost een knipbeurt voor mij en mijn dochter?",
        "Hebben jullie roggebrood, speltbrood en haverkoeken?",
        "Kunnen we zaterdag komen met de buren en voor jullie dessert?",
        "Is de soep vers en is lekker?",
    ):
        assert joined_questions([text]) == (text,), text


def test_a_comma_before_a_question_word_splits_only_after_a_question() -> None:
    """Near miss: 'Ik vroeg me af, wat ...' is one question; what goes before the comma asks nothing."""
    assert joined_questions(["Ik vroeg me af, wat kost een appeltaart?"]) == (
        "Ik vroeg me af, wat kost een appeltaart?",
    )
    assert joined_questions(["Doen jullie ook high tea, wat kost dat per persoon?"]) == (
        "Doen jullie ook high tea?",
        "wat kost dat per persoon?",
    )
