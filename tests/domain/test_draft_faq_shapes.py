"""A FAQ answer said in the shape of its question (app/domain/draft_faq_shapes.py)."""

from __future__ import annotations

import pytest

from app.domain.draft_faq_shapes import yes_left_out


@pytest.mark.parametrize(
    ("answer", "question", "said"),
    [
        (
            "Ja, telefonisch tussen 9 en 12 uur.",
            "Kan ik een tafel reserveren?",
            "Een tafel reserveren kan telefonisch tussen 9 en 12 uur.",
        ),
        (
            "Ja, via de website of aan de kassa.",
            "Kun je ook cadeaubonnen kopen?",
            "Cadeaubonnen kopen kan via de website of aan de kassa.",
        ),
        ("Ja, met Tikkie.", "Mag ik achteraf betalen?", "Achteraf betalen mag met Tikkie."),
    ],
)
def test_a_how_without_its_yes_says_what_can_be_done(answer: str, question: str, said: str) -> None:
    assert yes_left_out(answer, question) == said


@pytest.mark.parametrize(
    ("answer", "question", "said"),
    [
        ("Ja, op dinsdag en vrijdag.", "Bakken jullie speltbrood?", "Op dinsdag en vrijdag."),  # no how
        ("Ja, telefonisch.", "Hebben jullie een kindermenu?", "Telefonisch."),  # no 'kan ik' question
        ("Via de website.", "Kan ik online bestellen?", "Via de website."),  # no yes to leave out
    ],
)
def test_any_other_answer_only_loses_its_yes(answer: str, question: str, said: str) -> None:
    assert yes_left_out(answer, question) == said
