"""A rumour that the business is closed through a holiday period the profile keeps open as always ('heel de
krokusvakantie toe' ~ 'krokusvakantie: gewone uren') gets that it is open and the days in it that differ. A shop and
sentences of its own."""

from __future__ import annotations

from app.domain.draft_period_open import open_as_ever, period_open
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested


def _draft(text: str, profile: BusinessProfile) -> str:
    return suggested(profile, text, label="onwaarheid", author="Mieke Peeters")


BAKKER = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Els"],
    voice="wij",
    register="u",
    website="www.hetkorenaar.be",
    opening_hours="di–za 7:00–18:00, zo 7:00–12:00; maandag gesloten",
    holidays=(
        "krokusvakantie (3 t/m 9 maart): gewone uren; woensdag 5 maart: 7:00–13:00; jaarlijks verlof: 14 t/m 28 juli"
    ),
)


def test_a_holiday_period_the_profile_keeps_open_sets_a_closing_rumour_straight() -> None:
    draft = _draft("Het Korenaar is heel de krokusvakantie toe, ge moet naar de Delhaize voor uw brood.", BAKKER)
    assert "klopt niet" in draft and "gewoon open" in draft
    assert "woensdag 5 maart 7:00–13:00" in draft
    assert "14 t/m 28 juli" not in draft


def test_a_period_open_as_ever_is_no_closing_and_another_is_not_read_so() -> None:
    assert period_open("Het Korenaar is heel de krokusvakantie toe", BAKKER) == (
        "krokusvakantie",
        ["woensdag 5 maart 7:00–13:00"],
    )
    assert period_open("Het Korenaar is heel de krokusvakantie open", BAKKER) is None
    assert period_open("In juli is het verlof, dan zijn ze dicht", BAKKER) is None
    assert open_as_ever("gewone uren") and open_as_ever("open zoals altijd")
    assert not open_as_ever("7:00–12:00") and not open_as_ever("gesloten")
