"""The writer's own image of the place ('de Côte d'Azur van ...') and generations together at an occasion are said
back in the thanks; a plain sentence with 'van' is no image. Sentences and businesses of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_praise_likened import event_day, generations, likened, tasted_like_old
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


@pytest.mark.parametrize(
    ("text", "tasted"),
    [
        ("De mattentaart smaakte precies zoals bij mijn bomma vroeger.", True),
        ("Die speculaas proeft gelijk thuis bij ons moeder!", True),
        ("The apple pie tasted like my grandma's.", True),
        ("De soep smaakte naar niks.", False),
    ],
)
def test_a_taste_likened_to_the_old_days(text: str, tasted: bool) -> None:
    assert tasted_like_old(text) is tasted


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Top geholpen op jullie opendeurdag, mijn fiets was meteen nagekeken.", "de opendeurdag"),
        ("Tijdens de fietsdag van zaterdag kregen de kinderen een gratis check.", "de fietsdag"),
        ("Op zaterdag was het druk maar ik werd snel geholpen.", ""),
    ],
)
def test_the_businesss_event_day(text: str, day: str) -> None:
    assert event_day(text) == day


def test_a_taste_like_the_old_days_names_the_thing_with_the_persons_greeting() -> None:
    bakery = BusinessProfile(name="Bakkerij De Molen", kind="bakkerij", signers=["Ria"], voice="wij", register="u")
    text = (
        "Mattentaarten gehaald voor de kermis. Ons moeke Maria (91) zei dat ze smaakten zoals vroeger bij haar tante."
    )
    reply = suggested(bakery, text, label="positief")
    assert "mattentaarten" in reply.lower() and "vroeger" in reply, reply
