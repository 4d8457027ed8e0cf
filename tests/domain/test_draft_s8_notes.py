"""The owner is warned when the writer puts their own personal data in a public comment (session 8, issue
#13): an order number, a phone number, an address. Not on e-mail, where the reply is private. Sentences of
their own, not a round's."""

from __future__ import annotations

from app.domain.draft_checks import comment_personal_data
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft

_COMPLAINT = "uitkomst_herstel"
SHOP = BusinessProfile(
    name="Elektro Vos", kind="winkel", signers=["Tim"], phone="030-2211334", email="tim@elektrovos.nl"
)


def test_the_writers_personal_data_in_public_is_warned_about() -> None:
    text = "Order 77120-12 is nog steeds niet binnen. Lever het maar op de Molenstraat 8, bel me op 06-12345678."
    notes = draft(SHOP, _COMPLAINT, text, platform="google").warnings
    note = next(n for n in notes if "persoonsgegevens" in n)
    assert "telefoonnummer" in note and "adres" in note and "bestelnummer" in note
    text = "Mijn bestelnummer is 55310 en ik wacht al twee weken. Slechte service."
    assert any("persoonsgegevens" in n for n in draft(SHOP, _COMPLAINT, text, platform="facebook").warnings)


def test_the_business_own_number_and_an_email_reply_are_not_warned_about() -> None:
    assert comment_personal_data("Ik heb drie keer naar 030-2211334 gebeld.", SHOP) == []
    text = "Bestelling 55310 is kapot aangekomen, bel me op 06-12345678."
    assert not any("persoonsgegevens" in n for n in draft(SHOP, _COMPLAINT, text, platform="email").warnings)
