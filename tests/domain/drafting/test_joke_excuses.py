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
