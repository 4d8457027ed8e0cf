"""Tests of app/nlp/topic_quoted.py: quoted speech is words someone said, not things the comment is about.
Sentences of our own."""

from __future__ import annotations

import pytest

from app.nlp.topic_quoted import quoted_speech
from app.nlp.topics import topic_finder


def _quoted(text: str) -> list[str]:
    doc = topic_finder()._doc(text)
    return [doc[i].text for i in sorted(quoted_speech(doc))]


def test_a_sentence_someone_said_is_quoted_speech() -> None:
    said = _quoted("Hij zei 'dan moet je maar eerder komen' en liep weg.")
    assert said == ["dan", "moet", "je", "maar", "eerder", "komen"]


@pytest.mark.parametrize(
    "text",
    [
        "Een 'simpele' vervanging kostte 80 euro.",  # the writer's own word in quotes
        "'k Heb mijn fiets gebracht en 't is nog niet klaar.",  # apostrophes that elide a word's start
    ],
)
def test_no_quoted_speech_without_a_sentence_said(text: str) -> None:
    assert _quoted(text) == []
