"""A rumour that names a way to pay is set straight with the ways to pay, also when it names prices beside it
('alleen nog cash en dan nog afgeronde prijzen'): the prices make a question about what something costs, not a
rumour about how one can pay. Shops and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

BAKKER = BusinessProfile(
    name="Bakkerij Vandamme",
    kind="bakkerij",
    signers=["Griet"],
    voice="wij",
    register="je",
    email="info@bakkerijvandamme.be",
    website="www.bakkerijvandamme.be",
    opening_hours="di–za 7:00–18:00; zo 7:00–12:00; maandag gesloten",
    payment="Bancontact en Payconiq; geen cash",
)


def _draft(text: str, label: str = "onwaarheid") -> str:
    return suggested(BAKKER, text, label=label, author="Ann Peeters")


@pytest.mark.parametrize(
    "text",
    [
        "Bij Vandamme kun je blijkbaar alleen nog contant betalen en de prijzen worden naar boven afgerond.",
        "Ze zeggen dat de bakker geen kaart meer neemt, enkel cash, en dat de prijzen omhoog zijn. Belachelijk!",
    ],
)
def test_ways_to_pay_beside_prices(text: str) -> None:
    draft = _draft(text)
    assert "Bancontact" in draft
    assert "vul in" not in draft
