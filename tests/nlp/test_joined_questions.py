"""A question joined to one before it and asked by word order alone ('... ? en nemen jullie ...') is a
question too. Sentences of their own."""

from __future__ import annotations

from app.nlp.pipeline import _JOINED_ASK


def test_a_joined_question_by_word_order_is_recognised() -> None:
    for text in ("en nemen jullie ook Payconiq", "of hebt u nog plaats op zaterdag", "En doen ge ook baarden"):
        assert _JOINED_ASK.match(text), text


def test_a_joined_statement_is_no_question() -> None:
    """Negative case: thanks, or the writer's own plans, joined with 'en' ask nothing."""
    for text in ("en bedankt jullie voor alles", "en ik kom morgen langs", "en morgen ga ik naar jullie toe"):
        assert not _JOINED_ASK.match(text), text


def test_a_joined_question_with_je_by_word_order_is_recognised() -> None:
    """'... een permanent? en werk je met producten zonder parfum': a verb before 'je' or 'jij' asks."""
    for text in ("en werk je met producten zonder parfum", "En doe jij ook baarden", "of heb je nog plaats vrijdag"):
        assert _JOINED_ASK.match(text), text


def test_a_joined_clause_with_je_that_tells_is_no_question() -> None:
    for text in ("en weet je wat er toen gebeurde", "en toen je belde was het te laat", "en zie je, het werkt niet"):
        assert not _JOINED_ASK.match(text), text
