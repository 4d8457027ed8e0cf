"""A writer who phoned and got no answer is offered a call back (their number by mail, we call them), not just
'mail ons'. Sentences and profile of their own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_GARAGE = BusinessProfile(
    name="Garage Op Maat",
    kind="garage",
    signers=["Rik"],
    voice="wij",
    register="je",
    email="werkplaats@garageopmaat.nl",
    phone="0541-667788",
    opening_hours="ma–vr 8:00–17:30",
)


def test_a_call_nobody_answered_gets_a_call_back_offer() -> None:
    text = "Mijn auto zou gisteren klaar zijn, maar hij stond er nog niet. Twee keer gebeld, niemand nam op."
    for i in range(4):
        draft = draft_text(_GARAGE, "uitkomst_herstel", f"{text} ({i})", author="Tessa")
        assert "werkplaats@garageopmaat.nl" in draft and "telefoonnummer" in draft and "bellen" in draft, draft


def test_without_a_call_in_vain_the_mail_needs_no_number() -> None:
    """Negative case: nobody phoned, so no call back is offered."""
    text = "Mijn auto zou gisteren klaar zijn, maar hij stond er nog niet. Erg onhandig zo."
    for i in range(4):
        draft = draft_text(_GARAGE, "uitkomst_herstel", f"{text} ({i})", author="Tessa")
        assert "telefoonnummer" not in draft, draft


def test_a_writer_who_cannot_call_is_not_offered_a_call_back() -> None:
    """Negative case: 'ik kan niet bellen' puts the phone aside, it is no call in vain."""
    text = "Ik ben doof, dus bellen lukt mij niet. Mijn auto zou gisteren klaar zijn, maar hij stond er nog niet."
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, author="Tessa")
    assert "telefoonnummer" not in draft and "bellen we" not in draft, draft
