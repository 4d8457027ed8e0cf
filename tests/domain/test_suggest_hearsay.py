"""A rumour passed on with a complaint or question around it follows the chart as a rumour."""

from __future__ import annotations

import pytest

from app.domain.suggest import label_with_topics, suggest
from app.domain.topics import TopicAnalysis
from app.nlp.topics import analyse_topics

HEARD = TopicAnalysis(hearsay=True)


@pytest.mark.parametrize("label", ["klacht", "vraag", "positief", "grap_satire"])
def test_hearsay_is_read_as_a_rumour(label: str) -> None:
    assert label_with_topics(label, {label: 0.9, "onwaarheid": 0.02}, HEARD) == "onwaarheid"


def test_insults_and_safety_keep_their_label() -> None:
    assert label_with_topics("beledigend", {"beledigend": 0.8}, HEARD) == "beledigend"
    heard_harm = TopicAnalysis(hearsay=True, safety=("vergiftiging",))
    assert label_with_topics("klacht", {"klacht": 0.8}, heard_harm) == "klacht"
    assert label_with_topics("klacht", {"klacht": 0.8}, TopicAnalysis()) == "klacht"


@pytest.mark.parametrize(
    "text",
    [
        "Las op een forum dat Garage Pronk €95 rekent voor alleen een apk-keuring. Zakkenrollers!",
        "Hoorde van mijn schoonzus dat de boekhandel geen bestellingen meer aanneemt, klopt dat?",
    ],
)
def test_suggest_walks_hearsay_as_a_rumour_and_says_so(text: str) -> None:
    out = suggest({"label": "klacht", "flags": [], "scores": {"klacht": 0.9}}, text, analyser=analyse_topics)
    assert out["label"] == "onwaarheid"
    assert out["assistant_label"] == "klacht"
    assert out["draft"]


def test_a_joke_about_the_business_april_fool_stays_a_joke() -> None:
    told = "Las op 1 april dat de bakker voortaan alleen nog blauwe broden bakt 😂 Mooi ingetuind!"
    assert label_with_topics("grap_satire", {"grap_satire": 0.8}, HEARD, told) == "grap_satire"
    # the same hearsay without an April fool's joke is a rumour, and an April date in a complaint changes nothing
    other = "Las dat de bakker voortaan alleen nog blauwe broden bakt 😂"
    assert label_with_topics("grap_satire", {"grap_satire": 0.8}, HEARD, other) == "onwaarheid"
    asked = "Hoorde dat jullie op 1 april dicht zijn, klopt dat?"
    assert label_with_topics("vraag", {"vraag": 0.8}, HEARD, asked) == "onwaarheid"
