"""A fee feared for an appointment the writer cannot keep (app.domain.draft_fee_feared): no bill said, the terms for
cancelling from the profile. Shops and sentences of their own."""

from __future__ import annotations

from app.domain.draft_complaint_cancel import cancel_terms, cancelled_by_writer, fee_feared
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
    return_terms="Niet tevreden? Binnen een week werk ik het gratis bij. Afzeggen kan kosteloos tot 48 uur vooraf.",
)
_TEXT = "Drie keer gemaild om mijn afspraak van dinsdag te verzetten, geen antwoord. Ga ik dat nu nog moeten betalen?"


def test_a_fee_feared_is_no_bill() -> None:
    assert fee_feared(_TEXT)
    assert not cancelled_by_writer(_TEXT)
    assert not fee_feared("Ik heb 25 euro moeten betalen voor een afspraak die ik netjes had afgezegd.")


def test_the_terms_for_cancelling_come_from_the_return_terms() -> None:
    assert cancel_terms(_SALON) == "Afzeggen kan kosteloos tot 48 uur vooraf"


def test_the_reply_gives_the_terms_and_says_no_bill() -> None:
    reply = draft_text(_SALON, "uitkomst_herstel", _TEXT, platform="facebook", author="Els Maes")
    assert "afzeggen kan kosteloos tot 48 uur vooraf" in reply, reply
    assert "rekening kreeg" not in reply, reply
