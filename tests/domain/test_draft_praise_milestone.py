"""A child's first step the writer tells of ('fietst nu zonder zijwieltjes', 'zwemt zonder bandjes') is said back
after the thanks, and not when it is not taken yet. Sentences and shops of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_praise_milestone import first_of, milestone
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "Onze Mila (5) fietst sinds gisteren zonder zijwieltjes, op het rode fietsje van jullie!",
            "zonder zijwieltjes",
        ),
        ("Ons Wout zwemt nu zonder bandjes, dankzij de lessen van Ria", "zonder bandjes"),
        ("My son rides without stabilisers now!", "without stabilisers"),
    ],
)
def test_the_step_is_read_as_written(text: str, step: str) -> None:
    assert milestone(text) == step


@pytest.mark.parametrize(
    "text",
    [
        "Ze durft nog niet zonder zijwieltjes, maar het fietsje is prachtig",
        "Mooie fiets gekocht voor onze zoon, heel tevreden",
    ],
)
def test_no_step_not_yet_taken_or_not_told(text: str) -> None:
    assert milestone(text) == ""


_SHOP = BusinessProfile(
    name="Fietsen Van Lier",
    kind="fietsenmaker",
    signers=["Bert"],
    register="je",
    voice="ik",
    opening_hours="di–za 9:00–18:00",
)


def test_the_thanks_says_the_step_back() -> None:
    said = draft_text(
        _SHOP,
        "uitkomst_bedank_publiek",
        "Onze Mila (5) fietst sinds gisteren zonder zijwieltjes! Met het fietsje dat we bij jou kochten.",
    )
    assert "zonder zijwieltjes" in said
    assert "Mila" in said


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Ons Fien was bang van de föhn, maar vandaag geen traan gelaten bij Ria!", "zonder één traan"),
        ("Onzen Bart zat stil in de stoel en nie één traan, merci Lore", "zonder één traan"),
        ("Eerste knipbeurt van Noor zonder tranen, wat een verschil", "zonder tranen"),
    ],
)
def test_no_tears_is_said_back_in_plain_dutch(text: str, step: str) -> None:
    assert milestone(text) == step


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Ons Lotje (3) haar allereerste kappersbezoek en ze zat als een prinses in de stoel!",
            "haar allereerste kappersbezoek",
        ),
        ("Onze zoon kreeg z'n eerste koersfietsje en reed meteen weg 🚲", "zijn eerste koersfietsje"),
        ("Het was zijn eerste keer bij jullie en zeker niet de laatste.", ""),
        ("Mijn eerste knipbeurt hier en meteen raak.", ""),
        (
            "Ze werd 6 en zat in het eerste leerjaar, dus: eerste echte fiets met versnellingen!",
            "de eerste echte fiets",
        ),
        ("Eerste verjaardag van onze tweeling en de taart was top", ""),  # the occasion is said as one already
    ],
)
def test_someone_elses_very_first_of_something(text: str, said: str) -> None:
    assert first_of(text) == said
