"""The staff and crew readers (app/nlp/topic_staff.py) read their words from resources/praise.toml: who of the
business a lower-case name is, where someone works, the part of the staff a compliment is passed on to."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from app.domain.datafile import read_toml
from app.errors import DataFileError
from app.nlp.praise_words import parse_praise_words, praise_words
from app.nlp.topics import analyse_topics
from app.resources import resource_path

_STAFF_LISTS = ("staff_verbs", "thanked_to", "crews", "handed", "handed_between", "works_at")


def _shipped() -> dict[str, Any]:
    return copy.deepcopy(read_toml(resource_path("praise.toml")))


def test_the_staff_lists_load() -> None:
    words = praise_words()
    assert {"die", "knipte"} <= words.staff_verbs
    assert "merci" in words.thanked_to and "keuken" in words.crews and "chapeau" in words.handed
    assert "'t" in words.handed_between and "achter" in words.works_at


@pytest.mark.parametrize(
    ("text", "crew"),
    [
        ("Chapeau KEUKEN, wat een gerechten", "keuken"),
        ("dikke pluim voor de hele bediening!", "bediening"),
        ("Complimenten aan 't werkplaats-team", ""),  # 'werkplaats-team' is no crew word of its own
        ("De receptie was echt top", "receptie"),
        ("thanks to the kitchen", ""),
        ("top zaak, top service", ""),
    ],
)
def test_a_compliment_passed_on_to_a_crew(text: str, crew: str) -> None:
    assert analyse_topics(text).crew == crew


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("merci aan jolien voor de snelle hulp", "Jolien"),
        ("sanne knipte m'n pony precies goed", "Sanne"),
        ("Mila achter de bar maakte de beste cocktails", "Mila"),
        ("eerste keer hier en yara (nieuw hier denk ik) knipte me echt strak", "Yara"),
    ],
)
def test_staff_by_the_words_around_a_name(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


@pytest.mark.parametrize("key", _STAFF_LISTS)
def test_a_missing_staff_list_is_refused_by_name(key: str) -> None:
    data = _shipped()
    del data[key]
    with pytest.raises(DataFileError, match=key):
        parse_praise_words(data)


@pytest.mark.parametrize("bad", [[], ["  "], "keuken", [7]])
def test_a_malformed_staff_list_is_refused(bad: object) -> None:
    with pytest.raises(DataFileError, match="crews"):
        parse_praise_words({**_shipped(), "crews": bad})


def test_the_words_come_from_the_table() -> None:
    words = parse_praise_words({**_shipped(), "crews": ["Afwas"]})
    assert words.crews == frozenset({"afwas"})


def test_a_lower_case_name_with_an_aside_but_no_deed_is_no_staff() -> None:
    # near miss: the aside is followed by no verb of what she did
    assert "Yara" not in analyse_topics("ik was er met yara (mijn zus) en we vonden het top").names
