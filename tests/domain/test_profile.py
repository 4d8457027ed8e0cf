"""The business profile's own reading of its fields (app/domain/profile.py)."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested


def _shop(holidays: str) -> BusinessProfile:
    return BusinessProfile(
        name="Eethuis De Brug", kind="restaurant", signers=["Noor"], voice="wij", register="je", holidays=holidays
    )


def test_holidays_written_as_sentences_are_one_entry_each() -> None:
    shop = _shop(
        "Koningsdag za 27 april: gewoon open. Hemelvaart: dicht. Pinksteren zo 8 juni: brunch 10.00–13.00. "
        "Tweede pinksterdag gesloten."
    )
    assert shop.holiday_entries() == [
        ("Koningsdag za 27 april", "gewoon open"),
        ("Hemelvaart", "dicht"),
        ("Pinksteren zo 8 juni", "brunch 10.00–13.00"),
        ("Tweede pinksterdag gesloten.", ""),
    ]


def test_a_full_stop_of_an_abbreviation_or_inside_a_value_does_not_end_the_part() -> None:
    shop = _shop("Paasbrunch zo 31 maart: €32 p.p. Kinderen de helft; St. Maarten: open tot 21.00 uur")
    assert shop.holiday_entries() == [
        ("Paasbrunch zo 31 maart", "€32 p.p. Kinderen de helft"),
        ("St. Maarten", "open tot 21.00 uur"),
    ]


def test_the_old_separators_still_separate() -> None:
    assert _shop("Kerstavond: tot 16:00; oud en nieuw: dicht\n2 januari: 12:00–20:00").holiday_entries() == [
        ("Kerstavond", "tot 16:00"),
        ("oud en nieuw", "dicht"),
        ("2 januari", "12:00–20:00"),
    ]


def test_a_rumour_about_a_holiday_is_answered_from_the_sentence_that_names_it() -> None:
    # Read as one part, the Christmas sentences were cut at the wrong colon: 'zo : brunch 11.00–14.00'.
    shop = _shop(
        "Sinterklaas: gewoon open. Kerstavond vr 24 december: à la carte vanaf 17.00. Tweede kerstdag zo 26 december: "
        "brunch 11.00–14.00, kinderen €15; 's avonds gesloten. Oudejaarsavond gesloten."
    )
    text = "Hoorde dat De Brug met kerst gewoon dicht is, jammer, dan maar thuis koken."
    said = suggested(shop, text, label="onwaarheid")
    assert "brunch 11.00–14.00" in said
    assert " : " not in said


def test_a_part_without_a_colon_is_split_after_its_date() -> None:
    shop = _shop("Kerstmis za 25 december 8.00–11.00. Zo 26 december gesloten. Gesloten van 27 t/m 31 december")
    assert shop.holiday_entries() == [
        ("Kerstmis za 25 december", "8.00–11.00"),
        ("Zo 26 december", "gesloten"),
        ("Gesloten van 27 t/m 31 december", ""),  # the date ends it: the part applies as a whole
    ]


def test_a_span_of_days_without_a_colon_stays_whole() -> None:
    entries = _shop("van 27 juli t/m 16 augustus gesloten (zomervakantie); Ma 3 t/m do 6 januari open 9.00–17.00")
    assert entries.holiday_entries() == [
        ("van 27 juli t/m 16 augustus gesloten (zomervakantie)", ""),
        ("Ma 3 t/m do 6 januari open 9.00–17.00", ""),
    ]


def test_a_date_between_brackets_after_the_days_name_ends_the_day() -> None:
    shop = _shop(
        "Witte Donderdag (13 april 2034) open tot 14.00. Paaszondag (zondag 16 april) alleen brunch 10.00–13.00, "
        "keuken verder dicht. Paasmaandag (maandag 17 april) gesloten."
    )
    assert shop.holiday_entries() == [
        ("Witte Donderdag (13 april 2034)", "open tot 14.00"),
        ("Paaszondag (zondag 16 april)", "alleen brunch 10.00–13.00, keuken verder dicht"),
        ("Paasmaandag (maandag 17 april)", "gesloten."),
    ]


def test_a_holiday_open_for_a_part_is_answered_as_open_in_english_and_dutch() -> None:
    shop = BusinessProfile(
        name="Rijwielhuis Tak",
        kind="fietsenmaker",
        signers=["Koen"],
        voice="ik",
        register="je",
        opening_hours="di t/m za 9.00–17.30, zo en ma gesloten",
        holidays="Paaszondag (zondag 16 april) alleen fietsverhuur 10.00–15.00, werkplaats dicht. "
        "Paasmaandag (maandag 17 april) gesloten.",
    )
    english = suggested(shop, "Hi! Are you open on Easter Monday? We would like to rent two bikes.")
    assert "closed on Easter Monday" in english, english
    assert "open on Monday" not in english, english
    sunday = suggested(shop, "Is the shop open on Easter Sunday?")
    assert "10.00–15.00" in sunday and "closed" not in sunday.lower(), sunday
    dutch = suggested(shop, "Ben je open op paaszondag?")
    assert "10.00–15.00" in dutch and "nog welkom" not in dutch and "nog terecht" not in dutch, dutch


def test_a_part_that_says_how_to_order_or_fetch_goes_on_with_the_day_before_it() -> None:
    shop = _shop(
        "Za 5 april (Paaszaterdag): 7.00–15.00; paasbroden vooraf bestellen tot wo 2 april. "
        "Ma 7 april (Paasmaandag): dicht; afhalen van bestellingen kan pas op di 8 april"
    )
    assert shop.holiday_entries() == [
        ("Za 5 april (Paaszaterdag)", "7.00–15.00; paasbroden vooraf bestellen tot wo 2 april"),
        ("Ma 7 april (Paasmaandag)", "dicht; afhalen van bestellingen kan pas op di 8 april"),
    ]


def test_a_part_that_opens_with_its_own_day_or_closing_stays_a_line_of_its_own() -> None:
    shop = _shop("Ma 7 april (Paasmaandag): dicht; di 8 april bestellingen afhalen vanaf 7.00; verlof van 2 t/m 9 juni")
    days = [day for day, _ in shop.holiday_entries()]
    assert days == ["Ma 7 april (Paasmaandag)", "di 8 april", "verlof van 2 t/m 9 juni"], days
