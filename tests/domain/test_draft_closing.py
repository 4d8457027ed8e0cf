"""New Year's Eve by its everyday names ('oud en nieuw', 'oud & nieuw', 'oud-en-nieuw', 'oudjaar') in a question about
opening hours, answered from the profile's holidays; a product for that day ('oliebollen voor oud en nieuw') stays a
question about the product. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_closing import closing_date
from app.domain.draft_days import days_named, said_for
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

ANSWER = "uitkomst_vraag_beantwoorden"


def _shop(holidays: str) -> BusinessProfile:
    return BusinessProfile(
        name="Banketbakkerij Het Zoete Hoekje",
        kind="bakkerij",
        signers=["Marleen"],
        register="je",
        voice="ik",
        email="marleen@zoetehoekje.nl",
        opening_hours="di–za 8:00–17:00",
        holidays=holidays,
        faq=[FaqItem("Kan ik een taart bestellen?", "Ja, een taart bestel je twee dagen van tevoren.")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Open met oud en nieuw?",
        "zijn jullie open met oud & nieuw",
        "Oud-en-nieuw open??",
        "Zijn jullie met OUD EN NIEUW open?",
    ],
)
def test_new_years_eve_by_its_everyday_names_is_found(text: str) -> None:
    assert "oud en nieuw" in days_named(text)


@pytest.mark.parametrize(
    "text",
    ["Hoe laat sluit je met oudjaar?", "ben je open op oudejaarsdag?", "Open op oudjaarsavond?"],
)
def test_a_line_for_the_season_answers_its_day(text: str) -> None:
    entries = _shop("oud en nieuw: gesloten").holiday_entries()
    assert closing_date(entries, text) == "oud en nieuw"
    said = draft_text(_shop("oud en nieuw: gesloten"), ANSWER, text, author="Petra")
    assert "oud en nieuw" in said and ("dicht" in said or "gesloten" in said), said


def test_the_hours_of_new_years_eve_answer_oud_en_nieuw() -> None:
    said = draft_text(
        _shop("oudejaarsdag: 8:00–15:00; nieuwjaarsdag: dicht"), ANSWER, "Oud & nieuw open?", author="Petra"
    )
    assert "8:00–15:00" in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Maak je ook appelflappen voor oud en nieuw? Wanneer kan ik ze bestellen?",
        "bak je oliebollen voor oud & nieuw",
    ],
)
def test_a_thing_for_the_day_is_no_question_about_the_hours(text: str) -> None:
    assert closing_date(_shop("oud en nieuw: dicht").holiday_entries(), text) == ""
    said = draft_text(_shop("oud en nieuw: dicht"), ANSWER, text, author="Petra")
    assert "dicht" not in said, said


def test_said_for_tells_a_purpose_from_a_booking() -> None:
    assert said_for("oliebollen voor ")
    assert said_for("bestellen VÓÓR ")
    assert not said_for("kunnen we reserveren voor ")
    assert not said_for("open op ")


_WEEKS_OFF = [("zomerverlof 21 juli t/m 8 augustus", "gesloten"), ("nieuwjaarsdag", "dicht")]


@pytest.mark.parametrize(
    "text",
    [
        "Wanneer is jullie verlof?",
        "wanneer zijn jullie met vakantie, ik wil nog een taart bestellen",
        "Wanneer valt de jaarlijkse sluiting dit jaar?",
        "Tot wanneer is de zaak dicht voor het verlof?? mijn fiets staat nog bij jullie",
        "Wanneer is uwe congé?",
    ],
)
def test_weeks_off_asked_by_any_word_for_them_are_the_profiles_one_closing_line(text: str) -> None:
    assert closing_date(_WEEKS_OFF, text) == "zomerverlof"


@pytest.mark.parametrize(
    ("entries", "text"),
    [
        (_WEEKS_OFF, "Zijn jullie morgen open?"),  # no weeks off named
        (_WEEKS_OFF, "Ik ben net terug van mijn verloving"),  # no whole word for weeks off
        ([("nieuwjaarsdag", "dicht")], "Wanneer is jullie verlof?"),  # the profile has no weeks off
        (
            [("zomerverlof 21 juli t/m 8 augustus", "gesloten"), ("kerstsluiting 24 t/m 31 december", "dicht")],
            "Wanneer is jullie vakantie?",
        ),  # two: which one?
        ([("zomervakantie", "10:00–14:00")], "Wanneer is jullie vakantie?"),  # open then, with hours of its own
    ],
)
def test_weeks_off_are_not_said_when_the_text_or_the_profile_does_not_name_one(
    entries: list[tuple[str, str]], text: str
) -> None:
    assert closing_date(entries, text) == ""


_BAKERY_WEEKS_OFF = BusinessProfile(
    name="Bakkerij De Korenbloem",
    kind="bakkerij",
    signers=["Griet"],
    register="u",
    voice="wij",
    email="info@korenbloem.be",
    holidays="nieuwjaarsdag: 7:00–12:00; jaarlijks verlof 2 t/m 16 februari: gesloten",
    faq=[FaqItem("Hoe groot zijn jullie appeltaarten?", "Voor 6 of 10 personen (€ 16 of € 24).")],
)


@pytest.mark.parametrize(
    "text",
    [
        "Hebt ge nog appeltaarten voor 6 personen? En wanneer is jullie verlof, ik wil er nog ene voor mijn werk.",
        "wanneer zijn jullie op vakantie?",
        "Wanneer is de jaarlijkse sluiting? Ik wil op tijd mijn taart bestellen.",
        "Gaan jullie binnenkort met verlof? Dan haal ik nog snel een taart.",
    ],
)
def test_a_question_about_the_weeks_off_is_answered_with_them_and_is_no_engagement(text: str) -> None:
    said = draft_text(_BAKERY_WEEKS_OFF, "uitkomst_vraag_beantwoorden", text)
    assert "2 t/m 16 februari" in said, said
    assert "verloving" not in said, said


# Code review 28: the writer's own holiday ('wij gaan op vakantie', 'mee op vakantie') asks nothing about the
# business's weeks off.
@pytest.mark.parametrize(
    "text",
    [
        "Hoe lang blijft een taart goed als ik hem mee op vakantie neem?",
        "we gaan volgende week op vakantie, kan ik mijn fiets nog voor die tijd laten nakijken?",
        "Na mijn verlof wil ik graag een afspraak maken, kan dat op een dinsdag?",
        "Wij vertrekken op vakantie en willen nog een taart bestellen, kan dat voor vrijdag",
        "Can I freeze the bread before my vakantie?",
    ],
)
def test_the_writers_own_holiday_is_no_question_about_the_weeks_off(text: str) -> None:
    assert closing_date(_WEEKS_OFF, text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Zijn jullie deze zomer met vakantie?",
        "wanneer is ulder vakantie",
        "Ik wou nog iets bestellen, maar wanneer is jullie verlof?",
        "Wanneer is de jaarlijkse sluiting? Wij willen nog een taart.",
    ],
)
def test_the_business_s_holiday_is_still_answered_beside_the_writer(text: str) -> None:
    assert closing_date(_WEEKS_OFF, text) == "zomerverlof"


# Code review 28, finding 10: a month the writer gives a day of ('op 17 januari') is that day, held against the
# range; it is no question about the whole month, also beside the writer's own holiday in that month.
_JANUARY_OFF = [("jaarlijks verlof 18 t/m 29 januari", "gesloten")]


@pytest.mark.parametrize(
    "text",
    [
        "We zijn in januari zelf weg, kan ik de taart op 16 januari al komen halen?",
        "in januari gaan wij skiën... kunnen we op 17 jan nog iets bestellen??",
        "Mijn fiets moet in januari nog een beurt, gaat dat op 10/1?",
        "Kunnen we in januari, liefst op 31 januari, een taart ophalen?",
    ],
)
def test_a_month_with_a_day_of_its_own_is_that_day_not_the_weeks_off(text: str) -> None:
    assert closing_date(_JANUARY_OFF, text) == ""


@pytest.mark.parametrize(
    "text",
    ["Zijn jullie in januari open?", "open in januari??", "Kan ik op 20 januari een taart ophalen?"],
)
def test_a_bare_month_or_a_day_in_the_range_still_finds_the_weeks_off(text: str) -> None:
    assert closing_date(_JANUARY_OFF, text) != ""


_NOVEMBER = [
    ("Allerheiligen (1 november)", "8:00–12:00"),
    ("Allerzielen (2 november)", "gewoon open"),
    ("Sint-Maarten (11 november)", "dicht"),
]


@pytest.mark.parametrize(
    ("day", "text", "found"),
    [
        ("allerheiligen", "En den 2de ook?", "2 november"),
        ("allerheiligen", "en de 2e??", "2 november"),
        ("allerheiligen", "En op 11 ook?", "11 november"),
        ("1 november", "And the 2nd?", "2 november"),
    ],
)
def test_a_day_of_the_month_alone_is_read_in_the_month_of_the_day_asked(day: str, text: str, found: str) -> None:
    from app.domain.draft_closing import bare_day

    assert bare_day(_NOVEMBER, day, text).lower() == found.lower()


@pytest.mark.parametrize("text", ["Ik kom met de 2 kinderen.", "En de 2de november?", "En den 5de ook?", "Op de 1ste?"])
def test_a_count_a_day_with_its_month_or_a_day_without_a_line_is_no_other_day(text: str) -> None:
    from app.domain.draft_closing import bare_day

    assert bare_day(_NOVEMBER, "allerheiligen", text) == ""


@pytest.mark.parametrize(
    "written", ["Dankdag (3 november)", "Biddag (12 maart)", "Kermis (zaterdag 5 t/m dinsdag 8 juli)"]
)
def test_a_holiday_line_with_its_date_between_brackets_keeps_its_name(written: str) -> None:
    from app.domain.draft_holiday_lines import entry_name

    assert entry_name(written, "10:00–13:00") == written.split(" (", maxsplit=1)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Zijn jullie op Dankdag open?",
        "open met dankdag??",
        "Hoe laat gaan jullie op Dankdag dicht?",
        "Is de winkel op dankdag gewoon open?",
    ],
)
def test_a_holiday_the_profile_names_with_its_date_between_brackets_gets_its_hours(text: str) -> None:
    shop = _shop("Dankdag (5 november): 8:00–12:30; 24 december: 8:00–15:00")
    assert "12:30" in draft_text(shop, ANSWER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zijde gij open me Allerheiligen? En den 2de ook?",
        "Open op 1 november? en de 2e?",
        "Zijn jullie op Allerheiligen open, en op de 2de?",
    ],
)
def test_the_second_question_with_a_day_alone_gets_that_days_hours_too(text: str) -> None:
    shop = _shop("Allerheiligen (1 november): 8:00–12:00; Allerzielen (2 november): 8:00–14:30")
    said = draft_text(shop, ANSWER, text)
    assert "12:00" in said and "14:30" in said, said


def test_a_feast_day_told_inside_the_feasts_line_is_answered_by_its_own_part() -> None:
    # 'Pasen: paaszondag dicht, tweede paasdag open ...': the day asked, not the whole feast said closed
    holidays = "Pasen: zondag 20 april gesloten, tweede paasdag maandag 21 april open 10:00–14:00."
    shop = _shop(holidays)
    assert closing_date(shop.holiday_entries(), "Zijn jullie open op tweede paasdag?") == "tweede paasdag"
    said = draft_text(shop, ANSWER, "Zijn jullie op tweede paasdag open?")
    assert "10:00" in said and "gesloten" not in said and "dicht" not in said
    # a line for the whole feast that does not tell the day: the feast, as before
    shop = _shop("Pasen: gesloten.")
    assert closing_date(shop.holiday_entries(), "Zijn jullie open op tweede paasdag?") == "pasen"


def test_weeks_off_named_after_their_dates_answer_when_the_leave_is() -> None:
    entries = [("Di 1 januari", "gesloten"), ("Ma 5 t/m zo 18 februari jaarlijkse sluiting", "")]
    assert closing_date(entries, "En wanneer is jullie sluiting dit jaar?") == "jaarlijkse sluiting"
    # (another word for the weeks off asks for them too; a line of dates with no such name is none)
    assert closing_date(entries, "Wanneer zijn jullie met vakantie?") == "jaarlijkse sluiting"
    assert closing_date([("Ma 5 t/m zo 18 februari", "gesloten")], "Wanneer is jullie sluiting?") == ""


def test_a_closed_line_with_hours_written_the_flemish_way_is_open_for_a_part() -> None:
    from app.domain.draft_closing import all_closed

    assert not all_closed("winkel gesloten, fietsverhuur wel van 10u tot 13u")
    assert not all_closed("atelier dicht; de winkel open tot 12u30")
    assert all_closed("de hele dag gesloten (verlof)")
