"""A thing said only after 'geen' ('geen excuus, geen koffie') is what the writer missed, not what the complaint
is about: the thing had ('een knipbeurt') comes first. Sentences of our own."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_a_thing_not_given_comes_after_the_thing_had() -> None:
    text = "Een uur te laat aan de beurt. Geen sorry, geen koffie. Dan een knipbeurt van tien minuten voor € 35."
    assert analyse_topics(text).products[0].text == "knipbeurt"


def test_a_thing_had_and_later_denied_keeps_its_place() -> None:
    """Negative case: the koffie was had ('de koffie was koud'), so it stays first."""
    text = "De koffie was koud en daarna kregen we geen koffie meer. De taart was wel lekker."
    assert analyse_topics(text).products[0].text == "koffie"


def test_a_thing_sold_out_stays_the_thing_of_the_complaint() -> None:
    """Negative case: 'al geen croissants meer' is what went wrong."""
    text = "Om 9u al geen croissants meer. De koffiekoeken zijn wel goed."
    assert analyse_topics(text).products[0].text == "croissants"
