"""A complaint that asks whether the writer must pay at all ('moeten we dat echt betalen?') gets the question named
in a slot, never the shop's payment methods: whether one must pay is not how one can pay. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_GARAGE = BusinessProfile(
    name="Garage Desmet",
    kind="garage",
    signers=["Luc"],
    voice="ik",
    register="je",
    email="luc@garagedesmet.be",
    phone="0471 22 33 44",
    payment="Bancontact, Visa en cash",
)


@pytest.mark.parametrize(
    "text",
    [
        "Auto gebracht voor de APK en er staat 95 euro voor een nieuwe ruitenwisser op de factuur. Niemand heeft mij "
        "iets gevraagd. Moet ik dat nu echt betalen?",
        "Voor een simpele olieverversing 60 euro extra aangerekend voor 'reiniging'. Moeten wij dat zomaar betalen?",
    ],
)
def test_must_i_pay_gets_no_payment_methods(text: str) -> None:
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="facebook", author="Els Maes")
    assert "Bancontact" not in draft, draft


def test_how_can_i_pay_still_gets_them() -> None:
    draft = draft_text(
        _GARAGE,
        "uitkomst_vraag_beantwoorden",
        "Hoe kan ik bij jullie betalen, gaat dat met Visa?",
        platform="facebook",
        author="Els Maes",
    )
    assert "Bancontact" in draft, draft
