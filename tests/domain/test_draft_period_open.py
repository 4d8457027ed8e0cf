"""A rumour that the business is closed through a holiday period the profile keeps open as always ('heel de
krokusvakantie toe' ~ 'krokusvakantie: gewone uren') gets that it is open and the days in it that differ. A shop and
sentences of its own."""

from __future__ import annotations

import pytest

from app.domain.draft_period_open import open_as_ever, period_not_closed, period_open
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


# A period the profile keeps open but for a day, or says it does not close in at all (issue #13, session 46).
SLAGER = BusinessProfile(
    name="Slagerij De Hoeve",
    kind="slagerij",
    signers=["Wouter"],
    voice="ik",
    register="je",
    opening_hours="di–za 8:00–18:00; zondag en maandag gesloten",
    holidays=(
        "Tijdens de krokusvakantie (24 februari–4 maart): open, behalve woensdag 28 februari (opleiding). "
        "Zomer 2031: geen jaarlijks verlof, ik sluit pas in november. Kerstmis: gesloten."
    ),
)


def test_a_period_open_but_for_a_day_sets_a_closing_rumour_straight() -> None:
    found = period_not_closed("Ze zeggen dat De Hoeve de volledige krokusvakantie dicht is", SLAGER)
    assert found == ("period_open_but", "de krokusvakantie", "behalve op woensdag 28 februari (opleiding)")
    draft = _draft("Heb gehoord dat de slager heel de krokusvakantie toe is, klopt dat?", SLAGER)
    assert "klopt niet" in draft and "krokusvakantie" in draft and "28 februari" in draft, draft
    assert "[vul in" not in draft, draft


def test_a_season_the_profile_says_it_does_not_close_in_sets_a_closing_rumour_straight() -> None:
    found = period_not_closed("De Hoeve is de hele zomervakantie gesloten, zegt de buurvrouw", SLAGER)
    assert found is not None and found[:2] == ("period_no_closing", "de zomer")
    assert "november" in found[2]
    draft = _draft("Iemand zei dat De Hoeve heel de zomer dicht is wegens verbouwing.", SLAGER)
    assert "klopt niet" in draft and "gewoon open" in draft and "november" in draft, draft


def test_no_period_is_read_where_the_rumour_names_none_or_says_no_closing() -> None:
    assert period_not_closed("De Hoeve is heel de krokusvakantie open", SLAGER) is None
    assert period_not_closed("De Hoeve is met Pasen dicht", SLAGER) is None
    assert period_not_closed("De Hoeve is met Kerstmis dicht", SLAGER) is None


# A holiday line that is a sentence of its own saying a whole period is open (issue #13, session 49).
IJSSALON = BusinessProfile(
    name="IJssalon De Kegel",
    kind="bakkerij",
    signers=["Mira"],
    voice="ik",
    register="je",
    website="www.dekegel.be",
    opening_hours="Juli en augustus: elke dag 11u–22u. Rest van het jaar: maandag gesloten.",
    holidays="De hele zomer open, zeven dagen op zeven. Jaarlijks verlof: 3 t/m 21 november.",
)


@pytest.mark.parametrize(
    "rumour",
    [
        "Ze zeggen dat De Kegel heel de zomer dicht is voor werken aan de gevel?",
        "Iemand zei dat ze deze zomer gesloten zijn, klopt dat?",
        "heard de kegel is closed all summer... ze zijn toch de hele zomer toe zeker",
    ],
)
def test_a_line_that_keeps_the_whole_period_open_denies_a_closing_in_it(rumour: str) -> None:
    draft = _draft(rumour, IJSSALON)
    assert "klopt niet" in draft.lower() or "nee" in draft.lower()
    assert "de hele zomer" in draft and "zeven dagen op zeven" in draft and "niet dicht" in draft
    assert "[vul in" not in draft


def test_a_line_open_through_a_period_is_no_answer_to_a_closing_in_another() -> None:
    assert period_not_closed("Ze zijn in november drie weken dicht", IJSSALON) is None
    assert period_not_closed("Ze zijn de hele zomer dicht", IJSSALON) == (
        "period_open_said",
        "de hele zomer",
        "zeven dagen op zeven",
    )
    assert period_not_closed("De hele zomer open, daar kijk ik naar uit", IJSSALON) is None
