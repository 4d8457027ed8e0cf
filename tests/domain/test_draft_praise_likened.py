"""The writer's own image of the place ('de Côte d'Azur van ...') and generations together at an occasion are said
back in the thanks; a plain sentence with 'van' is no image. Sentences and businesses of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_praise_likened import generations, likened
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Zon, een pintje en de boten die voorbij varen. 't Is hier gewoon de Riviera van de Kempen!",
            "De Riviera van de Kempen",
        ),
        ("Jullie zijn echt de Bocuse van West-Brabant 👨‍🍳", "De Bocuse van West-Brabant"),
        ("Dit is het Venetië van het noorden, zeker met die terrasjes aan het water.", "Het Venetië van het noorden"),
        ("Het is hier de rest van de week gesloten zeker?", ""),
        ("Dit is de taart van mijn moeder", ""),
    ],
)
def test_the_image_the_place_is_likened_to(text: str, said: str) -> None:
    assert likened(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Opa's 80ste gevierd met vier generaties aan één tafel.", "vier generaties"),
        ("Met alle drie de generaties op de foto, prachtig", "drie generaties"),
        ("Al drie generaties klant bij jullie!", ""),
    ],
)
def test_generations_together(text: str, said: str) -> None:
    assert generations(text) == said


def test_the_thanks_says_the_image_back() -> None:
    cafe = BusinessProfile(name="Café De Sluis", kind="restaurant", signers=["Marc"], voice="ik", register="je")
    text = "Op het terras met een croque terwijl de bootjes passeren. 't Is hier echt de Provence van Limburg ☀️"
    reply = suggested(cafe, text, label="positief")
    assert "De Provence van Limburg" in reply, reply
