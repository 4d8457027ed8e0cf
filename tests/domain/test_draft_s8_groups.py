"""Praise from a school or club: the writer's own event week and the group the work was for are named,
and an organisation's name ('IKC De Essenkamp', 'Campus Kempenland') is no first name."""

from __future__ import annotations

import pytest

from app.domain.draft_names import first_name
from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tijdens onze sportweek mochten de kinderen bij jullie taartjes versieren, top!", "sportweek"),
        ("Dank voor de lunch op onze themaweek, iedereen smulde.", "themaweek"),
    ],
)
def test_the_writers_own_week_is_the_occasion(text: str, words: str) -> None:
    found = analyse_topics(text)
    assert (found.occasion, found.occasion_words) == ("uitje", words)


def test_a_working_week_or_holiday_week_is_no_event() -> None:
    assert analyse_topics("Mijn werkweek was zwaar, maar de taart maakte veel goed.").occasion_words != "werkweek"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Vier scholieren van ons liepen een snuffelstage in de bakkerij en vonden het geweldig.", "Vier scholieren"),
        ("Namens alle pupillen van de JO9: bedankt voor de gratis fietsbel!", "alle pupillen"),
        ("Twaalf cursisten leerden bij jullie vlechten, wat een middag.", "Twaalf cursisten"),
    ],
)
def test_a_counted_group_of_pupils_or_students_is_the_writers_group(text: str, group: str) -> None:
    assert analyse_topics(text).group == group


@pytest.mark.parametrize("author", ["OBS De Klimop", "KBO Oosterhout", "Campus De Vesten", "Sint-Jozefcollege"])
def test_a_school_or_club_name_is_no_first_name(author: str) -> None:
    assert first_name(author) == ""


def test_a_name_in_capitals_is_still_a_name() -> None:
    assert first_name("JAN DE VRIES") == "Jan"
    assert first_name("Marloes Kamphuis, HR De Bolder") == "Marloes"
