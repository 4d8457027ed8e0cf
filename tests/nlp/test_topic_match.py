"""Tests of app/nlp/topic_match.py: the sentences of a comment that wish for something or name a minus point."""

from __future__ import annotations

import pytest

from app.nlp.topic_match import wish_sentences
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


def test_a_capitalised_word_after_a_sentence_opener_is_no_name() -> None:
    from app.nlp.topics import analyse_topics

    # 'Voor' opens the second sentence: 'Vaderdag' after it is the feast, not part of a name ('PC Dokter')
    text = "We wonen sinds kort in Lelystad. Voor Vaderdag een kruidkoek bij jullie gehaald, pa was er blij mee."
    assert analyse_topics(text).occasion == "moederdag"


def test_a_spoken_me_before_ones_people_is_mine_only_after_a_preposition() -> None:
    from app.nlp.topics import analyse_topics

    assert "zus" in analyse_topics("Ik was er met me zus en het eten was koud.").people
    assert "zus" not in analyse_topics("Ze gaven me zus haar jas niet terug.").people
