"""A profile's holiday lines (app/domain/draft_holiday_lines.py): their name, their range of days, and whether
they say the business is closed."""

from __future__ import annotations

import pytest

from app.domain.draft_holiday_lines import closed_line, entry_name, entry_span, span_start, spelled_days


def test_days_that_share_their_month_are_written_out() -> None:
    assert spelled_days("24 en 31 december") == "24 december en 31 december"
    assert spelled_days("2 tot en met 9 januari: dicht") == "2 januari tot en met 9 januari: dicht"
    assert spelled_days("Koningsdag") == "Koningsdag"


def test_a_holiday_line_is_read_with_its_own_name_and_its_range_of_days() -> None:
    assert entry_span("zomersluiting (27 juli t/m 14 augustus)", "gesloten") == (
        "zomersluiting",
        "27 juli t/m 14 augustus",
        "",
    )
    assert entry_span("wintersluiting", "gesloten van 24 december tot en met 4 januari")[1] == (
        "24 december tot en met 4 januari"
    )
    assert entry_name("24 en 31 december", "9:00–14:00") == ""  # dates are no name
    assert entry_name("bouwvak (18 juli t/m 8 augustus)", "gesloten") == "bouwvak"


@pytest.mark.parametrize(
    ("written", "value", "closed"),
    [
        ("jaarlijkse sluiting", "5 tot 22 januari", True),
        ("collectief verlof", "2 tot 16 januari", True),
        ("Zomerverlof", "21 juli t/m 4 augustus", True),
        ("winterstop", "2 tot 10 januari", True),
        ("kerstvakantie", "10:00–14:00", False),
        ("Koopzondag", "12:00–17:00", False),
        ("kermis", "27 tot 30 juni", False),
        ("bouwvak (1 t/m 14 augustus)", "open op afspraak", False),
    ],
)
def test_a_closing_period_is_closed_by_its_name(written: str, value: str, closed: bool) -> None:
    assert closed_line(written, value) is closed


def test_a_closing_note_loses_its_own_brackets() -> None:
    assert entry_span("5 tot 20 februari", "gesloten (winterstop)") == ("", "5 tot 20 februari", "winterstop")


def test_an_amount_in_a_periods_note_keeps_its_comma() -> None:
    assert "€ 24,95" in entry_span("Zomerweken 14 juli t/m 24 augustus", "ijstaart (6 personen, € 24,95)")[2]


def test_a_holiday_period_with_the_usual_times_is_no_closing() -> None:
    assert not closed_line("Krokusvakantie 24 februari t/m 4 maart", "verder gewone tijden")
    assert not closed_line("Kerstvakantie", "normale tijden, geen avondopening")
    # near miss: a period the business takes off is one
    assert closed_line("Zomervakantie 21 juli t/m 4 augustus", "vakantie van de zaak")


def test_two_feast_days_that_share_their_name_are_each_spelled_out() -> None:
    assert spelled_days("eerste en tweede kerstdag") == "eerste kerstdag en tweede kerstdag"
    assert spelled_days("1e en 2e paasdag") == "1e paasdag en 2e paasdag"


def test_the_sentence_of_a_closing_is_no_note() -> None:
    name, span, note = entry_span("Zomerstop", "de winkel is dicht van maandag 4 t/m zaterdag 16 augustus")
    assert (name, span, note) == ("Zomerstop", "maandag 4 t/m zaterdag 16 augustus", "")
    # near miss: a real note stays ('vakantie'), and one after the sentence's verb too
    assert entry_span("4 t/m 16 augustus", "vakantie, dicht")[2] == "vakantie"
    assert (
        entry_span("Zomerstop", "de salon is dicht van 4 t/m 16 augustus, zonder vervanging")[2] == "zonder vervanging"
    )


def test_a_span_with_short_weekdays_is_a_span() -> None:
    assert entry_span("Zomerverlof van ma 21 juli t/m di 5 augustus", "gesloten")[1] == "ma 21 juli t/m di 5 augustus"
    assert span_start("ma 21 juli t/m di 5 augustus") == "21 juli"
    assert span_start("zaterdag t/m dinsdag") == "zaterdag"


def test_a_holiday_period_with_the_usual_hours_is_not_closed() -> None:
    assert not closed_line("Herfstvakantie (28 oktober–5 november)", "gewone openingsuren")
    assert not closed_line("Krokusvakantie", "normale openingstijden")


def test_a_holiday_period_without_hours_is_still_closed() -> None:
    # near miss: a holiday's name with no hours and no usual opening still says closed
    assert closed_line("Zomervakantie (21 juli–11 augustus)", "")
    assert closed_line("Bouwvak", "geen bestellingen")


def test_the_day_open_again_is_read_from_the_line_after_the_closing_said() -> None:
    from app.domain.draft_holiday_lines import reopening

    entries = [("Bouwverlof van 20 juli t/m 7 augustus", ""), ("vanaf maandag 10 augustus", "weer open")]
    assert reopening(entries, "Bouwverlof van 20 juli t/m 7 augustus.") == "maandag 10 augustus"
    assert reopening(entries, "Bouwverlof van 20 juli t/m 7 augustus, weer open maandag 10 augustus.") == ""
    assert reopening(entries, "Op 1 mei zijn we open.") == ""  # that closing was not said
    assert reopening([("Bouwverlof", "gesloten"), ("vanaf 10 augustus", "zomeruren")], "Bouwverlof: gesloten") == ""
