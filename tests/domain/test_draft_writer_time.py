"""When the writer can come (app/domain/draft_writer_time.py): whether they say they work in the day."""

from __future__ import annotations

import pytest

from app.domain.draft_writer_time import CLOSES_AT, DAY_END, works_in_the_day


@pytest.mark.parametrize(
    "text",
    [
        "Ik werk in Gent, dus zaterdag is mijn enige dag.",
        "Wij werken allebei fulltime.",
        "Als werkende papa lukt dat niet.",
    ],
)
def test_a_writer_who_works_is_read(text: str) -> None:
    assert works_in_the_day(text)


@pytest.mark.parametrize(
    "text", ["Jullie werken echt hard, chapeau!", "Het werk van Sanne is prachtig.", "Mijn fiets werkt weer."]
)
def test_work_of_others_or_a_thing_that_works_is_not(text: str) -> None:
    assert not works_in_the_day(text)


# CLOSES_AT and DAY_END: the time one day's hours end with, for the Dutch and English answers until when
# (draft_answers, draft_english_answers) and for the writer's time and the days open later (draft_english, here).
@pytest.mark.parametrize(
    ("times", "closes", "end"),
    [
        ("8:30–17:45", "17:45", ("17", "45")),
        ("tot 20.30", "20.30", ("20", "30")),
        ("7:00-12:30 ", "12:30", ("12", "30")),
        ("9:00 – 18:00", "18:00", None),  # a space after the dash: only the time as written
        ("10:00–14:00 (keuken tot 13:30)", None, None),  # near miss: the hours do not end with a time
        ("op afspraak", None, None),
    ],
)
def test_the_time_a_days_hours_end_with(times: str, closes: str | None, end: tuple[str, str] | None) -> None:
    found = CLOSES_AT.search(times)
    assert (found.group(1) if found else None) == closes
    ended = DAY_END.search(times)
    assert (ended.groups() if ended else None) == end


def test_a_holiday_line_that_opens_later_answers_a_writer_free_after_closing() -> None:
    from app.domain.draft_writer_time import later_until, open_later_line

    holidays = "Zomer: vanaf maandag 1 juli op woensdag en vrijdag open tot 21.00 (avondwinkel). Kerst gesloten."
    assert open_later_line(holidays, 19 * 60) == ("Vanaf maandag 1 juli op woensdag en vrijdag", "21.00")
    assert open_later_line(holidays, 21 * 60 + 30) == ("", "")
    assert open_later_line("Op zaterdag 4 mei gesloten tot 12.00.", 11 * 60) == ("", "")
    assert later_until("di–za 9.00–18.00", holidays, 18 * 60 + 30) == "21.00"
    assert later_until("di–za 9.00–18.00, do 9.00–20.00", holidays, 18 * 60 + 30) == "20:00"  # the hours, as said
