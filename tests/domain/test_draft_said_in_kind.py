"""What a draft's answer says already (app/domain/draft_said_in_kind.py): the same answer by its first words, a
weekday's closing that the answer's own hours for that day would contradict, a day's open or closed state told.
Sentences of our own."""

from __future__ import annotations

from app.domain.draft_said_in_kind import day_answered, known_said, said_already


def test_an_answer_is_said_already_without_its_yes() -> None:
    draft = "Leuk! Voor kinderen tot 12 jaar is de toegang gratis. Groet"
    assert said_already("Ja, voor kinderen tot 12 jaar is de toegang gratis.", draft)
    # near miss: another answer in the draft says something else
    assert not said_already("Ja, voor kinderen tot 12 jaar is de toegang gratis.", "Volwassenen betalen 5 euro.")


def test_an_answer_after_its_lead_is_said_already_with_or_without_the_weekday() -> None:
    known = "Op zaterdag 3 mei geldt: open van 9:00 tot 13:00 (markt)."
    assert said_already(known, "Voor 3 mei geldt: open van 9:00 tot 13:00 (markt).")


def test_a_weekday_closing_is_not_said_against_that_days_own_hours() -> None:
    closed = "We zijn op dinsdag helaas gesloten."
    assert known_said(closed, "Ja, we zijn op dinsdag 6 mei open: 10:00–14:00.", [])
    # near miss: the answer's hours are for another day
    assert not known_said(closed, "Ja, we zijn op woensdag 7 mei open: 10:00–14:00.", [])


def test_a_day_answered_names_the_day_and_open_or_closed() -> None:
    assert day_answered("Nee, op Hemelvaartsdag zijn we dicht.")
    assert not day_answered("Ja, we hebben een terras.")
