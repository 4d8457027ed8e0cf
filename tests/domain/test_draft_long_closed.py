"""A rumour of a long closing that the profile's holidays name shorter (app/domain/draft_long_closed.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.draft_long_closed import long_closed
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

RUMOUR = "uitkomst_onwaarheid"

_SALON = BusinessProfile(
    name="Haarstudio Fenna",
    kind="kapsalon",
    signers=["Fenna"],
    register="je",
    voice="ik",
    email="fenna@haarstudiofenna.nl",
    holidays="25 en 26 december: dicht; 31 december: 9:00–14:00; 2 tot en met 9 januari: dicht (wintervakantie)",
)
_BISTRO = BusinessProfile(
    name="Bistro 't Pleintje",
    kind="restaurant",
    signers=["Karel"],
    register="u",
    voice="wij",
    email="info@pleintje.be",
    holidays="24 december: vanaf 18:00; jaarlijks verlof: 10 tot en met 17 maart",
)


@pytest.mark.parametrize(
    "text",
    [
        "Klopt het dat je na nieuwjaar een hele maand dicht bent?",
        "ik hoorde dat fenna in januari wekenlang dichtgaat, klopt dat??",
        "Is 't waar dat ge na Nieuwjaar een ganse maand toe zijt?",
        "Klopt 't dat ie nao niejaor 'n hele maand dicht bint?",
        "Klopt het dat u in januari weken gesloten bent?",
    ],
)
def test_a_long_closing_rumoured_gets_the_profiles_shorter_days(text: str) -> None:
    said = draft_text(_SALON, RUMOUR, text)
    assert "2 tot en met 9 januari" in said and "[vul in" not in said, said
    assert "klopt het dat" not in said.lower(), said


def test_a_closing_in_another_month_is_not_said() -> None:
    # the bistro's leave is in March; a rumour about January (or February after it) is not answered with it
    assert long_closed("Na nieuwjaar zijn jullie een hele maand dicht, toch?", _BISTRO) == ""


def test_a_named_leave_in_the_month_is_said() -> None:
    said = long_closed("Klopt het dat jullie in maart een hele maand gesloten zijn?", _BISTRO)
    assert "10 tot en met 17 maart" in said, said


def test_no_long_closing_rumoured_says_nothing() -> None:
    assert long_closed("Zijn jullie na nieuwjaar dicht?", _SALON) == ""


def test_a_closing_as_long_as_the_rumour_is_left_to_the_owner() -> None:
    long = BusinessProfile(
        name="Ijssalon Gelato", kind="ijssalon", signers=["Gino"], holidays="1 tot en met 31 januari: dicht"
    )
    assert long_closed("Klopt het dat jullie in januari een hele maand dicht zijn?", long) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Klopt het dat jullie de hele maand januari dichtblijven?",
        "Iemand zei dat Fenna na nieuwjaar een hele maand sluit.",
        "Is it true you are closed for a whole month after New Year in januari?",
    ],
)
def test_every_way_of_saying_closed_comes_from_the_one_list(text: str) -> None:
    assert "2 tot en met 9 januari" in long_closed(text, _SALON)


@pytest.mark.parametrize(
    "text",
    [
        "Klopt het dat jullie in januari een hele maand dichtbij het station zitten?",
        "Is het waar dat de kapper in januari wekenlang dichter bij huis knipt?",
    ],
)
def test_dichtbij_and_dichter_say_no_closing(text: str) -> None:
    assert long_closed(text, _SALON) == ""


def test_a_month_counts_longer_than_weeks() -> None:
    # 2 to 9 January is 8 days: shorter than 'weken' (14) and than 'een hele maand' (28); a 20-day leave is only
    # shorter than a month
    long = replace(_SALON, holidays="2 tot en met 21 januari: dicht (wintervakantie)")
    assert long_closed("Klopt het dat jullie in januari weken dicht zijn?", long) == ""
    assert "2 tot en met 21 januari" in long_closed("Klopt het dat jullie in januari een hele maand dicht zijn?", long)
