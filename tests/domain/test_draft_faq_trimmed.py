"""Of a FAQ answer only what concerns the question: the price of the kind named."""

from __future__ import annotations

import pytest

from app.domain.draft_faq_trimmed import asked_of_answer
from app.nlp.topics import analyse_topics


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


@pytest.mark.parametrize(
    ("answer", "comment", "said"),
    [
        (
            "Stadsfiets €15 per dag, bakfiets €35 per dag.",
            "Wat kost het om een bakfiets te huren voor het weekend?",
            "Een bakfiets kost €35 per dag.",
        ),
        (
            "Kinderen €18, heren €26 (wassen inbegrepen). Op woensdag zonder afspraak.",
            "Hoeveel betaal ik voor mijn kinderen bij jullie?",
            "Voor kinderen is het €18. Op woensdag zonder afspraak.",
        ),
    ],
)
def test_of_prices_side_by_side_the_kind_named_is_kept(answer: str, comment: str, said: str) -> None:
    assert asked_of_answer(answer, comment, _lemmas) == said


@pytest.mark.parametrize(
    ("answer", "comment"),
    [
        # both kinds named, or none: the whole list
        ("Stadsfiets €15, bakfiets €35.", "Wat kost een stadsfiets of een bakfiets huren?"),
        ("Stadsfiets €15, bakfiets €35.", "Wat kost huren bij jullie?"),
        # a variant of the one thing asked, not another kind
        ("Een kerstpakket kost €25, met wijn erbij €40.", "Wat kost een kerstpakket?"),
    ],
)
def test_a_list_whose_kind_is_not_named_alone_stays_whole(answer: str, comment: str) -> None:
    assert asked_of_answer(answer, comment, _lemmas) == answer


def test_kinds_told_apart_by_a_word_the_comment_does_not_say_stay_whole() -> None:
    answer = "Een halve taart € 12, een hele taart € 20."
    assert asked_of_answer(answer, "Wat kost een verse taart bij jullie?", _lemmas) == answer


@pytest.mark.parametrize(
    ("answer", "comment", "said"),
    [
        # kinds parted by semicolons, one with an age
        (
            "Volwassenen € 32, wassen en föhnen € 40; heren € 24; kinderen tot en met 10 jaar € 15.",
            "Mijn twee jongens moeten naar de kapper, wat betaal ik voor kinderen?",
            "Voor kinderen tot en met 10 jaar is het € 15.",
        ),
        # a group's deal beside the prices is no sentence that keeps the whole list
        (
            "Heren € 30; kinderen onder 12 jaar € 20; senioren 10 % korting op dinsdag.",
            "Wat kost een knipbeurt voor heren?",
            "Voor heren is het € 30.",
        ),
        # two names of one kind, with what it holds
        (
            "Knippen € 25; bruids- of galakapsel (met proefsessie) € 90.",
            "Wat vraag je voor een galakapsel?",
            "Een bruids- of galakapsel (met proefsessie) kost € 90.",
        ),
    ],
)
def test_of_a_price_list_only_the_kind_asked_is_said(answer: str, comment: str, said: str) -> None:
    assert asked_of_answer(answer, comment, _lemmas) == said


def test_a_listed_noun_in_the_singular_is_said_with_its_price() -> None:
    answer = "Tandem € 40 per dag; bakfietsen € 50 per dag."
    said = asked_of_answer(answer, "Ik wil graag een tandem huren, wat kost dat?", _lemmas)
    assert said == "Een tandem kost € 40 per dag."
    said = asked_of_answer(answer, "Wat kosten jullie bakfietsen?", _lemmas)
    assert said == "Bakfietsen € 50 per dag."


def test_a_price_list_beside_a_sentence_of_its_own_stays_whole() -> None:
    answer = "Heren € 30; kinderen € 20; we knippen alleen op afspraak."
    assert asked_of_answer(answer, "Wat kost het voor kinderen?", _lemmas) == answer


def test_two_kinds_named_of_three_are_said_together() -> None:
    answer = "Volwassenen € 30; heren € 24; kinderen tot 12 jaar € 16."
    said = asked_of_answer(answer, "Wat kost knippen voor mijn man en mijn dochtertje?", _lemmas)
    assert said == "Voor heren is het € 24 en voor kinderen tot 12 jaar € 16."


def test_a_price_list_in_any_part_of_a_draft_is_said_for_the_kind_named() -> None:
    from app.domain.draft_faq_trimmed import parts_asked
    from app.domain.draft_text import Part

    parts = [
        Part("greeting", "Dag Kim,", True),
        Part("correction", "Dat klopt niet. Heren € 24; kinderen € 16; dames € 30.", True),
        Part("sign", "Groet, Ans", True),
    ]
    said = parts_asked(parts, "Ik hoor dat jullie geen kinderen meer knippen?", _lemmas)
    assert [p.text for p in said] == ["Dag Kim,", "Dat klopt niet. Voor kinderen is het € 16.", "Groet, Ans"]


def test_a_kind_priced_already_for_the_day_asked_is_not_priced_again() -> None:
    from app.domain.draft_faq_trimmed import parts_asked
    from app.domain.draft_text import Part

    day = "Op woensdag 3 juli is er een knipmiddag: kinderen tot 10 jaar € 12. Heren € 25; kinderen tot 10 jaar € 16."
    said = parts_asked([Part("answer", day, True)], "Wat kost knippen voor kinderen op woensdag?", _lemmas)
    assert said[0].text == "Op woensdag 3 juli is er een knipmiddag: kinderen tot 10 jaar € 12."


def test_a_german_or_french_comment_keeps_the_whole_list() -> None:
    answer = "Stadsfiets € 15 per dag, e-bike € 30 per dag, kinderfiets € 10 per dag."
    assert asked_of_answer(answer, "Nous venons avec 2 kinderen, c'est combien?", _lemmas) == answer
    assert asked_of_answer(answer, "Wir kommen mit zwei kinderen, was kostet das?", _lemmas) == answer
