"""Profile text said in running text: weekdays written out, a line of dates said with its verb, an order line and an
offer's line with their last day, a word after a colon in lower case; slots and quoted words left alone."""

from __future__ import annotations

import pytest

from app.domain.draft_fact_spoken import fact_spoken, parse_spoken
from app.errors import DataFileError


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Paastaarten kunt u ophalen op vr 3 april.", "Paastaarten kunt u ophalen op vrijdag 3 april."),
        ("Wij zijn dicht van di 2 t/m do 4 jan.", "Wij zijn dicht van dinsdag 2 t/m donderdag 4 jan."),
        ("Afhalen kan op Za. 6 of zo 7 juni.", "Afhalen kan op zaterdag 6 of zondag 7 juni."),
        ("Wo 12 maart zijn we er niet.", "Woensdag 12 maart zijn we er niet."),
    ],
)
def test_a_short_weekday_before_a_date_is_written_out(text: str, said: str) -> None:
    assert fact_spoken(text) == said


@pytest.mark.parametrize(
    "text",
    ["Er passen zo 12 mensen aan tafel.", "We do 3 fittings a day.", "Open ma–vr 9.00–17.00, za 9.00–12.00."],
)
def test_a_short_weekday_without_a_date_or_a_word_that_only_looks_like_one_stays(text: str) -> None:
    assert fact_spoken(text) == text


def test_a_slot_and_quoted_words_are_left_as_written() -> None:
    text = "Dat klopt. [vul in: open op za 5 mei?] U schreef ‘tot vr 4 mei’."
    assert fact_spoken(text) == text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Goed om te weten: Twee jaar garantie op het frame.", "Goed om te weten: twee jaar garantie op het frame."),
        ("Wij zijn dicht; Maandag open.", "Wij zijn dicht; maandag open."),
        ("Vraag het aan: Saar doet de make-up.", "Vraag het aan: Saar doet de make-up."),
    ],
)
def test_a_number_or_day_after_a_colon_goes_small_but_a_name_stays(text: str, said: str) -> None:
    assert fact_spoken(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Zo zit het: wo 2 t/m vr 4 januari: salon dicht; za 5 januari: open 9.00–13.00.",
            "Zo zit het: van woensdag 2 t/m vrijdag 4 januari is de salon dicht; "
            "op zaterdag 5 januari is de zaak open van 9.00 tot 13.00.",
        ),
        (
            "Ma 1 april: terras gesloten, keuken open tot 21.00.",
            "Op maandag 1 april is het terras gesloten en de keuken open tot 21.00.",
        ),
        ("Zo 14 juli: extra open 11.00–15.00.", "Op zondag 14 juli is de zaak extra open van 11.00 tot 15.00."),
    ],
)
def test_a_line_of_dates_is_said_as_a_sentence_with_its_verb(text: str, said: str) -> None:
    assert fact_spoken(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "Zo zit het: do 27 t/m za 29 december: gewone tijden.",  # no state a sentence can say
        "Ma 1 april: garage open 9.00–12.00.",  # a part whose article the word list does not give
    ],
)
def test_a_line_of_dates_that_says_something_else_is_left(text: str) -> None:
    assert fact_spoken(text) == text.replace("do 27", "donderdag 27").replace("za 29", "zaterdag 29").replace(
        "Ma 1", "Maandag 1"
    )


def test_an_order_line_is_said_with_its_last_day_and_its_step() -> None:
    text = "Paasbestellingen (paasbrood, eitjes) tot en met di 7 april; afhalen za 11 april."
    assert fact_spoken(text) == (
        "De laatste dag voor paasbestellingen (paasbrood, eitjes) is dinsdag 7 april; afhalen kan op zaterdag 11 april."
    )


def test_an_offer_line_is_said_with_its_last_day() -> None:
    text = "Fijn dat u het vraagt. Winterkorting: 10% op alle jassen t/m zo 12 januari."
    said = "Fijn dat u het vraagt. De winterkorting loopt t/m zondag 12 januari: 10% op alle jassen."
    assert fact_spoken(text) == said


def test_the_word_list_refuses_an_article_that_is_none() -> None:
    with pytest.raises(DataFileError):
        parse_spoken({"schema": 1, "campaign_ends": ["actie"], "infinitives": ["ophalen"], "places": {"den": ["x"]}})


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Top! De zaak is op vrijdag 3 mei keuken open tot 23.00.",
            "Top! Op vrijdag 3 mei is de keuken open tot 23.00.",
        ),
        ("Ja, we zijn met Pasen terras gesloten.", "Ja, met Pasen is het terras gesloten."),
        ("We zijn op zondag werkplaats dicht.", "Op zondag is de werkplaats dicht."),
    ],
)
def test_a_day_line_of_one_part_of_the_business_is_said_of_that_part(text: str, said: str) -> None:
    assert fact_spoken(text) == said


def test_a_day_line_of_the_whole_business_stays() -> None:
    text = "De zaak is op maandag open tot 18.00. We zijn op zondag dicht."
    assert fact_spoken(text) == text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Leuk! Sinterklaas zaterdag 5 december: pietenontbijt 9.00–11.00, € 12 per kind.",
            "Leuk! Op Sinterklaas, zaterdag 5 december, is er een pietenontbijt van 9.00 tot 11.00, € 12 per kind.",
        ),
        (
            "Op Valentijn vrijdag 14 februari: viergangendiner om 19u (€ 55).",
            "Op Valentijn, vrijdag 14 februari, is er een viergangendiner om 19u (€ 55).",
        ),
    ],
)
def test_a_day_event_line_is_said_as_a_sentence(text: str, said: str) -> None:
    assert fact_spoken(text) == said


def test_an_event_line_without_a_thing_there_is_stays() -> None:
    text = "Kermis zaterdag 3 mei: gesloten. Carnaval dinsdag 4 maart: optochten in de straat."
    assert fact_spoken(text) == text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Voor kerstvakantie geldt: dicht op maandag.", "Voor de kerstvakantie geldt: dicht op maandag."),
        ("Tijdens bouwverlof zijn we dicht.", "Tijdens het bouwverlof zijn we dicht."),
        (
            "Ja! In de voorjaarsvakantie geldt: 3–7 maart (gewoon open, op woensdag tot 20.00).",
            "Ja! In de voorjaarsvakantie (3–7 maart) is de zaak gewoon open, op woensdag tot 20.00.",
        ),
        ("Voor vrijdag 12 juni geldt: gewone openingstijden.", "Op vrijdag 12 juni is de zaak gewoon open."),
    ],
)
def test_a_period_line_is_said_with_its_article_and_its_state(text: str, said: str) -> None:
    assert fact_spoken(text) == said


def test_a_period_of_a_name_or_with_its_article_stays() -> None:
    text = "Voor de herfstvakantie geldt: open. In Pasen-week zijn we open."
    assert fact_spoken(text) == text


def test_opening_hours_with_a_season_label_name_the_season_as_dates() -> None:
    text = "Onze openingstijden zijn winterrooster (1 november t/m 28 februari): di–za 9.00–17.00. Tot dan!"
    said = "Onze openingstijden van 1 november t/m 28 februari (winterrooster): di–za 9.00–17.00. Tot dan!"
    assert fact_spoken(text) == said
    plain = "Onze openingstijden zijn di–za 9.00–17.00 (zondag op afspraak)."
    assert fact_spoken(plain) == plain
