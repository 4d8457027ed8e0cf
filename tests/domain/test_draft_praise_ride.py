"""The ride or run a compliment tells of, said back (app.domain.draft_praise_ride)."""

from __future__ import annotations

import pytest

from app.domain.draft_praise_ride import came_from, ride_said, watched_said


@pytest.mark.parametrize(
    ("text", "ride"),
    [
        (
            "Remmen bijgesteld, en zondag 70 km door de Biesbosch zonder gepiep!",
            "70 km door de Biesbosch zonder gepiep",
        ),
        (
            "Gisteren ne schone toer gedaan: 95km langs de Schelde naar Antwerpen en terug 🚴",
            "95 km langs de Schelde naar Antwerpen en terug",
        ),
        (
            "Nieuwe schoenplaatjes gemonteerd. Zaterdag 120 KM over de Posbank zonder kramp 💪",
            "120 KM over de Posbank zonder kramp".replace("KM", "km"),
        ),
        ("hij had last na 40 km maar reed gisteren 90 km zonder pijn", "90 km zonder pijn"),
        ("Bikefit bij Joke, mijn eerste 100 km met de club en ik voel niks", "100 km met de club"),
    ],
)
def test_a_distance_done_is_said_back(text: str, ride: str) -> None:
    assert ride_said(text) == ride


@pytest.mark.parametrize(
    "text",
    [
        "Ze bezorgen binnen 25 km, top service",  # a delivery area
        "Hij trekt 25 km/u zonder moeite",  # a speed
        "Kan ik morgen 100 km rijden op deze banden?",  # to come, asked
        "Sinds de fysio loop ik weer 10 km.",  # a number alone
        "Mijn rug deed pijn na 60 km, nu niet meer",  # where the pain began
    ],
)
def test_no_distance_done(text: str) -> None:
    assert ride_said(text) == ""


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Na de Beekse Zomerloop hier de bierplank gedaan op het terras, top zaak", "de Beekse Zomerloop"),
        ("na onze fietstocht een heerlijke appeltaart gegeten", "je fietstocht"),
        ("Na de training even langs voor een broodje, altijd goed", "de training"),
        ("Na de lunch nog een ijsje genomen, lekker", ""),
    ],
)
def test_the_run_or_ride_the_writer_came_from_is_named(text: str, event: str) -> None:
    assert came_from(text, "je") == event


@pytest.mark.parametrize(
    ("text", "watched"),
    [
        ("Mè de koers op groot scherm in de serre en garnaalkroketten, top", "de koers op groot scherm"),
        ("De finale op het grote scherm gekeken met een biertje, top avond", "de finale op het grote scherm"),
        ("Lekker gegeten op het terras, mooi uitzicht", ""),
    ],
)
def test_a_race_or_match_watched_on_a_screen_is_named(text: str, watched: str) -> None:
    assert watched_said(text) == watched


# Only a run, ride or match is said back, not any word ending in 'rit' or 'loop', and not on a grim day
# (review int30, #3).
@pytest.mark.parametrize(
    "text",
    [
        "Na de uitvaartrit van opa nog even samen gegeten. Fijn dat het kon.",
        "Na de rit naar het ziekenhuis met mijn vader waren we kapot, jullie soep deed goed.",
        "Na de sloop van onze oude keuken even bij jullie gegeten, heerlijk.",
        "Na de fietstocht met de club belde mijn zus dat oma overleden was; jullie waren zo lief voor ons.",
        "Na de verhuisrit naar Gent nog snel een pizza gehaald, top.",
    ],
)
def test_no_feat_is_said_back_for_a_grim_or_other_ride(text: str) -> None:
    assert came_from(text, "je") == ""


def test_a_named_event_and_a_sport_by_its_kind_still_count() -> None:
    assert came_from("Na de Amstel Gold Race nog een biertje op het terras", "je") == "de Amstel Gold Race"
    assert came_from("na mijn halve marathon een pannenkoek, top", "je") == "je halve marathon"
