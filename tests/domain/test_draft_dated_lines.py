"""A holiday line's weekday and date said in full (app.domain.draft_dated_lines)."""

from __future__ import annotations

from app.domain.draft_dated_lines import line_date, spelled_weekdays


def test_a_line_that_opens_with_one_weekday_and_its_date_gives_both() -> None:
    assert line_date("Zo 4 juni (Pinksteren)") == ("4 juni", "zondag 4 juni")
    assert line_date("Maandag 5 juni") == ("5 juni", "maandag 5 juni")
    # two days, or no weekday first: no one date
    assert line_date("Zo 4 en ma 5 juni") == ("", "")
    assert line_date("Kerstavond") == ("", "")


def test_a_shortened_weekday_before_a_date_is_written_out() -> None:
    assert spelled_weekdays("afhalen kan tot vr. 9 juni") == "afhalen kan tot vrijdag 9 juni"
    # not a short weekday without a date after it
    assert spelled_weekdays("open van di tot za") == "open van di tot za"
