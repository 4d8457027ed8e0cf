"""Praise found in a comment (app.nlp.topic_praise): the business's own thing said with a dialect 'jullie'."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Julder frietjes zijn de beste van 't dorp!!", "frietjes"),
        ("ULDER stoofvlees was weer subliem", "stoofvlees"),
        ("ulle pralines zijn echt zalig 😍", "pralines"),
        ("de taart van julder was top", "taart"),
    ],
)
def test_a_dialect_yours_is_no_part_of_the_thing_praised(text: str, thing: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert praised and praised[0] == thing, praised
