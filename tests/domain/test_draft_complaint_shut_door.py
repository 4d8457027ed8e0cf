"""A door found shut: on a date the holidays close, written in numbers ('zondag 28/9'), with the weekday's hours after
it; at a time the writer names ('om 18u15 voor een toe deur'), with the hours of that day or the week
(app/domain/draft_complaint_fact.py, draft_dated_closed.py, draft_events.py). Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_events import shut_out_at
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_CAFE = BusinessProfile(
    name="Café De Brug",
    kind="restaurant",
    signers=["Rik"],
    voice="wij",
    register="je",
    email="info@debrug.nl",
    opening_hours="do–zo 11.00–22.00; maandag t/m woensdag gesloten",
    holidays="Gesloten voor een bruiloft op zaterdag 11 oktober. Kermis vanaf vrijdag 17 oktober.",
)
_WINKEL = BusinessProfile(
    name="Fietsen Dewulf",
    kind="fietsenmaker",
    signers=["Bart"],
    voice="ik",
    register="u",
    email="bart@dewulf.be",
    opening_hours="di–vr 9.00–12.00 en 13.30–18.00, za 9.00–16.00 (vanaf 1 november za 9.00–15.00)",
)


def test_a_date_in_numbers_finds_the_holiday_closing_and_the_weekday_hours_follow() -> None:
    text = "Zaterdag 11/10 met vier vrienden naar jullie gefietst, dichte deur. Zijn jullie volgende zaterdag wel open?"
    made = draft_text(_CAFE, "uitkomst_herstel", text, platform="facebook", author="Tim")
    assert "bruiloft op zaterdag 11 oktober" in made and "11.00–22.00" in made, made


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Om 12u20 op een woensdag stond ik voor een toe deur. Middagpauze zeker?", "13.30"),
        ("Voor de tweede keer om 17u45 voor een gesloten deur gestaan, op zaterdag.", "9.00–16.00"),
    ],
)
def test_a_door_found_shut_at_a_time_gets_the_hours(text: str, hours: str) -> None:
    made = draft_text(_WINKEL, "uitkomst_herstel", text, platform="facebook", author="Tim")
    assert hours in made, made


def test_what_says_the_door_was_shut() -> None:
    assert shut_out_at("om 12u15 op een dinsdag is 't toe?!")[0]
    assert shut_out_at("Stond alles dicht, om 10 uur 's morgens")[0]
    assert not shut_out_at("Het is toe te juichen dat jullie op zondag open zijn")[0]


def test_a_closing_not_announced_online_gets_a_sorry_for_that() -> None:
    text = "Zaterdag 11/10 voor een dichte deur, nergens op jullie Facebook aangekondigd. Jammer."
    made = draft_text(_CAFE, "uitkomst_herstel", text, platform="facebook", author="Tim")
    assert "van tevoren" in made or "op de hoogte" in made, made
