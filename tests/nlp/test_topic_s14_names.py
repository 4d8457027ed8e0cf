"""Session 14: a first name after 'bij' or 'van' is a person; an occasion followed by 'van' and a first
name is that person's. Sentences of our own."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_a_first_name_after_bij_is_the_one_who_helped() -> None:
    assert "Youssef" in analyse_topics("Al jaren vaste klant bij Youssef, altijd strak geknipt.").names


def test_a_place_after_bij_is_no_name() -> None:
    assert analyse_topics("Vanochtend nog een brood gehaald bij Jumbo, maar dat van jullie is beter.").names == ()


def test_an_occasion_of_a_named_colleague_is_hers_and_she_is_no_staff() -> None:
    found = analyse_topics("Gisteren vierden we het afscheid van Greta, na 30 jaar op kantoor. De taart was prachtig!")
    assert found.owner == "Greta"
    assert "Greta" not in found.names
