"""Tests of app/nlp/topic_counted.py: a plural counted after a verb of giving is a thing, and odd digits do no harm."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize("text", ["leverde ² taarten", "bakte ¹ broden", "bracht ³ stuks vlaaien"])
def test_a_superscript_digit_is_no_count_and_no_crash(text: str) -> None:
    analyse_topics(text)  # '²'.isdigit() is true, int('²') fails: no count is read from it


def test_a_plural_counted_after_a_verb_of_giving_is_a_thing() -> None:
    found = analyse_topics("Gisteren leverde de bakker 40 saucijzenbroodjes voor ons teamuitje, allemaal op!")
    assert any("saucijzenbroodjes" in p.text for p in found.products), found.products
