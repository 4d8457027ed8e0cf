"""The next open day after the closed weekday the writer came on (app.domain.draft_next_open). Shops and sentences
of their own."""

from __future__ import annotations

from app.domain.draft_next_open import next_open, shut_day
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_HOURS = "wo–za 8.00–17.00, zo 9.00–12.00; maandag en dinsdag gesloten"


def test_the_next_open_day_follows_the_closed_one() -> None:
    assert next_open(_HOURS, "maandag") == ("woensdag", "8.00–17.00")
    assert next_open(_HOURS, "dinsdag") == ("woensdag", "8.00–17.00")
    assert next_open(_HOURS, "donderdag") == ("", "")  # open that day: nothing to add


def test_the_day_the_door_was_shut_is_read() -> None:
    assert shut_day("Dinsdag helemaal naar jullie gefietst, deur dicht.") == "dinsdag"
    assert shut_day("Dinsdag helemaal naar jullie gefietst, maar de taart was op.") == ""


def test_the_reply_gives_the_next_open_day() -> None:
    shop = BusinessProfile(
        name="Bakkerij Zoet",
        kind="bakkerij",
        signers=["Mia"],
        voice="ik",
        register="u",
        email="mia@zoet.be",
        opening_hours=_HOURS,
    )
    text = "Dinsdagochtend een half uur gereden voor jullie appeltaart en we stonden voor een gesloten deur. Jammer."
    reply = draft_text(shop, "uitkomst_herstel", text, platform="google", author="Rik Smet")
    assert "woensdag" in reply and "8.00 tot 17.00" in reply, reply
