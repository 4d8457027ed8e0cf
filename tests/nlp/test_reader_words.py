"""The word lists of resources/topic_readers.toml: they load per reader (broken, tried, waited, compared) as sets
of lower-case words, and a malformed file is refused with a message that names the table and list."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from app.errors import DataFileError
from app.nlp.reader_words import parse_reader_words, reader_words
from app.resources import resource_path


def _shipped() -> dict[str, Any]:
    return tomllib.loads(resource_path("topic_readers.toml").read_text(encoding="utf-8"))


def test_every_reader_has_its_words() -> None:
    words = reader_words()
    assert {"kapot", "kapotte"} <= words["broken"]["broken"] | words["broken"]["before_noun"]
    assert "gemaild" in words["tried"]["reaching"] and "mailtje" in words["tried"]["messages"]
    assert "gewacht" in words["waited"]["wait"] and "," in words["waited"]["clause_ends"]
    assert "nen" in words["compared"]["determiners"] and "eruit" in words["compared"]["looks"]


def test_words_are_made_lower_case() -> None:
    data = _shipped()
    data["compared"] = {**data["compared"], "than": ["ALS", " Dan "]}
    assert parse_reader_words(data)["compared"]["than"] == {"als", "dan"}


def test_a_table_missing_is_refused() -> None:
    data = _shipped()
    del data["waited"]
    with pytest.raises(DataFileError, match="waited"):
        parse_reader_words(data)


def test_an_empty_list_is_refused_by_its_table() -> None:
    data = _shipped()
    data["tried"] = {**data["tried"], "got": []}
    with pytest.raises(DataFileError, match="tried"):
        parse_reader_words(data)


def test_a_word_that_is_no_text_is_refused() -> None:
    data = _shipped()
    data["broken"] = {**data["broken"], "broken": ["kapot", 3]}
    with pytest.raises(DataFileError):
        parse_reader_words(data)


def test_one_units_list_in_parts_for_every_reader() -> None:
    from app.nlp.reader_words import units

    assert {"minuten", "kwartier", "dagen"} <= units("time") and not units("time") & {"jaar", "euro", "cm"}
    assert {"cm", "kilo", "liter"} <= units("measures") and "km" not in units("measures")
    assert "jaar" not in units("time", "measures", "other")  # 'mijn 50 jaar' may be an age
    assert units() == units("time", "years", "measures", "other", "people")
    assert {"leverde", "bezorgd"} <= reader_words()["counted"]["deliver"]


@pytest.mark.parametrize(("table", "name"), [("units", "measures"), ("counted", "before_count")])
def test_a_units_or_counted_list_missing_is_refused(table: str, name: str) -> None:
    data = _shipped()
    data[table] = {k: v for k, v in data[table].items() if k != name}
    with pytest.raises(DataFileError, match=name):
        parse_reader_words(data)


@pytest.mark.parametrize(("table", "name"), [("broken", "new_part_articles"), ("tried", "no_answer_channels")])
def test_the_articles_before_a_new_part_and_the_channels_load_and_are_checked(table: str, name: str) -> None:
    words = reader_words()
    assert {"een", "nen", "ne", "a"} <= words["broken"]["new_part_articles"]
    assert {"telefoon", "voicemail", "bandje", "e-mail"} <= words["tried"]["no_answer_channels"]
    for bad in ({k: v for k, v in _shipped()[table].items() if k != name}, {**_shipped()[table], name: []}):
        with pytest.raises(DataFileError, match=name):
            parse_reader_words({**_shipped(), table: bad})


def test_the_words_of_a_part_that_skips_load_and_are_checked() -> None:
    assert {"overslaat", "slipt", "doorsloeg"} <= reader_words()["broken"]["skips"]
    for bad in ({k: v for k, v in _shipped()["broken"].items() if k != "skips"}, {**_shipped()["broken"], "skips": []}):
        with pytest.raises(DataFileError, match="skips"):
            parse_reader_words({**_shipped(), "broken": bad})


def test_the_words_that_make_an_age_a_birthday_had_load_and_are_checked() -> None:
    became = reader_words()["occasion"]["became"]
    assert {"werd", "geworden", "jarig"} <= became and not became & {"wordt", "oud"}
    for bad in ({}, {"became": []}, {"became": ["werd", 3]}):
        with pytest.raises(DataFileError, match="occasion"):
            parse_reader_words({**_shipped(), "occasion": bad})
