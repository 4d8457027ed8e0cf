"""Whole-pipeline drafts that name what the complaint is really about: the part that still fails after the work of
the business (not the work as if it broke), how a dish or drink was with where it was served, a count of days that
is no birthday. Businesses and sentences of their own, with near misses."""

from __future__ import annotations

from app.domain.draft_events import sat_where
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import suggested

BIKES = BusinessProfile(
    name="Fietsenmakerij De Spaak",
    kind="fietsenwinkel",
    signers=["Wout"],
    voice="ik",
    register="je",
    dm=False,
    phone="0412-667788",
    email="info@despaak.nl",
)
CAFE = BusinessProfile(
    name="Eetcafé De Waag",
    kind="restaurant",
    signers=["Marloes"],
    voice="wij",
    register="u",
    dm=False,
    phone="0229-112233",
    email="info@eetcafedewaag.nl",
)


def test_days_counted_with_a_partitive_er_are_no_birthday() -> None:
    topics = analyse_topics("Twee dagen beloofd voor de reparatie, het werden er 9. Geen woord van uitleg.")
    assert not topics.occasion and topics.ages == ()


def test_an_age_turned_is_still_a_birthday() -> None:
    assert analyse_topics("Onze oma werd zondag 90 en de taart was prachtig!").occasion == "verjaardag"


def test_the_part_that_still_fails_after_a_repair_is_named_not_the_repair() -> None:
    text = "Onderhoudsbeurt van € 75 laten doen. Bij het ophalen zat het zadel nog altijd los. Jammer."
    body = suggested(BIKES, text, label="klacht", platform="google", author="Sanne Bakker")
    assert "het zadel na de onderhoudsbeurt" in body, body


def test_a_thing_broken_on_its_own_is_named_without_a_repair() -> None:
    text = "Nieuwe fietsbel gekocht, na twee dagen was de bel kapot. Jammer."
    body = suggested(BIKES, text, label="klacht", platform="google", author="Sanne Bakker")
    assert "na de reparatie" not in body and "bel" in body, body


def test_a_drink_judged_with_a_pronoun_is_said_back_where_it_was_served() -> None:
    text = "Vrijdagmiddag aan de bar: toen de biertjes eindelijk kwamen, waren ze lauw. Jammer hoor."
    body = suggested(CAFE, text, label="klacht", platform="google", author="Kees Mulder")
    assert "de biertjes aan de bar lauw waren" in body, body


def test_the_place_is_only_said_when_named_before_the_thing_and_alone() -> None:
    assert sat_where("Op het terras was de koffie lauw.", "koffie") == " op het terras"
    assert sat_where("De koffie was lauw, buiten op het terras was het wel fijn.", "koffie") == ""
    assert sat_where("Eerst op het terras, toen in de serre: de koffie was lauw.", "koffie") == ""
