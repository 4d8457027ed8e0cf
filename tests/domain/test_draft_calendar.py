"""One calendar of the profile's holiday lines and its resolver (app/domain/draft_calendar.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.datafile import DataFileError
from app.domain.draft_calendar import asks_open, calendar, line_asked, lines_named, parse_calendar_words
from app.domain.draft_come_back import come_back_day
from app.domain.draft_dated_closed import dated_closing
from app.domain.draft_event_day import profile_event
from app.domain.draft_month_closed import closed_in_month
from tests.domain.drafting.shops import BISTRO
from tests.domain.drafts import draft_text

# A made-up shop in a made-up village: a fair, a market day, feasts by their Dutch and Flemish names, ranges.
_LINES = [
    ("dorpsfeestzaterdag 6 juni", "8:00–12:30"),
    ("braderie Ommerveld zondag 14 juni", "11:00–17:00"),
    ("Sint-Maarten (elf-elf)", "9:00–15:00"),
    ("Onze-Lieve-Vrouw-Hemelvaart", "gesloten"),
    ("Allerheiligen", "10:00–13:00"),
    ("24 december", "8:00–15:00"),
    ("25 en 26 december", "gesloten"),
    ("27 t/m 29 december", "gewoon open"),
    ("van 22 juli t/m 11 augustus", "gesloten (bouwverlof)"),
    ("extra koopzondag 20 december", "12:00–17:00"),
]
_ADDRESS = "Kerkplein 3, 9999 Ommerveld"
_HOURS = "di–vr 9:00–18:00, za 9:00–16:00; zondag en maandag gesloten"


def _named(clause: str) -> list[str]:
    return [line.written for line, _ in lines_named(clause, _LINES, _ADDRESS)]


def test_each_line_is_read_once_into_its_days_kind_and_names() -> None:
    lines = {line.written: line for line in calendar(_LINES, _ADDRESS)}
    assert len(lines["27 t/m 29 december"].days) == 3 and lines["27 t/m 29 december"].kind == "usual"
    assert lines["van 22 juli t/m 11 augustus"].kind == "closed"
    assert lines["van 22 juli t/m 11 augustus"].months == {6, 7}
    assert lines["extra koopzondag 20 december"].kind == "extra"
    assert lines["24 december"].kind == "hours"
    assert "dorpsfeest" in lines["dorpsfeestzaterdag 6 juni"].aliases  # the compound's first part
    assert "ommerveld" not in lines["braderie Ommerveld zondag 14 juni"].aliases  # the shop's own place is no event
    assert lines["braderie Ommerveld zondag 14 juni"].dated == "zondag 14 juni"
    assert lines["Sint-Maarten (elf-elf)"].days  # a feast's name gives its date: 11 November
    assert "wapenstilstand" in lines["Sint-Maarten (elf-elf)"].feasts  # its other names, Flemish too
    assert not lines["Allerheiligen"].aliases  # a feast is found as the feast, not as a name of its own
    assert "kermis" in calendar([("Sint-Jan (kermis)", "10:00–12:00")])[0].aliases  # the name between brackets


@pytest.mark.parametrize(
    ("clause", "line"),
    [
        ("Zijn jullie zaterdag met het dorpsfeest open?", "dorpsfeestzaterdag 6 juni"),
        ("Gaan jullie open tijdens de braderie?", "braderie Ommerveld zondag 14 juni"),
        ("Tot hoe laat kunnen we terecht met elf-elf?", "Sint-Maarten (elf-elf)"),
        ("Zijn jullie op 11 november open?", "Sint-Maarten (elf-elf)"),  # by its date
        ("Open op Wapenstilstand?", "Sint-Maarten (elf-elf)"),  # the Flemish name of 11 November
        ("Is de winkel met Maria-Hemelvaart dicht?", "Onze-Lieve-Vrouw-Hemelvaart"),
        ("Zijn jullie open op kerstavond?", "24 december"),
        ("Open op tweede kerstdag?", "25 en 26 december"),
        ("Kan ik op 28 december langskomen, zijn jullie open?", "27 t/m 29 december"),  # a date inside a range
        ("Zijn jullie op 1 augustus open?", "van 22 juli t/m 11 augustus"),
        ("Zijn jullie in augustus open?", "van 22 juli t/m 11 augustus"),  # a month of the visit
        ("Gaan jullie in de zomer dicht?", "van 22 juli t/m 11 augustus"),  # a season of the visit
    ],
)
def test_the_resolver_finds_the_line_a_clause_names(clause: str, line: str) -> None:
    assert _named(clause)[:1] == [line]
    found = line_asked(clause, _LINES, _ADDRESS)
    assert found is not None and found.written == line


@pytest.mark.parametrize(
    "clause",
    [
        "Zijn jullie zaterdag open?",
        "Tot hoe laat op zondag?",
        "Zijn jullie in Ommerveld open?",
        "Verkopen jullie ook feestmutsen?",
    ],
)
def test_a_bare_weekday_or_another_word_names_no_line(clause: str) -> None:
    assert _named(clause) == []
    assert line_asked(clause, _LINES, _ADDRESS) is None


def test_a_line_beats_the_weekly_hours_only_when_open_or_closed_is_asked() -> None:
    assert asks_open("Tot hoe laat zijn jullie open?") and asks_open("Stond voor een dichte deur")
    assert asks_open("het rolluik was neer") and not asks_open("Wat was het gezellig op de braderie!")
    assert line_asked("Wat was het gezellig op de braderie!", _LINES, _ADDRESS) is None
    assert _named("Wat was het gezellig op de braderie!") == ["braderie Ommerveld zondag 14 juni"]


def test_every_helper_asks_the_one_resolver() -> None:
    assert profile_event(_LINES, "Zijn jullie met de braderie open?", _ADDRESS) == "zondag 14 juni"
    assert profile_event(_LINES, "Open met elf-elf?", _ADDRESS) == "Sint-Maarten (elf-elf)"
    assert profile_event(_LINES, "Zijn jullie maandag open?", _ADDRESS) == ""
    assert closed_in_month(_LINES, "Zijn jullie open eind juli?") == "22 juli t/m 11 augustus (bouwverlof)"
    said = dated_closing("Op 1 augustus stond ik voor een gesloten deur!", _LINES)
    assert said is not None and said[0] == "van 22 juli t/m 11 augustus: gesloten (bouwverlof)"
    said = dated_closing("Met het dorpsfeest stonden we voor een dichte deur.", [("dorpsfeest 6 juni", "gesloten")])
    assert said is not None and said[0] == "dorpsfeest 6 juni: gesloten"
    assert come_back_day("Kom ik dan met de braderie weer langs?", _HOURS, _LINES) == ("zondag 14 juni", "11:00–17:00")
    assert come_back_day("Moet ik hem op 25 december opnieuw brengen?", _HOURS, _LINES) == ("25 en 26 december", "")
    assert come_back_day("Kom ik zaterdag weer langs?", _HOURS, _LINES) == ("zaterdag", "9:00–16:00")


def test_a_question_naming_the_event_gets_its_line_and_a_bare_weekday_the_week() -> None:
    shop = replace(BISTRO, opening_hours=_HOURS, holidays="; ".join(f"{w}: {v}" for w, v in _LINES), address=_ADDRESS)
    fair = draft_text(shop, "uitkomst_vraag_beantwoorden", "Zijn jullie zondag met de braderie open?")
    assert "11:00" in fair and "17:00" in fair
    week = draft_text(shop, "uitkomst_vraag_beantwoorden", "Zijn jullie zaterdag open?")
    assert "9:00–16:00" in week and "11:00" not in week


def test_praise_that_names_an_event_gets_no_hours() -> None:
    shop = replace(BISTRO, opening_hours=_HOURS, holidays="; ".join(f"{w}: {v}" for w, v in _LINES), address=_ADDRESS)
    said = draft_text(shop, "uitkomst_bedank_publiek", "Wat was het gezellig bij jullie kraam op de braderie, top!")
    assert "11:00" not in said and "17:00" not in said


def test_the_calendar_words_are_checked_when_loaded() -> None:
    with pytest.raises(DataFileError):
        parse_calendar_words({"schema": 1, "open_words": [], "compound_tails": ["avond"]}, "test")


def test_a_line_of_days_only_is_said_once() -> None:
    shop = replace(BISTRO, opening_hours=_HOURS, holidays="; ".join(f"{w}: {v}" for w, v in _LINES), address=_ADDRESS)
    said = draft_text(shop, "uitkomst_vraag_beantwoorden", "Zijn jullie tussen kerst en oud en nieuw open?")
    assert "gewoon open" in said and "29 december geldt: 27 t/m 29 december" not in said


# A made-up bakery closed for a few weekdays in spring, the weekday of each end written short.
_BREAK = [("wo 8 t/m vr 10 april", "gesloten (voorjaarsstop)"), ("2 mei", "7:00–12:00")]


@pytest.mark.parametrize(
    "clause",
    [
        "Zijn jullie woensdag 9 april open?",
        "Can I come by on Wednesday the 9th?",
        "Are you open on 9 April?",
        "Open on Apr 9th?",
        "Is the shop open the 10th of April?",
        "Kan ik de 8e langskomen?",
    ],
)
def test_a_date_dutch_or_english_or_a_bare_day_of_the_month_names_the_line_that_holds_it(clause: str) -> None:
    assert [line.written for line, _ in lines_named(clause, _BREAK, ways=("date",))] == ["wo 8 t/m vr 10 april"]


@pytest.mark.parametrize(
    "clause", ["Are you open on Wednesday the 16th?", "Open on 9 May?", "Zijn jullie woensdag open?"]
)
def test_another_day_or_a_bare_weekday_names_no_line(clause: str) -> None:
    assert lines_named(clause, _BREAK, ways=("date",)) == []
