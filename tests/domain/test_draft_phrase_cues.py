"""resources/phrase_cues.toml: the shipped file loads, and a bad file is refused with a DataFileError naming the
list."""

from __future__ import annotations

import functools
import re
import tomllib
from typing import Any

import pytest

from app.domain.draft_phrase_cues import LazyPattern, parse_phrase_cues, phrase_cues
from app.errors import DataFileError
from app.resources import resource_path


def _shipped() -> dict[str, Any]:
    return tomllib.loads(resource_path("phrase_cues.toml").read_text(encoding="utf-8"))


def test_the_shipped_lists_load_in_lower_case() -> None:
    cues = phrase_cues()
    assert "bv" in cues.example_abbreviations and "vandaag nog" in cues.today_said
    assert all(w == w.lower() for w in cues.booking_missing)


def test_an_entry_is_stripped_and_lower_case() -> None:
    data = {**_shipped(), "every": ["  Elke ", "IEDERE"]}
    assert parse_phrase_cues(data).every == ("elke", "iedere")


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"told_openers": []}, "told_openers"),  # an empty list matches everything or nothing
        ({"day_parts": ["ochtend", "  "]}, "day_parts"),  # an empty word
        ({"likened_verbs": ["lijk*"]}, "likened_verbs"),  # no stars: a word is as written
        ({"booked": "booked"}, "booked"),  # a list, not one string
        ({"english_how_whenn": ["online"]}, "english_how_whenn"),  # a typo in a name
    ],
)
def test_a_bad_list_is_refused(change: dict[str, Any], named: str) -> None:
    with pytest.raises(DataFileError, match=named):
        parse_phrase_cues({**_shipped(), **change}, "phrase_cues.toml")


def test_a_missing_list_is_refused() -> None:
    data = {k: v for k, v in _shipped().items() if k != "came_far_units"}
    with pytest.raises(DataFileError, match="came_far_units"):
        parse_phrase_cues(data, "phrase_cues.toml")


@pytest.mark.parametrize(
    "name",
    [
        "handy_words",
        "rhetorical_who",
        "cancelled",
        "cancelled_split",
        "cancelled_in_time",
        "cancelled_warned",
        "once_only_occasions",
        "open_as_ever",
        "diminutive_endings",
        "english_wanted",
        "english_wanted_end",
    ],
)
def test_the_lists_moved_out_of_the_code_load_and_a_bad_one_is_refused(name: str) -> None:
    assert getattr(phrase_cues(), name)
    for bad in ([], ["  "], ["woord*"], "woord"):
        with pytest.raises(DataFileError, match=name):
            parse_phrase_cues({**_shipped(), name: bad}, "phrase_cues.toml")
    with pytest.raises(DataFileError, match=name):
        parse_phrase_cues({k: v for k, v in _shipped().items() if k != name}, "phrase_cues.toml")


def test_a_lazy_pattern_stands_in_for_the_pattern_it_builds() -> None:
    built: list[int] = []

    def build() -> re.Pattern[str]:
        built.append(1)
        return re.compile(r"\b(?:dicht|toe|closed)\b", re.I)

    lazy = LazyPattern(functools.cache(build))
    assert not built  # nothing read at import
    assert lazy.search("Zijn jullie DICHT?") and [m.group(0) for m in lazy.finditer("toe of closed")] == [
        "toe",
        "closed",
    ]
    assert lazy.match("dicht met kerst") and not lazy.match("morgen dicht")
    assert lazy.fullmatch("Closed") and lazy.sub("open", "we zijn toe") == "we zijn open"
    assert lazy.findall("dicht, toe, dichtbij") == ["dicht", "toe"] and lazy.split("a toe b") == ["a ", " b"]
    assert lazy.pattern == r"\b(?:dicht|toe|closed)\b" and lazy.flags & re.I
    assert built == [1]  # built once, at first use
    with pytest.raises(AttributeError):
        lazy.no_such_thing  # noqa: B018
    with pytest.raises(AttributeError):
        lazy.__deepcopy__  # noqa: B018


def test_the_words_before_who_came_along_load_and_are_checked() -> None:
    assert phrase_cues().came_along_with[:2] == ("met", "mee")
    with pytest.raises(DataFileError, match="came_along_with"):
        parse_phrase_cues({k: v for k, v in _shipped().items() if k != "came_along_with"})
    with pytest.raises(DataFileError, match="came_along_with"):
        parse_phrase_cues({**_shipped(), "came_along_with": ["met", "sa*men"]})


_MOVED = (
    "indefinite_dialect", "asked_fillers", "told_person", "told_person_later", "at_yours", "holiday_on",
    "echoed_determiners", "english_stay_kinds", "english_kin", "english_came_to_places", "english_group_nouns",
)  # fmt: skip


@pytest.mark.parametrize("name", _MOVED)
def test_the_lists_once_in_python_load_and_are_checked(name: str) -> None:
    assert getattr(phrase_cues(), name) and all(w == w.lower().strip() for w in getattr(phrase_cues(), name))
    with pytest.raises(DataFileError, match=name):
        parse_phrase_cues({k: v for k, v in _shipped().items() if k != name})
    with pytest.raises(DataFileError, match=name):
        parse_phrase_cues({**_shipped(), name: ["a*"]})


def test_the_moved_lists_hold_what_the_code_held() -> None:
    cues = phrase_cues()
    assert {"nen", "ne"} <= set(cues.indefinite_dialect) and "ulder" in cues.at_yours and "uw zaak" in cues.at_yours
    assert "ze" in cues.told_person and "ze" not in cues.told_person_later and "tijdens" in cues.holiday_on
    assert {"co-workers", "coworkers"} <= set(cues.english_group_nouns) and "b&b" in cues.english_stay_kinds
