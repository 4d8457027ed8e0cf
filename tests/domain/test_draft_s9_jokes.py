"""A joke about something the business does not have ('en dan géén ...') gets a light reply that takes the
missing thing up (session 9): other businesses and other words than the benchmark round."""

from __future__ import annotations

from dataclasses import replace

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.businesses import BOEKHANDEL_BLAD

BOOKSHOP = replace(BOEKHANDEL_BLAD, email="", phone="")
GARAGE = BusinessProfile(name="Garage Dekker", kind="autogarage", signers=["Henk"], register="u")
GROOMER = BusinessProfile(name="Trimsalon Wolk", kind="trimsalon", signers=["Ank"])


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Tim", platform="threads")
    assert made.optional is not None
    return made.optional


def test_the_missing_thing_of_a_joke_is_taken_up() -> None:
    reply = _joke(BOOKSHOP, "Een boekwinkel met een leesbank en dan géén koffieautomaat?! Ik ga staken ☕")
    assert "koffieautomaat staat" in reply and "mijn verlanglijstje" in reply, reply
    reply = _joke(GARAGE, "Zo'n chique showroom en dan géén massagestoelen 😤 schandalig, echt")
    assert "massagestoelen staan" in reply, reply
    reply = _joke(GROOMER, "trimsalon in de binnenstad en GÉÉN hondenkoekjes bij de kassa, mijn teckel is in shock 🐶")
    assert "hondenkoekjes" in reply, reply


def test_a_joke_without_stress_on_the_missing_word_keeps_its_own_reply() -> None:
    reply = _joke(BOOKSHOP, "Ik kwam voor één boek en liep naar buiten met zes boeken en geen geld meer 😅")
    assert "verlanglijstje" not in reply, reply
