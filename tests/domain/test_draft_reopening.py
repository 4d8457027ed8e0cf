"""The day a business opens again after a closed period (app/domain/draft_reopening.py), read from the period's own
line or the line after it, and said after the closing in a draft. A bicycle shop and a tearoom of their own."""

from __future__ import annotations

from app.domain.draft_reopening import open_again_day, said_again
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_OUTCOME = "uitkomst_vraag_beantwoorden"


def test_the_day_back_is_read_from_the_closed_line_itself() -> None:
    assert said_again("gesloten van maandag 3 maart t/m zondag 9 maart, weer open dinsdag 11 maart om 9u") == (
        "dinsdag 11 maart"
    )
    assert said_again("gesloten wegens verbouwing") == ""


def test_the_day_back_is_read_from_the_line_right_after_the_closing() -> None:
    entries = [
        ("Verbouwing", "dicht van woensdag 5 februari tot en met vrijdag 14 februari"),
        ("terug open zaterdag 15 februari", ""),
        ("Valentijn", "open tot 20u"),
    ]
    assert open_again_day(entries, "woensdag 5 februari tot en met vrijdag 14 februari") == "zaterdag 15 februari"
    assert open_again_day(entries[:1], "woensdag 5 februari tot en met vrijdag 14 februari") == ""


_TEAROOM = BusinessProfile(
    name="Theehuis De Linde",
    kind="restaurant",
    signers=["Mieke"],
    voice="ik",
    register="u",
    email="info@theehuisdelinde.be",
    opening_hours="wo–zo 10u–18u; maandag en dinsdag gesloten",
    holidays="Wintersluiting: gesloten van maandag 6 januari tot en met woensdag 15 januari; "
    "weer open donderdag 16 januari",
)


def test_a_day_inside_the_closing_hears_when_it_opens_again() -> None:
    made = draft_text(_TEAROOM, _OUTCOME, "Goeiedag, bent u open op zaterdag 11 januari? We willen met 6 komen.")
    assert "dicht" in made or "gesloten" in made, made
    assert "donderdag 16 januari" in made, made


def test_a_day_outside_the_closing_does_not_hear_of_reopening() -> None:
    made = draft_text(_TEAROOM, _OUTCOME, "Bent u open op zaterdag 22 februari?")
    assert "16 januari" not in made, made


def test_a_closing_written_with_short_weekdays_is_read_as_a_period() -> None:
    from app.domain.draft_holiday_lines import entry_span

    value = "gesloten van ma 3 t/m za 8 maart, weer open di 11 maart"
    assert entry_span("Voorjaarsverlof", value)[1] == "ma 3 t/m za 8 maart"
    assert said_again(value) == "di 11 maart"


_SALON = BusinessProfile(
    name="Kapsalon Merel",
    kind="kapsalon",
    signers=["Merel"],
    voice="ik",
    register="u",
    phone="0591 22 33 44",
    opening_hours="di–za 9.00–17.00; alleen op afspraak",
    holidays="Oudejaarsdag di 31 december: 8.00–13.00. Wintersluiting: gesloten wo 1 t/m za 4 januari.",
)


def test_room_on_a_day_before_a_closing_still_says_how_to_book() -> None:
    made = draft_text(_SALON, _OUTCOME, "Bent u op oudejaarsdag open? Nog plek op 31/12 voor een föhnbeurt?")
    assert "13.00" in made and "0591 22 33 44" in made, made
