"""Word lists moved from drafting.py into resources/fact_words.toml: fetching, pets, occasions achieved."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_fact_words import WEEKDAY, fact_words, fetches, week_days


@pytest.mark.parametrize(
    "text", ["Ik moet nog een binnenband halen", "wil morgen brood KOPEN", "kan ik de taart komen halen?", "afhalen"]
)
def test_coming_to_get_a_thing(text: str) -> None:
    assert fetches(text)


@pytest.mark.parametrize("text", ["Wat kost een binnenband?", "de ophaaldienst", "ik haal hem op"])
def test_not_coming_to_get_a_thing(text: str) -> None:
    assert not fetches(text)


def test_pets_and_achieved_occasions_come_from_the_data() -> None:
    words = fact_words()
    assert {"hond", "kat"} <= words.animals and "dochter" not in words.animals
    assert "diploma" in words.achieved and "verjaardag" not in words.achieved


def test_the_weekday_fragment_matches_exactly_the_weekdays_of_the_data() -> None:
    whole = re.compile(rf"{WEEKDAY}", re.I)
    assert all(whole.fullmatch(day) for day in week_days())
    assert whole.fullmatch("Zondag") and not whole.fullmatch("feestdag") and not whole.fullmatch("dag")
    assert len(week_days()) == 7


def test_allergy_words_come_from_the_data() -> None:
    words = fact_words()
    assert {"allergie", "intolerantie"} <= words.allergy_heads
    assert "gereageerd" in words.reacted and "mail" in words.message_words
    assert all(w == w.lower() for w in words.allergy_heads | words.reacted | words.message_words)
