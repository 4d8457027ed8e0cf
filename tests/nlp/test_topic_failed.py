"""The thing a complaint's failure clause is about (app/nlp/topic_failed.py): the subject of the clause that says
what failed, in either word order, never a pronoun, a person, a time, a place or a quantity. Sentences of their own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Twee dagen na de beurt zat het zadel los.", "het zadel"),  # after a time phrase: inverted
        ("Het zadel zat los toen ik wegreed.", "het zadel"),
        ("Los zat het zadel, na één rit al.", "het zadel"),  # the failure said first
        ("De wielen van mijn kinderwagen waren kapot.", "de wielen"),  # not whose they are
        ("Bij het ophalen bleek de bagagedrager afgebroken.", "de bagagedrager"),  # not a phrase after 'bij'
        ("Ik heb de kast thuis uitgepakt en de deur was gebarsten.", "de deur"),  # the clause after 'en'
        ("Op het feest merkten we dat de bovenste laag ingezakt was.", "de laag"),  # the adjective left out
        ("De tekst op de cake was verkeerd gespeld.", "de tekst"),
        ("Na drie dagen was 't scherm al kapot", "het scherm"),  # Flemish article
        ("Mijne gsm is nog altijd nie klaar.", "de gsm"),  # Flemish possessive and 'nie'
        ("Jullie zijn mijn kussens vergeten.", "de kussens"),
    ],
)
def test_the_subject_of_the_failure_clause_is_the_thing(text: str, thing: str) -> None:
    failed = analyse_topics(text).failed
    assert failed is not None and failed.definite == thing


def test_the_writers_own_thing_is_theirs_and_a_plural_stays_plural() -> None:
    failed = analyse_topics("Mijn lampen waren binnen een week stuk.").failed
    assert failed is not None and failed.own and failed.plural


@pytest.mark.parametrize(
    "text",
    [
        "De soep was niet koud, dat moet ik zeggen.",  # negated: nothing failed
        "Een stuk vlaai erbij was lekker geweest.",  # a piece, nothing broken
        "Los van de prijs was alles prima.",  # apart from
        "Mijn zoon was te laat door de trein.",  # a person
        "De helft was koud.",  # a quantity
        "Het was koud in de zaal.",  # a pronoun
        "Zaterdag was te laat voor ons.",  # a time
        "Ons Noor was te laat door de regen.",  # a name after a Flemish possessive
    ],
)
def test_no_thing_where_nothing_failed_or_no_thing_is_named(text: str) -> None:
    assert analyse_topics(text).failed is None
