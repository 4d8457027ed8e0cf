"""The next step after a complaint when the writer already tried, or asked for, a channel."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from app.domain.suggest import suggest
from app.nlp.topics import analyse_topics

GARAGE = BusinessProfile(
    name="Autobedrijf Mulder",
    kind="garage",
    signers=["Tom"],
    voice="wij",
    register="u",
    dm=True,
    email="info@mulder-auto.nl",
    phone="0314-556677",
)


def _out(text: str, platform: str = "facebook") -> dict:
    return suggest(
        {"label": "klacht", "flags": []},
        text,
        platform=platform,
        author="Karin",
        profile=GARAGE,
        analyser=analyse_topics,
    )


def test_mail_and_phone_both_unanswered_gets_no_third_channel_to_try() -> None:
    text = "Mijn auto staat al twee weken bij jullie. Ik heb drie keer gebeld en twee mails gestuurd, niemand reageert."
    out = _out(text)
    assert out["channel"] == "telefoon", out["draft"]
    assert "privébericht" not in out["draft"], out["draft"]


def test_a_writer_who_asks_to_be_called_is_called() -> None:
    for text in (
        "De nieuwe uitlaat rammelt alweer. Bel me even terug, 06-12345678.",
        "Factuur klopt niet, €80 te veel. Dus bel mij maar: 0612345678.",
    ):
        out = _out(text, platform="google")
        assert out["channel"] == "telefoon", out["draft"]
        assert "bellen we u" in out["draft"] or "we bellen u" in out["draft"].lower(), out["draft"]
        assert "12345678" not in out["draft"], out["draft"]  # the writer's number is not repeated in public
