"""What the writer paid for (app/nlp/topic_paid.py): the head of the noun phrase after the amount, never a colour or
an adjective of it, and not over the product the comment opens with. Sentences of our own (fixer c16)."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


def _first(text: str) -> str:
    return analyse_topics(text).products[0].text


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Wat een afzetterij, € 20 voor een bak lauwe soep.", "soep"),
        ("Zaterdag langs geweest: 9 euro voor een hoopje slappe frieten", "frieten"),
        ("Schandalig: 8 euro voor een bakje zure slaatjes", "slaatjes"),
    ],
)
def test_the_thing_paid_for_is_the_last_word_of_the_phrase(text: str, thing: str) -> None:
    assert _first(text) == thing


@pytest.mark.parametrize(
    "text",
    [
        "IJstaart besteld voor de verjaardag van mijn man, thuis gesmolten. €38 voor een plas roze water.",
        "Ijstaart gehaald om 10 uur, na een kwartier was het soep: 35 euro voor een bak gele pap",
        "Slagroomtaart opgehaald voor het feest, helemaal ingezakt. € 29 voor een hoop witte drab!",
    ],
)
def test_the_product_the_comment_opens_with_stays_first(text: str) -> None:
    assert _first(text) in {"ijstaart", "slagroomtaart"}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        # a time or place word after the thing is not the thing
        ("45 euro betaald voor een dure kleurbeurt gisteren en het is egaal oranje.", "kleurbeurt"),
        ("Ik betaalde 28 euro voor een grote vlaai zaterdag en die was droog.", "vlaai"),
        ("€ 80 betaald voor een nieuwe voorband vooraan en nu is hij weer plat", "voorband"),
        ("15 euro voor een halve kramiek vandaag, en hij was oud", "kramiek"),
        # after a measure or container the last word is the thing
        ("€ 19 voor een kleine portie scampi, echt weinig", "scampi"),
        ("8 euro betaald voor een schaaltje slappe frieten!", "frieten"),
    ],
)
def test_a_word_after_the_thing_is_taken_only_after_a_measure_or_container(text: str, thing: str) -> None:
    assert _first(text) == thing


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Volkorenbrood van gisteren was vanbinnen nat. €3,10 voor deeg met een korstje eromheen.", "volkorenbrood"),
        ("De appeltaart was droog als stro. 24 euro voor karton met wat appel.", "appeltaart"),
    ],
)
def test_a_bare_noun_after_the_amount_scorns_the_thing_named_before(text: str, thing: str) -> None:
    assert _first(text) == thing
    assert _first("Zaterdag langs geweest: 9 euro voor een hoopje slappe frieten") == "frieten"


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        # a measure or container paid for is what the thing named before came in, not the thing (r107-03 kind)
        ("jullie speculaasbrokken waren keihard. €6,95 voor een zakje... beetje jammer", "speculaasbrokken"),
        ("De bonbons smaakten naar niks, € 12 voor een doosje!", "bonbons"),
    ],
)
def test_a_measure_paid_for_leaves_the_thing_named_first(text: str, thing: str) -> None:
    assert _first(text) == thing
