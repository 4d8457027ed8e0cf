"""Days that belong to a feast or a holiday season: 'de kerstvakantie' is answered by the profile's days
between Christmas and New Year, a feast's second day by the feast's own line when the profile names only
the feast, and a short joined follow-up ('En op pinkstermaandag?') is answered too. Profiles and questions
of their own."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_ANSWER = "uitkomst_vraag_beantwoorden"


def _shop(holidays: str) -> BusinessProfile:
    return BusinessProfile(
        name="Lijstenmakerij Het Kader",
        kind="winkel",
        signers=["Noor"],
        voice="ik",
        register="je",
        email="noor@hetkader.nl",
        phone="030-2334455",
        opening_hours="wo–za 10:00–17:00; zo t/m di dicht",
        holidays=holidays,
    )


def _knows(profile: BusinessProfile, question: str) -> bool:
    return Drafter(profile, analyser=analyse_topics).knows_answer(question, author="Bram")


def test_the_christmas_holiday_is_answered_by_the_days_between_christmas_and_new_year() -> None:
    shop = _shop("Hemelvaartsdag: dicht; tussen kerst en nieuwjaar: alleen op afspraak")
    question = "Kan ik in de kerstvakantie nog een lijst komen ophalen, zijn jullie dan open?"
    assert _knows(shop, question)
    draft = draft_text(shop, _ANSWER, question, author="Bram")
    assert "alleen op afspraak" in draft and "vul in" not in draft and "Voor tussen" not in draft, draft


def test_the_christmas_holiday_is_not_answered_without_christmas_days() -> None:
    """Negative case: a profile that names no day in the Christmas holiday does not answer it."""
    assert not _knows(_shop("Hemelvaartsdag: dicht; Koningsdag: dicht"), "Zijn jullie open in de kerstvakantie?")


def test_a_second_feast_day_follows_the_feast_and_a_joined_follow_up_is_answered() -> None:
    shop = _shop("Pinksteren: 11:00–15:00; Koningsdag: dicht")
    draft = draft_text(shop, _ANSWER, "Zijn jullie open met Pinksteren? En op pinkstermaandag?", author="Bram")
    assert "pinkstermaandag" in draft and draft.count("11:00–15:00") == 2, draft


def test_a_second_feast_day_of_its_own_beats_the_feast() -> None:
    """Negative case: the profile's own line for the day is used, not the feast's."""
    shop = _shop("Pinksteren: dicht; tweede pinksterdag: 12:00–16:00")
    draft = draft_text(shop, _ANSWER, "Zijn jullie op pinkstermaandag open?", author="Bram")
    assert "12:00–16:00" in draft and "dicht" not in draft, draft


def test_a_joined_follow_up_without_a_day_is_no_day_question() -> None:
    """Negative case: 'En voor kinderen?' names no day, so it is not read as the same question for a day."""
    drafter = Drafter(_shop("Pinksteren: dicht"), analyser=analyse_topics)
    asked = ("Zijn jullie met Pinksteren open?", "En voor kinderen?")
    assert not drafter._joined_day_question("voor kinderen?", asked)
    assert drafter._joined_day_question(
        "op pinkstermaandag?", ("Zijn jullie met Pinksteren open?", "En op pinkstermaandag?")
    )


def test_easter_of_known_years() -> None:
    from datetime import date

    from app.domain.draft_feast_days import easter

    assert easter(2024) == date(2024, 3, 31)
    assert easter(2027) == date(2027, 3, 28)
    assert easter(2031) == date(2031, 4, 13)


def test_the_year_comes_from_lines_with_a_weekday_and_a_date() -> None:
    from datetime import date

    from app.domain.draft_feast_days import year_of

    today = date(2027, 3, 1)
    assert year_of([("zaterdag 5 juni", "8:00–12:00")], today) == 2027
    assert year_of([("di 1 juni", "dicht"), ("Pinksteren", "dicht")], today) == 2027
    assert year_of([("Pinksteren", "dicht")], today) == 0  # no line says a weekday with a date
    assert year_of([("maandag 1 juni", "dicht"), ("maandag 2 juni", "dicht")], today) == 0  # no year fits both


def test_a_day_next_to_a_feast_gets_its_date_in_the_profiles_year() -> None:
    from datetime import date

    from app.domain.draft_feast_days import feast_day_date

    today = date(2027, 3, 1)
    lines = [("Hemelvaartsdag", "gesloten"), ("zaterdag 8 mei", "9:00–12:00")]  # 8 May 2027 is a Saturday
    assert feast_day_date("vrijdag na hemelvaart", lines, today) == "7 mei"  # Ascension 2027: Thursday 6 May
    assert feast_day_date("tweede paasdag", lines, today) == "29 maart"
    assert feast_day_date("tweede kerstdag", lines, today) == "26 december"
    assert feast_day_date("vrijdag na hemelvaart", [("Hemelvaartsdag", "gesloten")], today) == ""  # no year
    assert feast_day_date("de markt", lines, today) == ""


def test_a_moving_feast_with_its_date_tells_the_year() -> None:
    from datetime import date

    from app.domain.draft_feast_days import feast_day_date, year_of

    today = date(2025, 1, 10)
    # 23 May is a Friday in 2025 as well, but Ascension 2025 is 29 May: only 2031 fits both lines
    lines = [("Onze-Lieve-Heer-Hemelvaart 22 mei", "dicht"), ("brugdag vrijdag 23 mei", "9:00–12:00")]
    assert year_of(lines[1:], today) == 2025
    assert year_of(lines, today) == 2031
    assert feast_day_date("vrijdag na hemelvaart", lines, today) == "23 mei"
    assert year_of([("Hemelvaart 30 mei", "dicht"), ("Pinkstermaandag 10 juni", "dicht")], today) == 2030
    assert year_of([("Hemelvaart 31 mei", "dicht")], today) == 0  # Ascension is never on 31 May in these years


def test_a_list_of_days_before_one_time_gives_each_day_that_time() -> None:
    from app.domain.draft_days import hours_on, open_day_before

    hours = "alleen op afspraak: ma, wo en vr 10:00–16:00; za 9:00–13:00"
    assert hours_on(hours, "op woensdag") == "woensdag 10:00–16:00"
    assert open_day_before(hours, "donderdag") == ("woensdag", "10:00–16:00")


def test_a_profile_filled_in_years_ahead_still_tells_its_year() -> None:
    from datetime import date

    from app.domain.draft_feast_days import feast_day_date, year_of

    today = date(2026, 12, 1)
    # Ascension on Thursday 3 May and its bridge day: 2035, more than ten years on
    lines = [("Hemelvaartsdag do 3 mei", "gesloten"), ("brugdag vr 4 mei", "open 8.00–13.00")]
    assert year_of(lines, today) == 2035
    assert feast_day_date("vrijdag na hemelvaart", lines, today) == "4 mei"
    assert year_of([("maandag 1 juni", "dicht"), ("maandag 2 juni", "dicht")], today) == 0  # still none fits both
