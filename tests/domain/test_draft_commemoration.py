"""A silence or commemoration the business did not keep (app.domain.draft_commemoration). Sentences of its own."""

from __future__ import annotations

from app.domain.draft_commemoration import kept_moment
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


def test_the_moment_is_named_as_the_writer_did() -> None:
    assert kept_moment("Op 11 november om 11u een minuut stilte, maar bij jullie bleef de radio aan.") == (
        "de minuut stilte op 11 november"
    )
    assert kept_moment("Tijdens de Dodenherdenking stond bij jullie de muziek keihard.") == "de dodenherdenking"
    assert kept_moment("Het was er veel te stil, geen muziek, geen sfeer.") == ""


def test_the_reply_admits_the_silence_not_kept() -> None:
    shop = BusinessProfile(
        name="Café De Brug", kind="café", signers=["Karin"], voice="wij", register="u", email="info@debrug.nl"
    )
    text = (
        "Om acht uur twee minuten stilte op het plein, maar binnen bij jullie bleef de tap gewoon lopen en de muziek "
        "aan. Mijn vader vond het diep triest."
    )
    reply = draft_text(shop, "uitkomst_herstel", text, platform="facebook", author="Joke Smit")
    assert "de twee minuten stilte" in reply, reply
    assert "behandeld voelde" not in reply, reply
