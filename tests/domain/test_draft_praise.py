"""What a compliment praises, as app/domain/draft_praise.py reads it: the dish for a diet, also named with 'de'."""

from __future__ import annotations

import pytest

from app.domain.draft_praise import diet_served


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("Eindelijk een kerstdiner waar de vegetarische optie echt iets voorstelt 🙌", "een vegetarische optie"),
        ("De glutenvrije taart was net zo lekker als de gewone!", "een glutenvrije taart"),
        ("het veganistische menu was top, merci Joke", "een veganistisch menu"),
        ("Dank voor een vegetarisch alternatief op de valreep", "een vegetarisch alternatief"),
    ],
)
def test_the_dish_for_a_diet_is_named_with_any_article(text: str, dish: str) -> None:
    assert diet_served(text) == dish


@pytest.mark.parametrize(
    "text",
    ["De vegetarische optie was alleen wat klein", "Lekker, maar geen glutenvrije taart", "de grote taart was top"],
)
def test_no_dish_for_a_diet_in_a_minus_point_or_without_a_diet(text: str) -> None:
    assert diet_served(text) == ""
