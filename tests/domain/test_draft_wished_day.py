"""A holiday question that names another day the writer wants to come ('open tussen Kerst en Nieuwjaar? Ik wil
graag op 31 december langskomen') hears that day's hours from the profile too. Sentences and profiles of their
own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

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
    return suggested(SALON, text)


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
