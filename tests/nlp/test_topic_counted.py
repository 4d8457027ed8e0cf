"""Tests of app/nlp/topic_counted.py: a plural counted after a verb of giving is a thing, and odd digits do no harm."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize("text", ["leverde ² taarten", "bakte ¹ broden", "bracht ³ stuks vlaaien"])
def test_a_superscript_digit_is_no_count_and_no_crash(text: str) -> None:
    analyse_topics(text)  # '²'.isdigit() is true, int('²') fails: no count is read from it


def test_a_plural_counted_after_a_verb_of_giving_is_a_thing() -> None:
    found = analyse_topics("Gisteren leverde de bakker 40 saucijzenbroodjes voor ons teamuitje, allemaal op!")
    assert any("saucijzenbroodjes" in p.text for p in found.products), found.products


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Vrijdag BEZORGDE jullie 25 appelflappen op kantoor, heerlijk!", "appelflappen"),
        ("jullie hebben 12 kerststollen afgeleverd, top", "kerststollen"),
        ("leverde 60 mattentaarten en een paar rijsttaarten, merci!", "rijsttaarten"),
    ],
)
def test_a_counted_order_delivered_is_a_thing(text: str, thing: str) -> None:
    assert any(thing in p.text.lower() for p in analyse_topics(text).products)


@pytest.mark.parametrize(
    "text", ["leverde binnen 45 minuten", "bezorgd voor 30 personen", "leverde na 3 dagen", "bezorgde 20 kilo"]
)
def test_a_unit_or_a_word_before_the_count_is_no_thing(text: str) -> None:
    words = {p.text.lower() for p in analyse_topics(text).products}
    assert not words & {"minuten", "personen", "dagen", "kilo"}, words


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Vorige week 30 kletskoppen besteld voor ons personeelsfeest, om 4 uur nog niks", "kletskoppen"),
        ("had 12 boterkoekjes bij jullie gekocht en de helft was verbrand", "boterkoekjes"),
        ("Wij hebben 40 zandtaartjes besteld. Er kwamen er 25.", "zandtaartjes"),
        ("'k heb 6 krakelingskes besteld voor de communie, nooit gekregen", "krakelingskes"),
    ],
)
def test_a_count_before_the_participle_of_ordering_is_the_thing_named_first(text: str, thing: str) -> None:
    found = analyse_topics(text).products
    assert found and found[0].text.lower() == thing, found


@pytest.mark.parametrize("text", ["Ik heb 2 uur gewacht en toen besteld", "met 5 vrienden besteld, alles top"])
def test_a_time_or_company_before_the_participle_is_no_thing(text: str) -> None:
    words = {p.text.lower() for p in analyse_topics(text).products}
    assert not words & {"uur", "vrienden"}, words
