"""How many a comment counts (app.domain.draft_counts): how many came instead of the count ordered."""

from __future__ import annotations

import pytest

from app.domain.draft_counts import counted_instead
from tests.domain.businesses import BAKKERIJ_GRAAN
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 saucijzenbroodjes besteld voor de vergadering, er zaten maar 9 in de zak", ("9", "12 saucijzenbroodjes")),
        ("We hadden 30 cupcakes (bestelling 881) besteld en kregen er 24. Jammer!", ("24", "30 cupcakes")),
        ("40 BROODJES gevraagd voor de receptie, geleverd 35", ("35", "40 BROODJES")),
        ("20 croissants besteld en er zaten er 20 in, top", ("", "")),
        ("20 croissants besteld, kregen we pas om 9 uur", ("", "")),
        ("Lekkere taart gehaald, helemaal goed", ("", "")),
    ],
)
def test_how_many_came_instead_of_the_count_ordered(text: str, expected: tuple[str, str]) -> None:
    assert counted_instead(text) == expected


def test_a_count_short_is_said_back_and_owned() -> None:
    text = "16 worstenbroodjes besteld voor de verjaardag van mijn zoon, er zaten er maar 12 in de doos. Balen."
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_herstel", text, author="Sanne")
    assert "12 in plaats van 16 worstenbroodjes" in draft and "fout" in draft, draft
