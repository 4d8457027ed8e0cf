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
            "bakfiets €35 per dag.",
        ),
        (
            "Kinderen €18, heren €26 (wassen inbegrepen). Op woensdag zonder afspraak.",
            "Hoeveel betaal ik voor mijn kinderen bij jullie?",
            "Kinderen €18. Op woensdag zonder afspraak.",
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
