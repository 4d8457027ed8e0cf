"""Tests of app/nlp/topic_wish_sentences.py: the sentences of a comment that wish for something or name a
minus point."""

from __future__ import annotations

import pytest

from app.nlp.topic_wish_sentences import wish_sentences
from app.nlp.topics import topic_finder


def _said(text: str, minus_only: bool = False) -> str:
    doc = topic_finder()._doc(text)
    return " ".join(doc[i].text for i in sorted(wish_sentences(doc, minus_only=minus_only)))


@pytest.mark.parametrize(
    ("text", "wished", "minus"),
    [
        ("Ze hebben me een e-bike laten proberen en misschien koop ik hem.", "", ""),  # let: done, not wished
        (
            "Misschien kunnen jullie ook eens glutenvrij brood verkopen? De rest is top.",
            "Misschien kunnen jullie ook eens glutenvrij brood verkopen ?",
            "",
        ),
        (
            "ik mocht de fiets proberen, alleen jammer dat de zadel te hoog stond",  # the comma starts the minus point
            "alleen jammer dat de zadel te hoog stond",
            "alleen jammer dat de zadel te hoog stond",
        ),
        (
            "Je liet me proberen. Misschien zouden jullie ook taart kunnen verkopen",  # 'liet' is the sentence before
            "Misschien zouden jullie ook taart kunnen verkopen",
            "",
        ),
        # 'alleen' after what was asked for is 'only', no minus point ('wilde alleen', 'vroeg alleen')
        ("Mijn zoon wilde alleen de zijkanten korter. Hij kwam thuis met een kale kop.", "", ""),
        ("Ik vroeg alleen de remmen na te kijken en kreeg een rekening van 200 euro.", "", ""),
        # what someone would have felt or done is a past that did not happen, no wish
        ("De bonbons waren heerlijk, opa zou ervan genoten hebben.", "", ""),
        ("De krentenbollen waren top, mijn zus zou blij geweest zijn.", "", ""),
        # ... but with an 'als' it is one
        (
            "Ik zou het fijn gevonden hebben als er spelt was.",
            "Ik zou het fijn gevonden hebben als er spelt was .",
            "",
        ),
    ],
)
def test_wishes_and_minus_points_by_sentence(text: str, wished: str, minus: str) -> None:
    assert _said(text) == wished and _said(text, minus_only=True) == minus


def test_a_long_text_without_a_sentence_end_is_read_whole() -> None:
    text = " ".join(["misschien kunnen jullie ook eens een lamp verkopen want ze hebben me de fiets gegeven"] * 60)
    doc = topic_finder()._doc(text)
    assert len(wish_sentences(doc)) == len(doc)  # one sentence, a wish: every token in it
