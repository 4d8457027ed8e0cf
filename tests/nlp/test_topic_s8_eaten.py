"""The dish eaten before food poisoning (app.nlp.topic_eaten): found in the sentence with a verb of
eating or ordering, never a place, a companion or a verb after 'ons'."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def _first(text: str) -> str:
    topics = analyse_topics(text)
    assert "vergiftiging" in topics.safety
    return topics.products[0].text


def test_the_dish_in_the_eating_sentence_comes_first() -> None:
    assert _first("Vrijdag met collega's geluncht, ik de gegrilde inktvis. 's Nachts lag ik op de wc, doodziek.") == (
        "inktvis"
    )
    assert _first("Drie van ons namen de paella en zijn allemaal ziek geworden, de rest at de pizza.") == "paella"


def test_the_writer_who_ate_it_comes_before_others() -> None:
    text = (
        "Mijn zoon en ik hebben de kipnuggets gegeten. Mijn vrouw had de soep en had nergens last van. "
        "Wij waren allebei misselijk en moesten overgeven."
    )
    topics = analyse_topics(text)
    assert topics.products[0].text == "kipnuggets" and topics.people[0] == "zoon"
