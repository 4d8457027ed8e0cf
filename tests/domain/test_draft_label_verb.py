"""A label made of a verb the question used, dropped (app/domain/draft_label_verb.py)."""

from __future__ import annotations

import pytest

from app.domain.draft_label_verb import verb_label_dropped


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Over bezorgt: binnen Leiden gratis.", "Binnen Leiden gratis."),
        ("Dag Ans! Over gehuurd: een bakfiets € 40 per dag.", "Dag Ans! Een bakfiets € 40 per dag."),
        ("Over repareert: fietsen van elk merk.", "Fietsen van elk merk."),
    ],
)
def test_a_label_of_a_verb_is_dropped(text: str, said: str) -> None:
    assert verb_label_dropped(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "Over parkeren: achter de winkel.",  # an infinitive said as a noun
        "Over het ontbijt: vanaf 8 uur.",  # an article: a thing
        "Over ontbijt: vanaf 8 uur.",  # a listed noun ending in -t
        "Over vegan: ja, twee gerechten.",  # no verb ending
        "Over Gazelle: ja, alle modellen.",  # a name
        "Over gehuurd: [vul in: ja, … / nee, wel …].",  # a slot needs its label
        "Je vroeg het. Over bezorgt: kan ook.".replace("Over bezorgt", "over bezorgt"),  # inside a sentence
    ],
)
def test_any_other_label_stays(text: str) -> None:
    assert verb_label_dropped(text) == text
