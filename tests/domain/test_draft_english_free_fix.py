"""An English complaint about a hair result the profile's terms put right free of charge gets that offer, with its
days (app/domain/draft_english_complaint.py _english_free_fix); not without such terms or a judged result. A salon
and sentences of our own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_SALON = BusinessProfile(
    name="Kapsalon Lokken",
    kind="kapsalon",
    signers=["Mira"],
    voice="ik",
    register="je",
    email="mira@lokken.be",
    return_terms="Niet tevreden? Kom binnen de 14 dagen terug, dan pas ik het gratis aan.",
)


@pytest.mark.parametrize(
    "text",
    [
        "Had highlights done last Friday, €95, and they have gone totally brassy. Not happy at all with this.",
        "My fringe is completely uneven after the cut on Saturday. I am really disappointed with it.",
    ],
)
def test_a_judged_hair_result_gets_the_free_fix_with_its_days(text: str) -> None:
    made = suggested(_SALON, text, label="klacht", author="Emma Stone")
    assert "free of charge within 14 days" in made, made


def test_no_free_fix_without_the_terms_or_a_judged_result() -> None:
    text = "Had highlights done last Friday, €95, and they have gone totally brassy. Not happy at all with this."
    made = suggested(replace(_SALON, return_terms=""), text, label="klacht", author="Emma Stone")
    assert "free of charge" not in made and "Hi" in made, made
    text = "I waited 40 minutes past my appointment time and nobody said sorry. Not happy at all."
    made = suggested(_SALON, text, label="klacht", author="Emma Stone")
    assert "free of charge" not in made, made
