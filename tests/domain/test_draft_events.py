"""A weekday the writer names as coming back ('elke zondag') or names with its part of the day ('zaterdagochtend');
the words in resources/phrase_cues.toml. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_events import appointment_event, booked_where, booked_word, day_of, day_said


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Iedere zaterdagochtend is het brood al op om tien uur", "zaterdagochtend"),
        ("ELKE ZONDAG weer hetzelfde verhaal met die rij", "zondag"),
        ("Alle vrijdagen is de kassa dicht als ik kom", "vrijdag"),
    ],
)
def test_a_day_that_comes_back(text: str, day: str) -> None:
    assert day_of(text, "") == (day, True)


def test_a_day_named_once_does_not_come_back() -> None:
    assert day_of("Vorige week dinsdagavond stond ik voor een dichte deur", "dinsdagavond stond ik") == (
        "dinsdagavond",
        False,
    )


def test_the_day_said_keeps_its_part_of_the_day() -> None:
    assert day_said("We kwamen woensdagnamiddag om 3 uur langs") == "woensdagnamiddag"


@pytest.mark.parametrize(
    "text",
    [
        "Tafel voor 4 gereserveerd om 20:00 voor oudjaar. Nu gebeld: 'overboekt', pas om 21:30.",
        "vorige week gebeld om te reserveren voor zondag. nu zeggen ze: overgeboekt, we moeten om 12 uur komen",
        "Booked a table for eight, got a call today that they are overbooked and we can only come at five.",
    ],
)
def test_an_overbooked_booking_is_moved(text: str) -> None:
    assert appointment_event(text)[0] == "moved"


def test_reserveren_names_the_booking() -> None:
    assert booked_word("Op 3 mei gebeld om te reserveren voor de communie") == "reservering"
    assert booked_word("We wilden bellen om te vragen hoe laat het is") == ""


@pytest.mark.parametrize(
    ("text", "day"),
    [("Iedere zaterdagvoormiddag hetzelfde liedje", "zaterdagvoormiddag"), ("alle zondagen dicht??", "zondag")],
)
def test_a_day_that_comes_back_is_read_from_the_phrase_cues(text: str, day: str) -> None:
    assert day_of(text, text) == (day, True)


@pytest.mark.parametrize(
    "text",
    [
        "Sms gekregen: ze zijn overboekt en mijn afspraak is geschrapt.",
        "Overboekt zeggen ze, dus onze reservering gaat niet door. Super.",
        "Overbooked, they said, and my booking was cancelled just like that.",
        "afspraak zomaar verwijderd uit de agenda, zonder iets te laten weten",
    ],
)
def test_a_booking_dropped_is_cancelled_also_when_overbooked(text: str) -> None:
    assert appointment_event(text)[0] == "cancelled"


@pytest.mark.parametrize(
    ("text", "noun", "said"),
    [
        ("Afspraak op 31/12 voor een feestkapsel, nu geschrapt", "afspraak", " op 31/12"),
        ("mijn reservering voor zaterdag 21 december werd geannuleerd", "reservering", " voor zaterdag 21 december"),
        ("Ik had een afspraak van vrijdag, die is verzet", "afspraak", " van vrijdag"),
        ("onze reservering op oudejaarsavond gaat niet door", "reservering", " op oudejaarsavond"),
        ("De afspraak is afgezegd, echt jammer", "afspraak", ""),
    ],
)
def test_the_day_of_a_booking_is_said_with_it(text: str, noun: str, said: str) -> None:
    from app.domain.draft_events import booked_date

    assert booked_date(text, noun) == said


@pytest.mark.parametrize(
    ("text", "ordered"),
    [
        ("Worstenbroodjes OP. En dan nog 'hedde nie besteld?' van die jongen", False),  # staff asked it
        ("ik had niet besteld, maar alles was op", False),
        ("I never ordered anything, it was just sold out", False),
        ("Koningentaart voor 8 besteld, alles was uitverkocht", True),
        ("Mijn bestelling was er niet, alles op", True),
    ],
)
def test_an_order_quoted_or_denied_is_no_order_ahead(text: str, ordered: bool) -> None:
    from app.domain.draft_events import ordered_ahead

    assert ordered_ahead(text) is ordered


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("We hadden aan het raam gereserveerd en kregen een tafel bij de deur.", " aan het raam"),
        ("Ik had in de serre geboekt, maar de serre was dicht", " in de serre"),
        ("In de kerstvakantie geboekt en toen afgezegd", ""),
        ("Aan de telefoon gereserveerd voor vier", ""),
        ("Gereserveerd voor zes personen", ""),
        ("We hadden op het internet gereserveerd en toch was er geen tafel", ""),  # how, not where to sit
        ("Via de site? Nee, in de winkel geboekt", ""),
        ("We hadden op het zonneterras gereserveerd, maar zaten binnen", " op het zonneterras"),
        ("Wij hadden bij de open haard gereserveerd voor ons jubileum", " bij de open haard"),
    ],
)
def test_where_the_writer_booked_to_sit_is_said_with_the_booking(text: str, where: str) -> None:
    assert booked_where(text) == where


def test_where_booked_is_read_from_a_long_text() -> None:
    # 20,000 characters of unpunctuated 'in de': each looks two words ahead, not to the end (code review 31, 6)
    assert booked_where("in de " * 3400) == ""
    assert booked_where("we zaten in de tuin en " * 870 + "op het terras gereserveerd") == " op het terras"


@pytest.mark.parametrize(
    ("said", "want"), [("75ste verjaardag", "75"), ("Sarahfeest", "50"), ("Abraham", "50"), ("bruiloft", "")]
)
def test_a_birthday_age_also_as_sarah_or_abraham(said: str, want: str) -> None:
    from app.domain.draft_events import birthday_age

    assert birthday_age(said) == want


@pytest.mark.parametrize(
    ("occasion", "text", "said_not"),
    [
        ("diploma", "Klopt het dat de nieuwe kapster nog geen diploma heeft?", True),
        ("bruiloft", "Mijn broer is nooit getrouwd, er was nooit een bruiloft.", True),
        ("diploma", "Onze zoon heeft zijn diploma gehaald!", False),
        ("", "geen idee", False),
    ],
)
def test_an_occasion_said_not_to_be_is_no_life_event(occasion: str, text: str, said_not: bool) -> None:
    from app.domain.draft_events import denied

    assert denied(occasion, text) is said_not


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Geboekt voor twintig man in de feestzaal. We kregen drie tafels in het café.", " in de feestzaal"),
        ("Gereserveerd voor ons tweeën, aan het raam graag, zei ik nog.", " aan het raam"),
        ("Gereserveerd voor zes personen in de kerstvakantie.", ""),  # when, not where to sit
        ("Gereserveerd voor vier. In de serre was het koud.", ""),  # another sentence
    ],
)
def test_where_booked_is_also_read_after_the_verb(text: str, where: str) -> None:
    assert booked_where(text) == where
