"""draft_origin_asked: a question where a thing comes from is not answered by a line that only names the thing, and
is said back as a clause after 'of'. Sentences of our own."""

from __future__ import annotations

from app.domain.draft_origin_asked import origin_unsaid, origin_whether


def test_an_answer_that_does_not_say_where_it_comes_from_leaves_the_origin_unsaid() -> None:
    question = "Komt jullie lamsvlees van de boerderij hier op de dijk?"
    assert origin_unsaid(question, "Lamsstoofpot in de herfst, € 24.")
    assert not origin_unsaid(question, "Ja, ons lamsvlees komt van boerderij De Hoek, twee straten verder.")
    assert not origin_unsaid("Is het brood vers?", "Elke dag vers.")  # no origin asked
    assert not origin_unsaid("Hebben jullie boerenbrood van gisteren?", "")  # 'boer' not after 'van' or 'uit'


def test_the_origin_question_said_back_after_of() -> None:
    assert origin_whether("Is da appelsap uit de streek?", "onze") == "dat appelsap uit de streek is"
    assert (
        origin_whether("Komt uw honing van een imker uit het dorp?", "mijn")
        == "mijn honing van een imker uit het dorp komt"
    )
    assert origin_whether("Is de taart vegan?", "onze") == ""
