"""A holiday line headed by a period of months or a season ('Juni t/m augustus 2036:', 'Herfst 2036:') said as a
person says it, the day a line under such a heading names, and a date whose name in brackets ends its sentence
(app/domain/period_words.py, BusinessProfile.holiday_entries, holiday_values). Sentences of our own."""

from __future__ import annotations

from app.domain.draft_days import holiday_values
from app.domain.period_words import period_said
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

# a cheese shop closed on Monday that opens Monday mornings in the summer months
CHEESE = BusinessProfile(
    name="Kaashandel Het Wiel",
    kind="kaaswinkel",
    signers=["Mieke"],
    voice="wij",
    register="u",
    opening_hours="di–za 9:00–17:30; zondag en maandag gesloten",
    holidays="Juni t/m augustus 2036: ook op maandag open 9:00–13:00. Kermis: maandag 8 september dicht.",
)
# a florist whose autumn heading names one closed day
FLORIST = BusinessProfile(
    name="Bloemenhuis Roos",
    kind="bloemist",
    signers=["Sanne"],
    voice="ik",
    register="je",
    opening_hours="ma–za 9:00–18:00; zondag gesloten",
    holidays="Herfst 2036: dinsdag 11 november dicht. Elke zaterdag in oktober open tot 20:00, "
    "ook zaterdag 25 oktober (Nacht van de Bloem).",
)


def test_a_heading_of_months_or_a_season_is_said_after_in() -> None:
    assert period_said("Juni t/m augustus 2036") == "juni t/m augustus"
    assert period_said("September en oktober") == "september en oktober"
    assert period_said("Mei–juni") == "mei–juni"
    assert period_said("Herfst 2036") == "de herfst"
    assert period_said("de winter van 2037") == "de winter"


def test_no_period_for_a_date_a_feast_or_a_holiday_period_of_its_own() -> None:
    for heading in ("12 juni", "Kerstmis", "Zomerfeest", "herfstvakantie", "Kermis", "zomer-actie"):
        assert period_said(heading) == "", heading


def test_holiday_values_say_the_period_in_lower_case_and_without_its_year() -> None:
    values = holiday_values("Juni t/m augustus 2036", CHEESE)
    assert values["feestdag_hoofd"] == "In juni t/m augustus"
    assert values["feestdag"] == "in juni t/m augustus"
    summer = holiday_values("Zomervakantie 2036", CHEESE)
    assert summer["feestdag"] == "in de zomervakantie"
    assert holiday_values("Kerstmis", CHEESE)["feestdag"] == "met Kerstmis"  # near miss: a feast keeps its name


def test_a_line_under_a_period_heading_is_the_day_it_names() -> None:
    entries = FLORIST.holiday_entries()
    assert ("dinsdag 11 november", "dicht") in entries
    assert not any(day.startswith("Herfst") for day, _ in entries)
    # near miss: a feast's heading keeps its line whole, also when it names a date
    assert ("Kermis", "maandag 8 september dicht.") in CHEESE.holiday_entries()
    # near miss: a period heading whose line names no date of its own stays as it is
    assert ("Juni t/m augustus 2036", "ook op maandag open 9:00–13:00") in CHEESE.holiday_entries()


def test_a_date_whose_name_in_brackets_ends_the_part_is_not_split_off() -> None:
    entries = FLORIST.holiday_entries()
    assert not any(value.startswith("(") for _, value in entries), entries
    # near miss: a name in brackets with what applies after it still splits
    named = BusinessProfile(holidays="Maandag 6 april (Paasmaandag) open 10:00–14:00").holiday_entries()
    assert named == [("Maandag 6 april (Paasmaandag)", "open 10:00–14:00")]


def test_a_closed_weekday_open_in_the_summer_months_is_said_with_the_months() -> None:
    draft = suggested(CHEESE, "Kan ik maandag een stuk oude boerenkaas komen halen?")
    assert "In juni t/m augustus" in draft and "op maandag wel" in draft, draft
    assert "2036" not in draft and "Op Juni" not in draft, draft


def test_a_day_asked_under_a_season_heading_gets_that_day_not_the_season() -> None:
    draft = suggested(FLORIST, "Ben je open op 11 november? Ik wil een boeket laten maken.")
    assert "11 november" in draft and "dicht" in draft, draft
    assert "Herfst" not in draft and "de herfst" not in draft, draft
    for text in ("Hoe laat ben je open op zaterdag 25 oktober?", "Ben je 25 oktober open?"):
        draft = suggested(FLORIST, text)
        assert "geldt: (" not in draft, (text, draft)
