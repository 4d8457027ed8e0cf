"""Whole-pipeline thanks for an occasion: the occasion the thanks named with the thing is not said again in the
congratulations (the one whose day it was is congratulated), and a farewell that was celebrated is thanked for as
its party, beside the congratulations. Sentences of their own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafting.shops import BISTRO
from tests.domain.drafts import draft_text

BIKES = BusinessProfile(name="Fietsen Dijkstra", kind="fietsenwinkel", signers=["Sietse"], voice="ik", register="je")

THANKS = "uitkomst_bedank_publiek"


def test_an_occasion_named_in_the_thanks_is_not_said_again_in_the_congratulations() -> None:
    text = (
        "Mijn vrouw Ingrid kreeg bij haar pensioen (39 jaar juf) van haar collega's een elektrische fiets, bij jou "
        "gekocht. Je hebt alles zo rustig uitgelegd, ze fietst nu elke dag naar het bos. Top!"
    )
    reply = draft_text(BIKES, THANKS, text, author="Henk Bos")
    assert reply.count("pensioen") == 1, reply
    assert "Ingrid nog van harte gefeliciteerd" in reply, reply


def test_a_celebrated_farewell_is_thanked_for_as_its_party() -> None:
    text = (
        "Zaterdag het afscheid van mijn collega Wim gevierd, na 38 jaar als conciërge. "
        "Het buffet was top, dank jullie wel!"
    )
    reply = draft_text(BISTRO, THANKS, text, author="Henk Bos")
    assert "afscheidsfeest" in reply, reply


def test_a_farewell_without_a_party_stays_a_farewell() -> None:
    # near miss: nothing said celebrated
    text = (
        "Vandaag afscheid genomen van collega Wim na 38 jaar. Jullie broodjes op het werk waren top, dank jullie wel!"
    )
    reply = draft_text(BISTRO, THANKS, text, author="Henk Bos")
    assert "afscheidsfeest" not in reply, reply


def test_the_thanks_for_a_cake_made_in_a_shape_for_an_occasion_says_the_shape() -> None:
    cakes = BusinessProfile(name="Banketbakkerij Smit", kind="bakkerij", signers=["Els"], voice="wij", register="je")
    text = (
        "Onze Tim werd 7 en jullie hebben een taart gemaakt in de vorm van zijn lievelingsdino. Hij was door het dolle!"
    )
    reply = draft_text(cakes, THANKS, text, author="Henk Bos")
    assert "in de vorm van zijn lievelingsdino" in reply, reply


def test_a_shape_said_with_whose_it_is_is_not_cut_to_the_possessive() -> None:
    cakes = BusinessProfile(name="Banketbakkerij Smit", kind="bakkerij", signers=["Els"], voice="wij", register="je")
    text = "Wat een prachtige taart in de vorm van onze hond Bobby, iedereen was er weg van!"
    reply = draft_text(cakes, THANKS, text, author="Henk Bos")
    assert "van onze!" not in reply and "van jullie hond Bobby" in reply, reply


def test_the_thing_done_up_for_an_occasion_is_said_as_whose_it_was() -> None:
    text = (
        "Sietse heeft de oude Batavus van mijn opa helemaal opgeknapt voor de 16de verjaardag van onze dochter Noor. "
        "Ze rijdt er elke dag mee naar school."
    )
    reply = draft_text(BIKES, THANKS, text, author="Henk Bos")
    assert "van je opa" in reply, reply
