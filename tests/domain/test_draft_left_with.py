"""A repair that takes weeks, with the writer's own thing standing at the business all that time ('Mijn fiets staat
hier al 3 weken'), is a wait on that thing, also when the writer waits on something else meanwhile (the bus); and a
brake pad named as the work ordered is no brake failure. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

SHOP = BusinessProfile(
    name="Tweewielers Claes", kind="fietsenmaker", signers=["Wout"], voice="wij", register="u", email="info@claes.be"
)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Mijn e-bike staat al 4 weken bij jullie voor een kleine herstelling. Ondertussen moet ik elke dag op de "
            "tram wachten. Hoe lang nog?",
            "uw e-bike",
        ),
        (
            "Mijn koersfiets staat al 5 weken in jullie werkplaats. Ondertussen wacht ik in de regen op de bus. "
            "Hoe lang gaat dat nog duren?",
            "uw koersfiets",
        ),
    ],
)
def test_the_own_thing_left_at_the_business_is_what_was_waited_on(text: str, thing: str) -> None:
    draft = draft_text(SHOP, "uitkomst_herstel", text, platform="google", author="Lien Claes")
    assert thing in draft and "wachten" in draft and "bus" not in draft and "tram" not in draft, draft


def test_a_thing_only_named_is_not_left_with_the_business() -> None:
    """Negative case: the bike is no subject of 'staat'; the writer waited at the counter."""
    text = "Ik kwam mijn fiets halen en heb 40 minuten aan de balie gestaan."
    draft = draft_text(SHOP, "uitkomst_herstel", text, platform="google", author="Lien Claes")
    assert "wachten op uw fiets" not in draft, draft


def test_brake_pads_listed_as_the_repair_are_no_brake_failure() -> None:
    text = (
        "Mijn fiets staat hier al 3 weken voor een herstelling (nieuwe remblokken en een band). Ondertussen wacht "
        "ik elke dag op de bus. Hoe lang duurt dat nog?"
    )
    draft = draft_text(SHOP, "uitkomst_herstel", text, platform="google", author="Lien Claes")
    assert "Hoe gaat het" not in draft and "niet meer op" not in draft and "uw fiets" in draft, draft
