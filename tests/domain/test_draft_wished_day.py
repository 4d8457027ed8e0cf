"""A holiday question that names another day the writer wants to come ('open tussen Kerst en Nieuwjaar? Ik wil
graag op 31 december langskomen') hears that day's hours from the profile too. Sentences and profiles of their
own, not a round's."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.profile import BusinessProfile
from app.domain.suggest import suggest
from app.nlp.details import extract
from app.nlp.topics import analyse_topics
from tests.benchmarks.draft_expectations import questions_of

SALON = BusinessProfile(
    name="Kapsalon Het Spiegeltje",
    kind="kapsalon",
    signers=["Inge"],
    voice="wij",
    register="je",
    email="info@spiegeltje.be",
    opening_hours="di–za 9:00–18:00",
    holidays="24 december: 9:00–15:00; Kerstmis: gesloten; 31 december: 9:00–13:00; Nieuwjaar: gesloten",
)


def _draft(text: str) -> str:
    analysis: dict[str, Any] = {
        "label": "vraag",
        "flags": [],
        "scores": {},
        "details": extract(text).to_dict(),
        "questions": questions_of(text),
    }
    out = suggest(analysis, text, platform="facebook", author="", profile=SALON, analyser=analyse_topics)
    return str(out["draft"] or "")


@pytest.mark.parametrize(
    "text",
    [
        "Zijn jullie open tussen Kerst en Nieuwjaar? Ik wil graag op 31 december nog een kleuring.",
        "zijn jullie open met kerst en nieuwjaar?? ik zou op 31 december willen komen voor een knipbeurt",
    ],
)
def test_the_day_the_writer_wants_is_said_with_its_hours(text: str) -> None:
    draft = _draft(text)
    assert "31 december" in draft and "9:00–13:00" in draft


def test_without_another_day_only_the_asked_days_are_answered() -> None:
    assert "13:00" not in _draft("Zijn jullie open met Kerstmis?")
