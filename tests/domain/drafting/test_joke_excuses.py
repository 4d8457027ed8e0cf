"""Whole-pipeline drafts for a joke that the business took away an excuse ('nu kan ik mijn kuiten niet meer de schuld
geven'): the light reply plays on the excuse, not on 'missie geslaagd' for the thing. Sentences of their own."""

from __future__ import annotations

from dataclasses import replace

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

BIKES = BusinessProfile(name="Fietshuis Evers", kind="fietsenwinkel", signers=["Wim"], voice="ik", register="je")
SALON = BusinessProfile(name="Kapsalon Mooi", kind="kapper", signers=["Ans"], voice="wij", register="u")


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Sem", platform="threads")
    assert made.optional is not None
    return made.optional


def test_what_no_longer_gets_the_blame_is_played_on() -> None:
    reply = _joke(
        BIKES,
        "Wim heeft mijn versnellingen zo soepel gemaakt dat ik de helling bij de kerk niet meer de schuld kan geven 🙄",
    )
    assert "de helling bij de kerk" in reply, reply
    assert "missie geslaagd" not in reply, reply


def test_the_writers_own_thing_that_lost_the_blame_is_theirs_in_the_reply() -> None:
    reply = _joke(
        replace(SALON, register="u"),
        "Sinds mijn nieuwe coupe kan ik nooit meer op mijn haar afschuiven dat ik te laat ben 😅",
    )
    assert "uw haar" in reply, reply
    assert "mijn haar" not in reply, reply


def test_an_excuse_gone_without_naming_it_gets_the_plain_line() -> None:
    reply = _joke(
        BIKES, "Fiets rijdt als een zonnetje, ik heb nu echt geen smoesje meer om de training over te slaan 😂"
    )
    assert "excuus" in reply, reply


def test_a_compliment_joke_without_an_excuse_keeps_its_own_line() -> None:
    # near miss: 'niet meer' without any blame is no lost excuse
    reply = _joke(BIKES, "Mijn fiets rijdt zo stil dat ik mezelf niet meer hoor aankomen 😂")
    assert "excuus" not in reply and "smoes" not in reply, reply


BISTRO = BusinessProfile(name="Eetcafé Hoek", kind="restaurant", signers=["Joris"], voice="wij", register="je")


def test_a_thing_so_good_the_writer_wants_to_move_in_gets_the_compliment_taken() -> None:
    reply = _joke(
        BISTRO, "De saté van Joris is zo goed dat mijn vriend al naar huizen in de buurt zoekt om te verhuizen 😂"
    )
    assert "verhuiz" in reply and "saté" in reply, reply
    assert "missie geslaagd" not in reply, reply


def test_moving_in_at_the_kitchen_is_the_same_joke() -> None:
    reply = _joke(BISTRO, "Die pannenkoeken zijn zo lekker dat ik overweeg om bij jullie in de keuken in te trekken 🥞")
    assert "verhuiz" in reply, reply


def test_a_thing_left_so_long_it_lives_there_is_no_move_in() -> None:
    # near miss: the writer's bike stays at the shop; nobody moves in
    reply = _joke(BIKES, "Mijn fiets staat zo vaak bij Evers dat ik hem daar maar laat inschrijven 😅")
    assert "verhuiz" not in reply, reply


BAKERY = BusinessProfile(name="Bakkerij Stam", kind="bakkerij", signers=["Greet"], voice="wij", register="je")


def test_a_bill_the_writer_sends_on_is_a_mock_accusation_not_a_price_complaint() -> None:
    text = (
        "Jullie krentenbollen zijn zo lekker dat mijn jas niet meer dicht kan. "
        "De rekening van de naaister stuur ik wel door 😂"
    )
    reply = _joke(BAKERY, text)
    assert "schuldig" in reply.lower(), reply
    assert "ter harte" not in reply, reply


def test_a_bill_that_is_the_business_own_stays_a_price_joke() -> None:
    # near miss: the business's own bill, nothing sent on
    reply = _joke(BAKERY, "De krentenbollen waren lauw, maar de rekening was lekker warm 😂")
    assert "schuldig" not in reply.lower(), reply
