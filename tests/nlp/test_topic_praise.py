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


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("De paling in 't groen was net als bij mijn moeder vroeger, en Lien zette een kaarsje op de taart.", "paling"),
        ("Die stoverij was precies zoals bij bomma! De kelner bracht er een kaarsje bij.", "stoverij"),
        ("de erwtensoep smaakte als bij m'n oma, en ze gaven een kaarsje voor mijn man", "erwtensoep"),
    ],
)
def test_tasting_like_at_home_is_praise(text: str, thing: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert praised and praised[0] == thing, praised
