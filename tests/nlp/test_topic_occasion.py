"""Whose occasion it is (app/nlp/topic_occasion.py)."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "25 jaar getrouwd en dat gevierd met onze kinderen bij jullie, het was top.",
        "Ons 40-jarig huwelijksjubileum gevierd mee onze kinders en kleinkinders, merci!",
        "Zilveren bruiloft gevierd samen met mijn zus en haar man, wat een avond.",
        "50 jaar getrouwd, gevierd met m'n dochters en hun gezinnen. Heerlijk gegeten!",
    ],
)
def test_who_came_along_does_not_own_the_occasion(text: str) -> None:
    assert analyse_topics(text).owner == ""


def test_whose_occasion_is_still_said_with_van() -> None:
    assert analyse_topics("De gouden bruiloft van mijn ouders gevierd, samen met de buren.").owner == "ouders"
    assert analyse_topics("Voor de verjaardag van mijn moeder een taart gehaald.").owner == "moeder"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Merci voor de taart voor de gouden bruiloft van ons moeke en vake, ze waren er stil van.", "ouders"),
        ("Bedankt voor de bloemen voor mijn vader en moeder hun robijnen bruiloft!!", "ouders"),
        ("de zilveren bruiloft van opa en oma was top dankzij jullie taart", "grootouders"),
        ("Diamanten bruiloft van bompa en bomma gevierd bij jullie, subliem eten.", "grootouders"),
    ],
)
def test_a_wedding_anniversary_is_the_couples(text: str, owner: str) -> None:
    assert analyse_topics(text).owner == owner


def test_a_birthday_stays_one_persons_with_a_couple_named() -> None:
    assert analyse_topics("De verjaardag van mijn moeder gevierd, met vader en moeder erbij.").owner == "moeder"


def test_the_words_before_who_came_along_are_read_from_phrase_cues() -> None:
    from app.domain.draft_phrase_cues import phrase_cues

    assert {"met", "mee", "samen", "with"} <= set(phrase_cues().came_along_with)
    assert analyse_topics("Celebrated our 30th wedding anniversary with our kids, lovely evening.").owner == ""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Clubrit van de wielerclub zaterdag, 30 man in de regen, en Jan stond klaar met koffie. Toppers!", "clubrit"),
        ("Op onze kerstrit had Wim voor iedereen warme soep, merci!", "kerstrit"),
        ("Groepsrit mè de vrienden, Els had bidons en koffie mee, plezant!", "groepsrit"),
        ("NIEUWJAARSRIT met de MTB-ploeg en jullie stonden er met een pomp, top", "nieuwjaarsrit"),
    ],
)
def test_a_ride_of_a_club_is_the_occasion_as_said(text: str, said: str) -> None:
    topics = analyse_topics(text)
    assert (topics.occasion, topics.occasion_words) == ("uitje", said)


def test_a_test_ride_is_no_occasion() -> None:
    assert analyse_topics("Kunnen wij op zaterdag een proefrit maken?").occasion == ""


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        ("Abraham gezien in jullie feestzaal, 60 gasten en alles liep gesmeerd!", "abraham"),
        ("ons ma heeft Sarah gezien en we hebben het bij jullie gevierd, zalig eten", "sarah"),
        ("Mijn Abrahamfeest bij De Linde was top, de hapjes waren heerlijk", "abraham"),
        ("Gisteren Sarah gevierd met de hele familie in jullie bovenzaal. Dank!", "sarah"),
    ],
)
def test_seeing_abraham_or_sarah_is_the_fiftieth_celebrated(text: str, occasion: str) -> None:
    assert analyse_topics(text).occasion == occasion


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Mijn ouders waren 50 jaar getrouwd, gouden bruiloft! De taart was top.", "gouden bruiloft"),
        ("zilveren bruiloft gevierd, 25 jaar getrouwd en nog altijd verliefd", "zilveren bruiloft"),
        ("Ons moeke en vake zijn 60 jaar getrouwd, hun diamanten huwelijk was schoon", "diamanten huwelijk"),
        ("Opa en oma 65 jaar getrouwd (briljanten bruiloft), merci voor de taart", "briljanten bruiloft"),
    ],
)
def test_an_anniversary_named_by_its_metal_keeps_that_name(text: str, said: str) -> None:
    assert analyse_topics(text).occasion_words == said


def test_years_married_without_a_name_stay_years() -> None:
    assert (
        analyse_topics("We waren 40 jaar getrouwd en vierden het bij jullie").occasion_words
        == "40-jarig huwelijksjubileum"
    )
