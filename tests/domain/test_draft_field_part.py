"""The one part of a profile fact that answers a short question on its own (app/domain/draft_field_part.py)."""

from __future__ import annotations

from app.domain.draft_facts import simple_lemmas
from app.domain.draft_field_part import field_part
from app.domain.profile import BusinessProfile

_CAFE = BusinessProfile(
    name="Café De Sluis",
    kind="restaurant",
    signers=["Tom"],
    voice="wij",
    register="je",
    parking="gratis parkeren op het plein; kano's kun je aanmeren aan onze vlonder (max. 2 uur)",
    payment="pin en contant",
)


def test_the_one_part_of_a_fact_that_names_what_a_question_asks_answers_it() -> None:
    said = field_part("Kunnen we met de kano bij jullie aanmeren?", _CAFE, simple_lemmas)
    assert said.startswith("Kano's kun je aanmeren aan onze vlonder")


def test_a_question_no_single_part_answers_gets_none() -> None:
    assert field_part("Kunnen we bij jullie trouwen?", _CAFE, simple_lemmas) == ""
    assert field_part("Kan dat?", _CAFE, simple_lemmas) == ""
