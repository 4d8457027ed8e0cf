"""A rumour that the business closes on a weekday from a time still to come ('vanaf september op zaterdag dicht', 'na
de kerstvakantie op zondag toe'): the hours of that day refute it when no holiday line closes on that weekday, with
what the writer says they would have to get elsewhere. Shops and sentences of our own (session 44)."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_BAKERY = BusinessProfile(
    name="Bakkerij De Molen",
    kind="bakkerij",
    signers=["Els"],
    register="u",
    voice="wij",
    opening_hours="dinsdag t/m vrijdag 7.00–18.00, zaterdag 7.00–16.00, zondag 8.00–12.00; maandag gesloten",
    holidays=(
        "Kerstvakantie: gewoon open. Zomervakantie 20 juli t/m 4 augustus: gesloten. Kermis zaterdag 13 september: "
        "open tot 14.00."
    ),
)

_CLOSING_SUNDAYS = BusinessProfile(
    name="Bakkerij De Molen",
    kind="bakkerij",
    signers=["Els"],
    register="u",
    voice="wij",
    opening_hours="dinsdag t/m vrijdag 7.00–18.00, zaterdag 7.00–16.00, zondag 8.00–12.00; maandag gesloten",
    holidays="Vanaf 1 september op zondag gesloten.",
)


def test_a_weekday_said_closed_from_later_is_refuted_by_its_hours() -> None:
    said = suggested(
        _BAKERY,
        "Mijn zus zegt dat De Molen na de kerstvakantie op zondag dicht gaat. Waar moet ik dan mijn croissants halen?",
        label="onwaarheid",
    )
    assert "klopt niet" in said
    assert "zondag" in said and "8.00–12.00" in said
    assert "croissants" in said


def test_a_month_to_come_counts_too() -> None:
    said = suggested(_BAKERY, "Vanaf september is De Molen op zaterdag gesloten, hoorde ik.", label="onwaarheid")
    assert "klopt niet" in said
    assert "7.00–16.00" in said


def test_a_time_the_holidays_do_not_reach_is_left_to_the_owner() -> None:
    # near miss: the holidays say nothing of March; today's hours do not tell what comes then
    said = suggested(_BAKERY, "Vanaf maart is De Molen op zaterdag gesloten, hoorde ik.", label="onwaarheid")
    assert "blijven we gewoon open" not in said


def test_a_profile_that_closes_on_that_weekday_leaves_it_to_the_owner() -> None:
    # near miss: the holidays say Sundays close from September; the hours of today do not refute it
    said = suggested(_CLOSING_SUNDAYS, "Vanaf september is De Molen op zondag gesloten, hoorde ik.", label="onwaarheid")
    assert "blijven we gewoon open" not in said


_RENTAL = BusinessProfile(
    name="Fietsverhuur De Duinen",
    kind="fietsenmaker",
    signers=["Rik"],
    register="je",
    voice="ik",
    opening_hours="ma t/m za 9.30–17.30; zo 10.00–16.00 (mei t/m september); van oktober t/m april op zondag gesloten",
    address="Duinweg 4, Bergen",
)


def test_a_winter_closing_rumour_gets_the_one_day_the_hours_close() -> None:
    said = suggested(
        _RENTAL, "Mijn buurvrouw zegt dat De Duinen de hele winter dichtgaat. Klopt dat?", label="onwaarheid"
    )
    assert "klopt niet" in said
    assert "alleen op zondag dicht" in said
    assert "ma t/m za 9.30–17.30" in said


def test_a_closing_in_months_the_hours_keep_open_gets_no_one_day_answer() -> None:
    # near miss: July is not in the months the hours close on Sunday
    said = suggested(_RENTAL, "Iemand zei dat De Duinen in juli een maand dicht is. Klopt dat?", label="onwaarheid")
    assert "alleen op zondag dicht" not in said


def test_a_move_in_the_months_to_come_is_answered_by_the_address_without_a_second_verdict() -> None:
    said = suggested(
        _RENTAL,
        "Ik hoor dat De Duinen in het voorjaar naar Alkmaar verhuist en dat er hier dan geen verhuur meer is.",
        label="onwaarheid",
    )
    assert "Duinweg 4" in said
    assert "Dat klopt niet" not in said
