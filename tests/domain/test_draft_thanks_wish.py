"""What a wish is about (app/domain/draft_thanks_wish.py): a weekday named in it is about when the business is open."""

from __future__ import annotations

import pytest

from app.domain.draft_thanks_wish import ThanksWish


@pytest.mark.parametrize(
    "wish",
    [
        "een vroege ochtendploeg op maandag",
        "iets extra's op dinsdagavond",
        "de lunchkaart ook op zaterdag",
        "een kinderhoek in het weekend",
    ],
)
def test_a_wish_that_names_a_weekday_is_about_the_hours(wish: str) -> None:
    # 'maandag' and 'dinsdag' are no 'ma' or 'di' + 'dag': every weekday counts, as 'zaterdag' always did
    assert ThanksWish._about_hours(wish)


@pytest.mark.parametrize("wish", ["een kinderhoek met speelgoed", "soep van de dag erbij", "een maandverband-automaat"])
def test_a_wish_without_a_day_or_hours_is_not(wish: str) -> None:
    # near miss: 'dag' alone or a word that starts like a weekday ('maand…') names no day
    assert not ThanksWish._about_hours(wish)
