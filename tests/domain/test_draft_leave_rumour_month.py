"""A rumour that the business stops in a month ('stopt er in maart mee') when the profile's holiday lines close it
then, and a closing line written with short weekdays ('wo 2 t/m di 8 maart'): the reply names that closing and the
day it opens again. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_holiday_lines import spelled_days
from app.domain.draft_leave_rumour import back_on, leave_of_rumour
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_ENTRIES = [
    ("Voorjaarsvakantie", "zaak gesloten van wo 2 t/m di 8 maart, weer open op wo 9 maart vanaf 8.30."),
    ("Za 14 mei", "open tot 13.00"),
]


def test_a_short_weekday_before_the_second_day_shares_the_month() -> None:
    assert spelled_days("Wo 2 t/m di 8 maart gesloten", short_weekdays=True) == "Wo 2 maart t/m di 8 maart gesloten"
    assert spelled_days("za 3 en zo 4 juni", short_weekdays=True) == "za 3 juni en zo 4 juni"


@pytest.mark.parametrize(
    "text",
    [
        "Hoorde dat de slager er in maart mee stopt, jammer!",
        "Iemand zei dat jullie vanaf maart voorgoed dicht gaan?",
        "Mijn buurvrouw zegt dat ze eind maart stoppen. Klopt dat?",
    ],
)
def test_a_stopping_rumour_that_names_the_month_gets_its_closing(text: str) -> None:
    assert leave_of_rumour(_ENTRIES, "", text) == ("Voorjaarsvakantie", "wo 2 t/m di 8 maart")


@pytest.mark.parametrize(
    "text",
    [
        "Hoorde dat de slager er in mei mee stopt, jammer!",  # no closing in May
        "Hoorde dat ze in maart stoppen met de rollades.",  # one thing, not the business
    ],
)
def test_another_month_or_one_thing_stopped_gets_no_closing(text: str) -> None:
    assert leave_of_rumour(_ENTRIES, "", text) == ("", "")


def test_the_day_back_is_read_without_its_hour() -> None:
    assert back_on(_ENTRIES, "wo 2 t/m di 8 maart") == "wo 9 maart"


_BUTCHER = BusinessProfile(
    name="Slagerij Verhoef",
    kind="slagerij",
    signers=["Kees"],
    register="je",
    voice="ik",
    opening_hours="di–za 8:00–17:30",
    holidays="Voorjaarsvakantie: zaak gesloten van wo 2 t/m di 8 maart, weer open op wo 9 maart vanaf 8.30.",
)


def test_the_draft_denies_the_stopping_with_the_closing_and_the_day_back() -> None:
    said = draft_text(_BUTCHER, "uitkomst_onwaarheid", "Hoorde bij de bakker dat Verhoef er in maart mee stopt 😢")
    assert "klopt niet" in said
    assert "8 maart" in said
    assert "9 maart" in said


_CLOSINGS = [("Winterstop", "za 8 t/m zo 16 februari, weer open di 18 februari")]


def test_a_closing_named_by_its_name_with_its_day_back_is_a_closed_line() -> None:
    assert leave_of_rumour(_CLOSINGS, "", "Ze zijn failliet, die 'winterstop' op de deur is maar een smoesje.") == (
        "Winterstop",
        "za 8 t/m zo 16 februari",
    )
    assert back_on(_CLOSINGS, "za 8 t/m zo 16 februari") == "di 18 februari"
