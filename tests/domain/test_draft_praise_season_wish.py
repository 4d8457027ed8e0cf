"""The season's wish a writer gives the business is wished back, and what the praised work held out against ('ondanks
die storm') is said back; neither when the comment has none, nor 'ondanks' in what went wrong. Shops and sentences
of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_praise_despite import held_against
from app.domain.draft_praise_season_wish import season_wish
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Fijne feestdagen aan het hele team!", ("fijne feestdagen", False)),
        ("Zalig nieuwjaar en tot snel", ("zalig nieuwjaar", False)),
        ("Happy New Year from Leeds!", ("happy new year", True)),
        ("Heerlijke kerststol, echt top", ("", False)),
    ],
)
def test_the_wish_is_read(text: str, wish: tuple[str, bool]) -> None:
    assert season_wish(text) == wish


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("De taart stond perfect ondanks die hitte!", "de hitte"),
        ("Ondanks de drukte kregen we alles warm op tafel", "de drukte"),
        ("Lekker, maar ondanks de reservering moesten we lang wachten.", ""),
        ("Superlekker gegeten!", ""),
    ],
)
def test_what_the_work_held_out_against(text: str, held: str) -> None:
    assert held_against(text) == held


_SHOP = BusinessProfile(
    name="Bakkerij De Zeeuwse Bol",
    kind="bakkerij",
    signers=["Ina"],
    register="u",
    voice="wij",
    opening_hours="di–za 7:00–17:00",
)


def test_the_thanks_wishes_back_and_names_the_heat() -> None:
    said = draft_text(
        _SHOP,
        "uitkomst_bedank_publiek",
        "De bruidstaart stond er na vijf uur nog perfect bij ondanks die hitte! Fijne feestdagen aan jullie allemaal.",
    )
    assert "Fijne feestdagen ook voor u" in said
    assert "de hitte" in said
