"""General rules added late in session 5 (after the blind round r23): every test uses a sentence of
its own, not one from a benchmark round, and states one rule."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

BIKES = BusinessProfile(
    name="Tweewielers Bosman",
    kind="fietsenmaker",
    signers=["Jelle"],
    voice="ik",
    register="je",
    email="jelle@tweewielersbosman.nl",
    phone="030-7654321",
    opening_hours="di–za 9:00–18:00",
    payment="pinnen en contactloos; contant neem ik niet aan",
)


def _draft(profile: BusinessProfile, outcome: str, text: str, platform: str = "facebook", author: str = "Lies"):
    return Drafter(profile, analyser=analyse_topics).draft(outcome, text, author=author, platform=platform)


def test_a_channel_that_stayed_silent_is_not_offered_again() -> None:
    for text in (
        "Mijn fiets stond een week te laat klaar. Ik heb er twee keer over gemaild en niks teruggehoord.",
        "De band was na twee dagen weer lek. Drie keer gebeld, niemand belde terug.",
    ):
        draft = _draft(BIKES, "uitkomst_herstel", text, platform="google").text or ""
        tried = "jelle@tweewielersbosman.nl" if "gemaild" in text else "030-7654321"
        assert tried not in draft, draft
        assert "030-7654321" in draft or "jelle@tweewielersbosman.nl" in draft, draft
