"""A remark about a price rise ('vorig jaar nog 1,20') is about a price the business chose, not a failure: the reply
understands it and offers to explain the price, without the apology and investigation of a service failure. Shops
and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_BAKERY = BusinessProfile(
    name="Bakkerij Het Korenblad",
    kind="bakkerij",
    signers=["Nele"],
    voice="wij",
    register="u",
    email="info@korenblad.be",
    phone="09 123 45 67",
)


@pytest.mark.parametrize("platform", ["facebook", "instagram", "google"])
@pytest.mark.parametrize(
    "text",
    [
        "3,20 voor een suikerbrood?? Vorige maand was da nog 2,70. Zijn jullie zot geworden",
        "Een eclair kost nu 2,90 euro, vorig jaar nog 2,10 en ze zijn ook kleiner geworden 🤨",
        "2 EURO voor een pistolet, vorig jaar nog 1,40. Belachelijk",
    ],
)
def test_a_price_rise_gets_the_price_explained_not_an_apology(text: str, platform: str) -> None:
    draft = draft_text(_BAKERY, "uitkomst_herstel", text, platform=platform, author="Dirk Claes")
    assert "prijs" in draft or "bedrag" in draft, draft
    for wrong in ("excuses", "Sorry", "spijt", "niet zo mogen", "zoeken meteen uit", "beter verdiend"):
        assert wrong not in draft, draft
