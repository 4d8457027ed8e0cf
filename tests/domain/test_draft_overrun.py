"""An appointment that ran over while the writer sat in the shop (app.domain.draft_overrun). Sentences of its
own."""

from __future__ import annotations

import pytest

from app.domain.draft_overrun import booked_for, ran_over
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Kapsalon Roos",
    kind="kapper",
    signers=["Roos"],
    voice="ik",
    register="je",
    email="roos@kapsalonroos.be",
    phone="03 444 55 66",
)


@pytest.mark.parametrize(
    "text",
    [
        "Om 14u binnen voor een balayage, om 17u zat ik er nog en ze was met andere klanten bezig.",
        "Mijn knipbeurt liep een uur uit omdat er tussendoor drie mensen werden geholpen.",
        "Voor € 80 verwacht ik toch een beetje planning: drie uur in de zetel.",
    ],
)
def test_an_appointment_that_ran_over_is_found(text: str) -> None:
    assert ran_over(text)


def test_a_wait_before_the_appointment_is_no_overrun() -> None:
    assert not ran_over("Ik moest 40 minuten wachten voor ik aan de beurt was.")


def test_what_the_visit_was_for_is_said_as_written() -> None:
    assert booked_for("Zaterdag om 10u voor knippen en föhnen, om 12u nog niet klaar.") == "knippen"
    assert booked_for("Om 9u voor knippen en kleuren gekomen.") == "knippen en kleuren"
    assert booked_for("Om 9u voor een balayage gekomen.") == "een balayage"
    assert booked_for("Om 9u gekomen.") == ""


def test_the_reply_names_the_appointment_that_ran_over() -> None:
    text = (
        "Om 13u voor knippen en kleuren, om 16u zat de kleur er nog altijd op. Ze was ondertussen met andere klanten "
        "bezig."
    )
    reply = draft_text(_SALON, "uitkomst_herstel", text, platform="facebook", author="Els Maes")
    assert "je afspraak voor knippen en kleuren zo lang uitliep" in reply, reply
