"""Days named by their place next to a feast ('de maandag na Pasen' is tweede paasdag, 'de dag na kerst' tweede
kerstdag, 'de vrijdag voor Pasen' goede vrijdag), a period between two feasts in other words ('tussen kerstmis en
oud en nieuw'), no 'op zondag' offered before a second feast day when Sunday is the feast itself, and no occasion
made of a period. Shops and sentences of their own."""

from __future__ import annotations

from app.domain.draft_closing import feast_eve_open
from app.domain.draft_days import days_named, holiday_names, holiday_preposition
from app.domain.draft_feast_days import feast_day_named
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft

_ANSWER = "uitkomst_vraag_beantwoorden"
_LATER = "uitkomst_vraag_uitzoeken"


def _shop(holidays: str, hours: str = "di–za 8:00–17:00, zo 9:00–12:00") -> BusinessProfile:
    return BusinessProfile(
        name="Slagerij De Ham",
        kind="winkel",
        signers=["Joris"],
        voice="wij",
        register="je",
        email="joris@deham.nl",
        opening_hours=hours,
        holidays=holidays,
    )


def _draft(profile: BusinessProfile, text: str, outcome: str = _ANSWER) -> str:
    return draft(profile, outcome, text, author="").text or ""


def test_a_day_is_named_by_its_place_next_to_a_feast() -> None:
    assert feast_day_named("Kan ik de Maandag na Pinksteren een rollade ophalen?") == "tweede pinksterdag"
    assert feast_day_named("en de dag na kerstmis?") == "tweede kerstdag"
    assert feast_day_named("de zaterdag voor pasen") == "paaszaterdag"
    assert feast_day_named("de avond voor nieuwjaar") == "oudejaarsdag"
    assert days_named("staan jullie de vrijdag voor pasen op de markt?") == ["goede vrijdag"]


def test_a_day_next_to_a_feast_that_the_table_does_not_name_stays_unnamed() -> None:
    """Negative case: a weekday next to a feast on a fixed date varies by year; 'de dinsdag na' has no name."""
    assert feast_day_named("de woensdag na kerst") == ""
    assert feast_day_named("de dinsdag na pasen") == ""
    assert feast_day_named("na pasen") == ""


def test_the_monday_after_easter_is_answered_by_the_second_easter_day() -> None:
    shop = _shop("tweede paasdag: dicht; Koningsdag: 8:00–12:00")
    draft = _draft(shop, "Zijn jullie de maandag na Pasen open? Ik wil vlees voor de barbecue")
    assert "tweede paasdag" in draft and "dicht" in draft and "vul in" not in draft, draft


def test_a_period_between_two_feasts_in_other_words() -> None:
    assert "tussen kerstmis en oud en nieuw" in holiday_names("tussen kerst en nieuwjaar")
    shop = _shop("tussen Kerstmis en Oud en Nieuw: alleen bestellingen afhalen")
    draft = _draft(shop, "Zijn jullie open tussen kerst en nieuwjaar? Mijn schoonzus wil nog een kalkoen halen")
    assert "alleen bestellingen afhalen" in draft and "kerstdiner" not in draft, draft


def test_no_sunday_before_a_second_feast_day_when_sunday_is_the_feast() -> None:
    assert feast_eve_open("paasmaandag", "di–za 8:00–17:00, zo 9:00–12:00")
    draft = _draft(_shop("paasmaandag: dicht"), "Zijn jullie op 2e paasdag open?")
    assert "dicht" in draft and "zondag" not in draft and "9:00–12:00" not in draft, draft


def test_the_day_before_stays_when_the_weekly_hours_close_on_the_feast_anyway() -> None:
    """Negative case: closed on Sundays, so the Saturday before Easter is offered as before."""
    hours = "di–za 8:00–17:00; zo en ma dicht"
    assert not feast_eve_open("tweede paasdag", hours)
    draft = _draft(_shop("tweede paasdag: dicht", hours), "Zijn jullie op 2e paasdag open?")
    assert "zaterdag" in draft and "8:00–17:00" in draft, draft


def test_a_holiday_the_profile_does_not_name_is_named_in_the_promise_to_find_out() -> None:
    draft = _draft(_shop("tweede paasdag: dicht"), "open op koningsdag? moet nog een rollade halen", _LATER)
    assert "Koningsdag en de rollade" in draft and "vul in" in draft, draft


def test_the_promise_names_no_holiday_the_question_does_not_ask_about() -> None:
    """Negative case: the holiday is only when the writer's family comes, the question is about the meat."""
    draft = _draft(
        _shop("tweede paasdag: dicht"), "Met Koningsdag komt mijn familie. Verkopen jullie lamsvlees?", _LATER
    )
    assert "Koningsdag" not in draft, draft


def test_no_day_before_is_offered_after_a_slot_for_open_or_closed() -> None:
    """A holiday the profile does not name gets a slot; 'dicht' in the slot is no answer, so no day before."""
    draft = _draft(_shop("tweede paasdag: dicht"), "Zijn jullie open op Hemelvaartsdag?")
    assert "vul in" in draft and "woensdag" not in draft, draft


def test_a_feast_is_het_and_feasts_are_de() -> None:
    assert holiday_preposition("Offerfeest") == "tijdens het"
    assert holiday_preposition("Lichtjesfeest") == "tijdens het"
    assert holiday_preposition("Gentse Feesten") == "tijdens de"  # negative case: the plural stays 'de'


def test_a_bridge_day_and_a_day_pointing_back_are_named_by_their_place_next_to_the_feast() -> None:
    assert feast_day_named("Is de winkel dicht op de brugdag na Onze-Lieve-Heer-Hemelvaart?") == "vrijdag na hemelvaart"
    assert feast_day_named("hebben jullie de brugdag na o.l.h.-hemelvaart ook vrij") == "vrijdag na hemelvaart"
    both = ["hemelvaart", "vrijdag na hemelvaart"]
    assert days_named("kom ik met hemelvaart of anders de vrijdag daarna langs?") == both
    assert days_named("op pinksteren of de dag erna een rollade") == ["pinksteren", "tweede pinksterdag"]


def test_a_bridge_day_next_to_a_feast_on_a_fixed_date_stays_unnamed() -> None:
    """Negative case: Christmas falls on another weekday each year, so its bridge day has no name."""
    assert feast_day_named("zijn jullie de brugdag na kerst open?") == ""
    assert feast_day_named("de vrijdag erna") == ""


def test_the_feast_and_the_day_after_it_are_both_answered_from_the_profiles_lines() -> None:
    shop = _shop("Hemelvaartsdag 29 mei: dicht; vrijdag 30 mei: open tot 14:00", hours="di, do en za 8:00–17:00")
    draft = _draft(shop, "Ik wil een rollade halen op hemelvaart of de vrijdag daarna, kan dat?")
    assert "dicht" in draft and "14:00" in draft and "nog terecht" not in draft, draft
