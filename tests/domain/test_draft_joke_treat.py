"""The treat a diet joke is about (app/domain/draft_joke_treat.py): the thing nearest to the diet, and what a treat
only frames. Sentences of our own."""

from __future__ import annotations

import re

from app.domain.draft_joke_treat import framed, nearest_treat
from app.domain.topics import Mention
from app.nlp.topics import analyse_topics


def test_the_treat_nearest_to_the_diet_broke_it() -> None:
    text = "Ik wilde afvallen, maar na jullie bitterballen en de friet moest mijn riem een gaatje verder."
    treat = nearest_treat(analyse_topics(text), text, re.compile(r"riem een gaatje verder", re.I))
    assert treat is not None and treat.text == "friet"  # not the belt itself, nor the bitterballen further off


def test_a_box_of_treats_is_the_treats() -> None:
    text = "We kregen een doos vol bonbons cadeau."
    topics = analyse_topics(text)
    found = framed(Mention("doos"), topics, text)
    assert found is not None and found.text == "bonbons"
    assert framed(None, topics, text) is None
