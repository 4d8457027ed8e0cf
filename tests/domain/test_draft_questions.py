"""Tests of app/domain/draft_questions.py: the wish or question a comment holds, read by its clause."""

from __future__ import annotations

from app.domain.draft_questions import wish_clause


# Suggestions in other shapes are named (session 8): what the writer misses, what they cannot do, what the business
# could do too, an idea after a comma. Other businesses and words than the benchmark rounds.
def test_what_the_writer_misses() -> None:
    assert wish_clause("Top bakker! Het enige wat ik mis is een statafel om even te staan.") == "voor een statafel"
    assert wish_clause("Wat we nog misten was een kinderhoek, verder top.") == "voor een kinderhoek"


def test_what_the_writer_cannot_do() -> None:
    assert wish_clause("Jammer dat je niet via Tikkie kunt betalen.") == "om via Tikkie te kunnen betalen"
    assert wish_clause("Ik zou het fijn vinden als ik zelf kon reserveren.") == "om zelf te kunnen reserveren"


def test_what_the_business_could_do_too() -> None:
    assert wish_clause("Zou het niet tof zijn als jullie ook baarden gingen trimmen?") == "om ook baarden te trimmen"
    assert wish_clause("Leuk als jullie ook taarten zouden bezorgen!") == "om ook taarten te bezorgen"


def test_an_idea_after_a_comma() -> None:
    assert (
        wish_clause("prima garage maar die wachtruimte, een koffieautomaat zou fijn zijn") == "voor een koffieautomaat"
    )
    text = "Lekkere pizza, maar doe iets aan het lawaai, een paar gordijnen zou al helpen"
    assert wish_clause(text) == "voor een paar gordijnen"
