"""A complaint that asks whether the writer's own booking stands ('is onze reservering nu genoteerd of niet?') is
about a booking still to come: the empathy says they want to be sure, never that it went otherwise than agreed.
Sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Kapsalon Linde",
    kind="kapper",
    signers=["Linde"],
    voice="ik",
    register="je",
    email="linde@kapsalonlinde.be",
    phone="0478 11 22 33",
)


def test_a_booking_still_to_come_is_no_past_failure() -> None:
    text = (
        "Al drie keer gebeld voor mijn afspraak voor het bruidskapsel op 14 februari, nooit iemand aan de lijn. "
        "Is mijn afspraak nu bevestigd of niet?"
    )
    draft = draft_text(_SALON, "uitkomst_herstel", text, platform="facebook", author="Jana Wouters")
    assert "anders liep" not in draft and "in orde is" in draft, draft


def test_a_lost_booking_told_is_not_unsure() -> None:
    text = "Mijn afspraak stond nergens genoteerd toen ik vanmorgen kwam. Hoe kan dat nu?"
    draft = draft_text(_SALON, "uitkomst_herstel", text, platform="facebook", author="Jana Wouters")
    assert "in orde is" not in draft, draft
