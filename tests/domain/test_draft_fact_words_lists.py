"""Word lists moved from drafting.py into resources/fact_words.toml: fetching, pets, occasions achieved."""

from __future__ import annotations

import re
import tomllib
from types import SimpleNamespace

import pytest

from app.domain import draft_fact_words
from app.domain.draft_fact_words import WEEKDAY, fact_words, fetches, week_days
from app.resources import resource_path


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


# The lists moved from Python into resources/fact_words.toml (question focus, clock days, time units, prepositions).
_MOVED = ("not_focus", "day_parts", "near_days", "time_units", "prepositions")


def test_the_moved_lists_come_from_the_data() -> None:
    words = fact_words()
    assert {"prijs", "personen", "kaart"} <= words.not_focus and not words.not_focus & words.weekdays
    assert {"avond", "ochtend", "noen"} <= words.day_parts and "morgen" in words.near_days
    assert {"uur", "u", "minuten"} <= words.time_units and "personen" not in words.time_units
    assert {"op", "tijdens", "tegen"} <= words.prepositions and "en" not in words.prepositions


@pytest.mark.parametrize("name", _MOVED)
@pytest.mark.parametrize("bad", [[], ["ochtend", 3], "ochtend", None])
def test_a_moved_list_that_is_no_list_of_words_is_refused_by_name(
    name: str, bad: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tomllib.loads(resource_path("fact_words.toml").read_text(encoding="utf-8"))
    if bad is None:
        del data[name]
    else:
        data[name] = bad
    monkeypatch.setattr(draft_fact_words, "tomllib", SimpleNamespace(loads=lambda _text: data))
    draft_fact_words.fact_words.cache_clear()
    try:
        with pytest.raises(ValueError, match=rf"fact_words\.toml: '{name}' must be a list of words"):
            draft_fact_words.fact_words()
    finally:
        draft_fact_words.fact_words.cache_clear()
