"""A holiday line's weekday and date said in full (app.domain.draft_dated_lines)."""

from __future__ import annotations

import re

from app.domain.draft_dated_lines import A_WEEKDAY, line_date, spelled_weekdays, weekday_date


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


def test_a_weekday_and_its_date_is_one_pattern_with_the_day_and_the_date_as_groups() -> None:
    found = re.search(rf"\b{weekday_date()}", "kom je op donderdag 14 maart langs?", re.I)
    assert found is not None
    assert (found.group("day"), found.group("date")) == ("donderdag", "14 maart")
    # one weekday of its own ('dinsdag'), or a short one as a holiday line writes it ('di.')
    assert re.search(rf"\b{weekday_date('dinsdag')}", "dicht op Dinsdag 2 april", re.I) is not None
    assert re.match(weekday_date(A_WEEKDAY), "Di. 2 april gesloten", re.I) is not None
    # near misses: a date without its weekday, a weekday without a month, another weekday than the one asked
    assert re.search(rf"\b{weekday_date()}", "open op 14 maart?", re.I) is None
    assert re.search(rf"\b{weekday_date()}", "open op donderdag 14?", re.I) is None
    assert re.search(rf"\b{weekday_date('dinsdag')}", "woensdag 3 april", re.I) is None


def test_the_weekday_right_after_a_date_named_is_its_holiday_line() -> None:
    from app.domain.draft_dated_lines import weekday_after

    lines = ["Do 8 mei (Hemelvaart)", "vr 9 mei", "vr 16 mei", "Za 10 mei"]
    assert weekday_after("Open op 8 mei? En de vrijdag erna?", lines) == ["vr 9 mei"]
    assert weekday_after("Zijt ge open op 8 mei? En de zaterdag daarna, dan komt oma", lines) == ["Za 10 mei"]
    assert weekday_after("Open op 8 mei? En vrijdag?", lines) == []
    assert weekday_after("Open op 1 mei? En de vrijdag daarna?", ["vr 16 mei"]) == []
