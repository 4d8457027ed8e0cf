"""A joke that asks the business for a treat ('ge moogt mij nen koffie trakteren voor de reclame') gets a wink at it
after the laugh, never a promise. Sentences and shops of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_joke_treat_asked import treat_asked
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Ge moogt mij nen koffie trakteren voor de gratis reclame", "koffie"),
        ("Daar mag wel een gratis taartje tegenover staan 😄", "taartje"),
        ("You owe me a beer for this advert!", "beer"),
        ("Ik trakteer de hele ploeg op taart", ""),  # the writer treats, nobody asks
    ],
)
def test_the_treat_asked_for_is_read(text: str, thing: str) -> None:
    assert treat_asked(text) == thing


def test_the_joke_reply_winks_at_it() -> None:
    shop = BusinessProfile(
        name="Café Het Anker",
        kind="restaurant",
        signers=["Jef"],
        register="u",
        voice="ik",
        opening_hours="wo–zo 11:00–23:00",
    )
    made = draft(
        shop,
        "uitkomst_grap",
        "Met carnaval verkleed als Het Anker. Iedereen dacht dat ik een boot was 😂 Jef, ge moogt mij nen koffie "
        "trakteren voor de gratis reclame",
    )
    said = made.text or made.optional or ""
    assert "koffie" in said
    assert "te praten" in said
