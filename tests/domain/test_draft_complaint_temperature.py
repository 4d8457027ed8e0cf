"""A room that was too cold or too warm: the empathy line says which, by the writer's own word, and a heating or a
stove that failed (a coat kept on) means it was cold, never 'zo warm'. Sentences of their own."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_complaint_empathy import temperature_key
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_CAFE = BusinessProfile(
    name="Eetcafé De Zandloper",
    kind="restaurant",
    signers=["Bram"],
    voice="wij",
    register="u",
    email="info@dezandloper.be",
    phone="011 22 33 44",
)


@pytest.mark.parametrize(
    "text",
    [
        "Verjaardag van mijn schoonmoeder gevierd in jullie achterzaal, de kachel brandde niet en we hebben heel de "
        "avond met onze jassen aan gegeten. Voor die prijs toch niet normaal.",
        "Doopfeest in de bovenzaal maar de verwarming werkte niet, mijn tante heeft de hele namiddag in haar jas "
        "gezeten. Zeer teleurgesteld.",
    ],
)
def test_a_heating_that_failed_is_a_cold_room(text: str) -> None:
    draft = draft_text(_CAFE, "uitkomst_herstel", text, author="Ria Peeters")
    assert not re.search(r"\bwarm\b", draft), draft


@pytest.mark.parametrize(
    ("lemmas", "key"),
    [
        ({"verwarming", "werken", "niet"}, "cold"),
        ({"jas", "aan", "zitten"}, "cold"),
        ({"verwarming", "hoog", "bloedheet"}, "hot"),
        ({"airco", "stuk", "zweten"}, "hot"),
        ({"airco", "kapot"}, "hot"),
        ({"ijskoud", "binnen"}, "cold"),
    ],
)
def test_the_word_for_cold_or_heat_decides_then_the_heating(lemmas: set[str], key: str) -> None:
    assert temperature_key(lemmas) == key
