"""A complaint reply names what the writer named, read right: the meal the goods ran out at, a thing the writer judged
('een scheve pony'), a reception desk that is no party, a cost told before 'wat gaan jullie daaraan doen?'. Shops
and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint import _plural
from app.domain.draft_harm_now import costs_asked
from app.domain.draft_times import agreed_and_delivered
from app.domain.draft_wellbeing import said_recovered
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import suggested

INN = BusinessProfile(
    name="Herberg De Zwaan", kind="horeca", signers=["Ria"], voice="wij", register="u", email="info@dezwaan.be"
)
SALON = BusinessProfile(
    name="Knipperij Lot", kind="kapsalon", signers=["Lot"], voice="ik", register="je", email="lot@knipperij.nl"
)


def test_goods_gone_at_a_buffet_are_named_with_it() -> None:
    text = "Brunchbuffet op zondag, € 29 per persoon, en om 11 uur waren de pistolets al op. Jammer."
    draft = suggested(INN, text, label="klacht")
    assert "pistolets" in draft and "buffet" in draft, draft


def test_a_thing_the_writer_judged_is_named_though_guessed() -> None:
    text = "Voor mijn zoon een afspraak gemaakt, kwam thuis met een scheve kuif. Niet wat we vroegen."
    draft = suggested(SALON, text, label="klacht")
    assert "kuif" in draft, draft


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        ("We stonden om 9 uur bij de receptie van het park en er was niemand met ons ontbijt.", ""),
        ("Voor onze receptie 80 hapjes besteld, de helft was koud.", "uitje"),
    ],
)
def test_a_reception_desk_is_no_party(text: str, occasion: str) -> None:
    assert analyse_topics(text).occasion == occasion


def test_squashed_goods_are_judged() -> None:
    assert ("taart", "platgedrukt") in analyse_topics("De taart was platgedrukt.").judged
    assert analyse_topics("De croissants kwamen geplet aan.").concept == "kwaliteit"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Hij brak zijn kies op een pit. De tandarts kost ons 250 euro. Wat gaan jullie daaraan doen?", True),
        ("De reparatie kost 90 euro. Wat gaan jullie eraan doen?", True),
        ("Ze viel van de stoel. Wat gaan jullie daaraan doen?", False),  # no cost told
    ],
)
def test_what_we_do_about_a_cost_told_is_a_cost_question(text: str, asked: bool) -> None:
    assert costs_asked(text) is asked


@pytest.mark.parametrize(
    ("text", "recovered"),
    [
        ("Dikke lip en veel tranen. Tis goed afgelopen maar toch.", True),
        ("Het is gelukkig goed afgelopen.", True),
        ("Hoe dat afgelopen is, weet ik nog niet.", False),
        ("Ze is gelukkig weer oké, maar wat een schrik.", True),  # 'oké' after 'gelukkig weer': she is fine
        ("Mijn man is inmiddels weer prima.", True),
        ("Ze is nog altijd niet ok.", False),
    ],
)
def test_it_ended_well_is_recovered(text: str, recovered: bool) -> None:
    assert said_recovered(text) is recovered


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Taart besteld, klaar om 10 uur. Om half 11 stond ik aan de toonbank: niets klaar.", ("", "")),
        ("Broodjes zouden om 12:00 geleverd worden. Om 12:40 nog niks. Pas om 13:10 kwamen ze.", ("12:00", "13:10")),
    ],
)
def test_the_time_the_writer_came_to_find_nothing_is_no_delivery(text: str, times: tuple[str, str]) -> None:
    assert agreed_and_delivered(text) == times


def test_nothing_ready_for_an_order_is_about_the_order() -> None:
    text = "Appeltaart besteld voor zaterdag. Ik kwam hem halen: niks klaar. Krijg ik mijn voorschot terug?"
    assert analyse_topics(text).topic == "levering"


def test_a_part_of_one_of_several_rented_bikes_is_said_in_its_own_number() -> None:
    topics = analyse_topics("Twee e-bikes gehuurd voor het weekend. De accu was na 20 km leeg.")
    assert topics.products[0].plural
    assert _plural(topics, "de accu van een van de gehuurde e-bikes") is False
    assert _plural(topics, "de e-bikes") is True
