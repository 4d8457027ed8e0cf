"""Tests of app/nlp/topic_occasion_age.py: the number an occasion is said with, and a number that is no age.
Sentences of our own."""

from __future__ import annotations

from typing import Any

from app.nlp.topic_occasion_age import age_number, counted, feast_day, in_a_year, named_years
from app.nlp.topics import topic_finder


def _doc(text: str) -> Any:
    return topic_finder()._doc(text)


def test_the_age_is_the_number_after_the_date_or_written_out() -> None:
    assert age_number(_doc("Oma werd op 12 maart 85 jaar"), 1, 7) == (85, "")  # '12' is the day, no age
    assert age_number(_doc("mijn vader werd tachtig"), 2, 4) == (80, "tachtig")


def test_a_number_with_a_unit_is_counted_not_an_age() -> None:
    assert counted(_doc("het werd 40 minuten later"), 1, 3)
    assert not counted(_doc("het werd 40 jaar"), 1, 3)  # near miss: years are an age


def test_a_feasts_second_day_is_no_ordinal_occasion() -> None:
    assert feast_day(_doc("op tweede pinksterdag open?"), 1, 3)
    assert not feast_day(_doc("op tweede verdieping"), 1, 3)


def test_a_year_before_the_occasion_dates_another_time() -> None:
    assert in_a_year(_doc("de klok die ze in 1985 kocht voor haar 30ste verjaardag"), 8)
    assert not in_a_year(_doc("de klok die ze kocht voor haar 30ste verjaardag"), 7)


def test_a_firms_years_are_cheered_with_its_name() -> None:
    assert named_years(_doc("30 jaar Fietsen Verbeek!"), 0, 3, 30)
    assert not named_years(_doc("30 jaar Verbeek en nu stoppen ze"), 0, 3, 30)  # no cheer, the sentence goes on
