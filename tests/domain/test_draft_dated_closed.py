"""A closed door on a date the holidays close (app/domain/draft_dated_closed.py)."""

from __future__ import annotations

from app.domain.draft_dated_closed import dated_closing

_ENTRIES = [
    ("1 mei", "gesloten"),
    ("vrijdag 11 mei", "gesloten (brugdag)"),
    ("zaterdag 12 mei", "9:00–17:00"),
]


def test_the_closed_date_and_the_open_day_after_it() -> None:
    text = "Mijn fiets zou vrijdag klaar zijn, dus vrijdag 11 mei sta ik daar voor een gesloten deur."
    said = dated_closing(text, _ENTRIES)
    assert said is not None
    assert said[0] == "vrijdag 11 mei: gesloten (brugdag); zaterdag 12 mei: 9:00–17:00"


def test_no_line_without_a_closed_door_or_for_an_open_date() -> None:
    assert dated_closing("Op 11 mei mijn fiets gebracht, nog altijd niet klaar.", _ENTRIES) is None
    assert dated_closing("Op 12 mei stond ik voor een gesloten deur.", _ENTRIES) is None
    assert dated_closing("Stond voor een gesloten deur.", _ENTRIES) is None
