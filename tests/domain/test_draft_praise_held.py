"""A named thing made ready to ride again, said back (app.domain.draft_praise_held.renewed_said): the writer's own
or one of the writer's people's. Sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.draft_praise_held import renewed_said


@pytest.mark.parametrize(
    ("text", "poss", "said"),
    [
        ("Henk heeft de oude Gazelle van mijn opa (†2020) weer rijklaar gemaakt!", "je", "de oude Gazelle van je opa"),
        ("jullie hebben de Vespa van m'n moeder zaliger terug rijklaar gemaakt", "uw", "de Vespa van uw moeder"),
        ("Mijn Batavus is opnieuw als nieuw gemaakt door Ilse", "je", "je Batavus"),
        ("de KOGA van mijn zus weer klaar voor de weg gemaakt, merci", "uw", "de KOGA van uw zus"),
    ],
)
def test_a_named_thing_made_ready_again_is_said_back_with_whose_it_is(text: str, poss: str, said: str) -> None:
    assert renewed_said(text, poss).startswith(said)
    assert renewed_said(text, poss).endswith(" is")


@pytest.mark.parametrize(
    "text",
    [
        "Henk heeft de fiets weer rijklaar gemaakt!",  # no name: the thanks names the bike by itself
        "ze hebben de Gazelle terug rijklaar gemaakt",  # whose it is not said
        "de Gazelle van mijn fietsenmaker weer rijklaar gemaakt",  # no one of the writer's people
    ],
)
def test_nothing_is_said_back_without_a_name_or_whose_it_is(text: str) -> None:
    assert renewed_said(text, "je") == ""


@pytest.mark.parametrize(
    ("text", "poss", "said"),
    [
        ("Mijn vintage Vespa rijdt weer als nieuw!", "je", "je vintage Vespa weer als nieuw rijdt"),
        ("Onze antieke Solex loopt nu weer als een zonnetje", "uw", "uw antieke Solex weer als een zonnetje loopt"),
        ("m'n trouwe Gazelle uit '98 rolt weer soepel", "je", "je trouwe Gazelle uit '98 weer soepel rolt"),
        (
            "Jullie hebben de klassieke Eddy Merckx van mn pa terug rijklaar gemaakt",
            "uw",
            "de klassieke Eddy Merckx van uw pa",
        ),
        ("jullie hebben mijn gerestaureerde Batavus opnieuw rijklaar gemaakt", "je", "je gerestaureerde Batavus"),
    ],
)
def test_the_owned_adjectives_of_praise_toml_name_the_thing_worked_on(text: str, poss: str, said: str) -> None:
    assert renewed_said(text, poss).startswith(said), renewed_said(text, poss)


def test_a_praise_list_that_is_no_list_of_words_is_refused(tmp_path: Path) -> None:
    from app.domain.draft_praise_held import praise_list
    from app.errors import DataFileError

    bad = tmp_path / "praise.toml"
    bad.write_text('schema = 1\nowned_adjectives = []\nbroken = ["lekke", 3]\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="owned_adjectives"):
        praise_list("owned_adjectives", bad)
    with pytest.raises(DataFileError, match="broken"):
        praise_list("broken", bad)
    assert "vintage" in praise_list("owned_adjectives")
