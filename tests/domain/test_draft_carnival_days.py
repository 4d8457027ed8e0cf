"""Carnival and its days: the feast by a compound ('de carnavalsdagen', 'carnavalsweekend') or a regional
name ('vastelaovend') finds the profile's line for it; a day of the feast ('carnavalsdinsdag') follows the
feast's line when it has none of its own; a feast the profile gives as separate days is answered with those
days and the last open day before them; a booking for a day ('reserveren voor ...') is for that day.
Profiles and questions of their own."""

from __future__ import annotations

from app.domain.draft_closing import closing_date
from app.domain.draft_days import days_named
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_ANSWER = "uitkomst_vraag_beantwoorden"


def _shop(holidays: str, hours: str = "di–za 9:00–17:30; zo en ma dicht") -> BusinessProfile:
    return BusinessProfile(
        name="Schoenmakerij De Leest",
        kind="winkel",
        signers=["Mieke"],
        voice="wij",
        register="je",
        email="info@deleest.nl",
        phone="046-4123344",
        opening_hours=hours,
        holidays=holidays,
    )


def test_a_compound_of_the_feast_finds_the_feast_line_by_its_own_name() -> None:
    shop = _shop("carnaval (zondag t/m dinsdag): dicht; Koningsdag: dicht")
    draft = draft_text(shop, _ANSWER, "Zijn jullie tijdens het carnavalsweekend gewoon open?", author="Stef")
    assert "dicht" in draft and "arnaval" in draft and "carnavalsweekend" not in draft, draft


def test_a_regional_name_finds_the_days_the_profile_names_after_the_feast() -> None:
    shop = _shop("carnavalszondag: dicht; carnavalsmaandag: dicht; carnavalsdinsdag: dicht")
    draft = draft_text(shop, _ANSWER, "Zijn jullie met vastenavond open? Mijn hakken moeten nog gemaakt.")
    # closed in the profile's own word ('dicht')
    assert "carnavalsmaandag" in draft and "carnavalsdinsdag" in draft and "helaas dicht" in draft, draft
    assert "zaterdag" in draft and "9:00–17:30" in draft and "vastenavond gesloten" not in draft, draft


def test_a_day_of_the_feast_follows_the_feast_line() -> None:
    shop = _shop("carnaval (zaterdag t/m dinsdag): alleen 's ochtends open, 9:00–12:00")
    assert closing_date(shop.holiday_entries(), "Kan ik op carnavalsdinsdag mijn laarzen halen?") == "carnaval"


def test_a_day_of_the_feast_with_a_line_of_its_own_keeps_it() -> None:
    """Negative case: the day's own line goes before the feast's."""
    shop = _shop("carnaval: 9:00–12:00; carnavalsdinsdag: dicht")
    assert closing_date(shop.holiday_entries(), "Zijn jullie op carnavalsdinsdag open?") == "carnavalsdinsdag"


def test_a_booking_for_a_day_names_that_day_but_a_thing_for_a_feast_does_not() -> None:
    assert days_named("Kan ik een afspraak voor carnavalsmaandag maken?") == ["carnavalsmaandag"]
    assert days_named("Hebben jullie nog iets leuks voor carnaval in de winkel?") == []


def test_no_carnival_line_means_no_carnival_answer() -> None:
    """Negative case: a profile without carnival days does not say it is closed then."""
    shop = _shop("Koningsdag: dicht; eerste kerstdag: dicht")
    assert closing_date(shop.holiday_entries(), "Zijn jullie met de carnavalsdagen open?") == ""
