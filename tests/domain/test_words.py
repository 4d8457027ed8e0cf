"""The one way a word list becomes a regex (app/domain/words.py: alternation, word_regex)."""

from __future__ import annotations

import re

import pytest

from app.domain.words import (
    MONTH_NAMES,
    MONTH_WORDS,
    alternation,
    pointing_alternation,
    theirs_alternation,
    word_regex,
)


def test_longest_entry_first_so_a_longer_phrase_wins() -> None:
    assert alternation(("Balen", "Balen van", "Bah")) == r"Balen\ van|Balen|Bah"
    found = re.search(f"(?:{alternation(('succes', 'succes met', 'sterkte'))})", "Veel succes met je examen!")
    assert found is not None and found[0] == "succes met"


def test_entries_are_escaped_not_read_as_regex() -> None:
    pattern = word_regex(("m'n", "a.s.", "c++", "(tijdelijk)"))
    assert pattern.search("zie je a.s. zaterdag") is not None
    assert pattern.search("zie je aXsX zaterdag") is None
    assert pattern.search("ik leer C++ en m'n broer ook") is not None
    assert pattern.search("Open (tijdelijk) tot 8u") is not None


def test_whole_words_only_unless_the_start_of_a_word_is_asked() -> None:
    pattern = word_regex(("gratis", "betaal"))
    assert pattern.search("GRATIS parkeren") is not None
    assert pattern.search("het is betaalparking geworden") is None
    assert pattern.search("ongratis") is None
    assert word_regex(("betaal",), starts=True).search("het is Betaalparking geworden") is not None
    assert word_regex(("betaal",), starts=True).search("onbetaalbaar") is None


def test_case_follows_the_flags() -> None:
    assert word_regex(("Spijtig",), 0).search("spijtig dat") is None
    assert word_regex(("Spijtig",), 0).search("Spijtig dat") is not None
    assert word_regex(("Spijtig",)).search("SPIJTIG dat") is not None


def test_spaced_and_starred_entries() -> None:
    words = alternation(("alleen wel", "minpunt*", "*bang"), spaced=True, stars=True)
    pattern = re.compile(rf"\b(?:{words})\b", re.I)
    assert pattern.search("Alleen   wel jammer") is not None
    assert pattern.search("één minpuntje: de koffie") is not None
    assert pattern.search("ik was doodsbang") is not None
    assert pattern.search("alleenwel") is None
    # without stars a '*' is a character like any other
    assert re.search(alternation(("5*",)), "een 5* hotel") is not None


def test_the_same_list_is_compiled_once() -> None:
    assert word_regex(("sorry", "excuus")) is word_regex(("sorry", "excuus"))


@pytest.mark.parametrize("words", [(), ("",), ("helaas", "  "), ("*",)])
def test_an_empty_list_or_entry_is_a_clear_error(words: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="mag niet leeg zijn"):
        alternation(words, stars=True)


def test_the_writers_possessives_are_one_set_for_every_module() -> None:
    import re

    from app.domain.words import MINE, OURS, possessive_alternation
    from app.nlp.topic_words import MY, POSSESSIVE

    assert {"mijn", "m'n", "mn"} == MINE and {"ons", "onze"} == OURS
    assert MY == MINE and MINE | OURS < POSSESSIVE
    pattern = re.compile(rf"\b(?:{possessive_alternation()})\b", re.I)
    found = [m.group(0) for m in pattern.finditer("Mijn fiets, m'n band, MN helm, onze tent en ons huis")]
    assert found == ["Mijn", "m'n", "MN", "onze", "ons"]
    assert not pattern.search("mijnheer en de onzekerheid")


def test_whole_word_matches_the_word_alone_and_is_compiled_once() -> None:
    from app.domain.words import whole_word

    assert whole_word("taart").search("De TAART was top!")
    assert not whole_word("taart").search("de taarten en de appeltaartjes")
    assert whole_word("m'n fiets").search("ik zag m'n fiets staan")
    assert whole_word("taart") is whole_word("taart")


def test_someone_elses_as_one_alternation() -> None:
    theirs = re.compile(rf"\b(?:{theirs_alternation()})\s+(\w+)", re.I)
    said = "zijne tand en z'n oor en haar hand, niet mijn knie"
    assert [m[1] for m in theirs.finditer(said)] == ["tand", "oor", "hand"]


@pytest.mark.parametrize("word", ["daarvan", "ermee", "hierop", "daarheen", "ernaartoe", "erop"])
def test_words_that_point_back(word: str) -> None:
    assert re.fullmatch(pointing_alternation(), word)


@pytest.mark.parametrize("word", ["waarvan", "erg", "daar", "hier", "ervaring"])
def test_words_that_do_not_point_back(word: str) -> None:
    assert not re.fullmatch(pointing_alternation(), word)  # 'waarvan' asks; only with 'waar' among the heads
    assert re.fullmatch(pointing_alternation(("er", "daar", "hier", "waar")), "waarvan")


def test_the_month_words_are_every_month_name_as_one_alternation() -> None:
    assert re.fullmatch(rf"(?:{MONTH_WORDS})", "september") is not None
    assert all(re.fullmatch(rf"(?:{MONTH_WORDS})", m) for m in MONTH_NAMES)
    # not a word that only starts like a month ('meiboom'), nor a short month ('sept')
    assert re.fullmatch(rf"(?:{MONTH_WORDS})", "meiboom") is None
    assert re.fullmatch(rf"(?:{MONTH_WORDS})", "sept") is None


def test_a_possessive_before_a_noun_is_the_whole_word_whatever_the_order_of_the_alternation() -> None:
    # the draft modules write '(?:{possessive_alternation()})\s+<noun>' (draft_extras, draft_home, draft_said, ...)
    from app.domain.words import possessive_alternation

    before_noun = re.compile(rf"\b(?:{possessive_alternation()})\s+(?P<noun>\w+)", re.I)
    assert [m.group("noun") for m in before_noun.finditer("Onze kat en ons konijn, m'n hond")] == [
        "kat",
        "konijn",
        "hond",
    ]
    assert before_noun.search("mijnheer Peeters") is None  # near miss: a word that starts like one
