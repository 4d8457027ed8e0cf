"""Questions about a weekday the opening hours close, where the profile's holidays open that day in a period
('zomervakantie: ook op zondag open 8:00–12:00'), and Zeeuws names of the days. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_counts import group_size
from app.domain.draft_dated_closed import reopening
from app.domain.draft_days import days_named
from app.domain.draft_dialects import in_dutch
from app.domain.draft_questions_about import asked_about
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text, suggested

ICE = BusinessProfile(
    name="IJssalon De Duinroos",
    kind="ijssalon",
    signers=["Marieke"],
    voice="wij",
    register="je",
    opening_hours="di–za 12:00–21:00; zo en ma dicht",
    holidays="zomervakantie (5 juli t/m 17 augustus): ook op maandag open 13:00–20:00; 25 december: gesloten",
)
PLAIN = BusinessProfile(
    name="IJssalon De Duinroos",
    kind="ijssalon",
    signers=["Marieke"],
    voice="wij",
    register="je",
    opening_hours="di–za 12:00–21:00; zo en ma dicht",
    holidays="25 december: gesloten",
)


def test_a_closed_weekday_open_in_a_holiday_period_gets_those_hours() -> None:
    draft = draft_text(ICE, "uitkomst_vraag_beantwoorden", "Zijn jullie op maandag open? We zitten hier op de camping.")
    assert "dicht" in draft or "gesloten" in draft, draft
    assert "zomervakantie (5 juli t/m 17 augustus)" in draft and "13:00–20:00" in draft, draft


def test_a_closed_weekday_without_such_a_period_stays_closed() -> None:
    """Negative case: the profile's holidays open no other day, and a closed day no period names is not opened."""
    draft = draft_text(PLAIN, "uitkomst_vraag_beantwoorden", "Zijn jullie op maandag open?")
    assert "13:00" not in draft and "wel open" not in draft, draft
    sunday = draft_text(ICE, "uitkomst_vraag_beantwoorden", "Zijn jullie zondag open?")
    assert "13:00–20:00" not in sunday, sunday


@pytest.mark.parametrize(
    ("text", "dutch"),
    [
        ("Bin julder zundag ok open? 'k wille graeg 'n taort haele", "zondag"),
        ("Mit vriedag ebbe we 'n feest, kunne we bie julder bestelle?", "vrijdag"),
    ],
)
def test_zeeuws_days_of_the_week_are_made_dutch(text: str, dutch: str) -> None:
    assert dutch in in_dutch(text).lower(), in_dutch(text)


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("We zouden met 9 komen eten, kan dat?", 9),
        ("Kunnen we met twaalf reserveren voor zaterdag?", 12),
        ("wij willen graag met 10 langskomen", 10),
        ("Kunnen we met de hond komen?", 0),
        ("We zouden met 3 komen", 0),
    ],
)
def test_a_company_said_with_a_helping_verb_is_a_group(text: str, size: int) -> None:
    assert group_size(text) == size


SALON = BusinessProfile(
    name="Kapsalon De Schaar",
    kind="kapsalon",
    signers=["Ine"],
    voice="ik",
    register="u",
    email="ine@deschaar.be",
    opening_hours="di–za 9:00–18:00; zondag en maandag gesloten",
    holidays="krokusvakantie: 1 t/m 8 maart gesloten; 1 mei: gesloten",
)


def test_the_day_after_a_closing_the_writer_found_is_when_it_opens_again() -> None:
    text = "Dinsdag 3 maart stond ik voor een dichte deur, niks aangekondigd."
    assert reopening(text, SALON.holiday_entries()) == "9 maart"
    assert reopening("Ik kom op 3 maart langs.", SALON.holiday_entries()) == ""  # no closed door found
    assert reopening("Op 12 maart was het dicht!", SALON.holiday_entries()) == ""  # no closing of the profile's then


def test_a_complaint_asking_when_open_again_gets_that_day() -> None:
    text = "Op 4 maart voor een gesloten deur gestaan, nergens een briefje. Tot wanneer blijft ge nog dicht?"
    draft = suggested(SALON, text, label="klacht", author="Jan Peeters")
    assert "9 maart" in draft and "[vul in: het antwoord op" not in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "zijn jullie op hemelvaart open? en de vrijdag erna?",
        "bin jullie met hemelvaart open? of de vrijdag d'r na?",
        "gaan jullie met hemelvaart open of de vrijdag der na",
    ],
)
def test_a_day_pointing_back_at_a_feast_in_the_next_question(text: str) -> None:
    """'En de vrijdag d'r na?' right after the question about the feast is the Friday after it, also as dialects
    write 'erna'."""
    assert "vrijdag na hemelvaart" in days_named(text), days_named(text)


def test_a_day_pointing_back_needs_the_feast_before_it() -> None:
    """Negative case: a question that goes on from no feast names no day next to one."""
    assert "vrijdag na hemelvaart" not in days_named("Zijn jullie zaterdag open? En de vrijdag erna?")


@pytest.mark.parametrize(
    ("question", "about"),
    [
        ("Verkopen jullie nog van die dikke zuurstokken?", "die dikke zuurstokken"),
        ("Hebbe jullie nag van die ouwe speculaaspoppen?", "die ouwe speculaaspoppen"),
        ("Hebben jullie ook van dat donkere roggebrood?", "dat donkere roggebrood"),
    ],
)
def test_some_of_a_thing_asked_for_is_said_back(question: str, about: str) -> None:
    assert asked_about([question]) == about


def test_some_of_no_thing_named_stays_no_thing() -> None:
    """Negative case: 'van die' that names no thing after it points back; no thing is said back."""
    assert asked_about(["Hebben jullie nog van die?"]) == ""


DELI = BusinessProfile(
    name="Traiteur Het Zilte",
    kind="traiteur",
    signers=["Rik"],
    voice="wij",
    register="je",
    opening_hours="di–za 9:00–18:30, zo en ma dicht",
    delivery_terms="we leveren schotels aan huis in Zoutelande: bestellen vóór 16:00, geleverd de dag erna na 11:00",
)


def test_until_when_to_order_is_the_last_hour_to_order_said_with_voor() -> None:
    text = "leveren jullie ook aan huis in Zoutelande? en tot hoe laat kan ik bestellen voor morgen"
    draft = suggested(DELI, text, platform="x", author="@lot")
    assert "vóór 16:00" in draft and "18:30" not in draft, draft
