"""A complaint about the deposit asked when booking (app.domain.draft_complaint_deposit): the deposit and its
amount named, no apology for a rule, the reason and what happens on cancelling left to the owner or said from
the profile. Shops and sentences of their own."""

from __future__ import annotations

from dataclasses import replace

from app.domain.draft_complaint_deposit import deposit_demanded
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_BISTRO = BusinessProfile(
    name="Brasserie Het Anker",
    kind="restaurant",
    signers=["Wim"],
    voice="ik",
    register="u",
    email="wim@hetanker.be",
    phone="09 111 22 33",
)


def test_a_deposit_asked_is_found_in_its_sentence() -> None:
    assert deposit_demanded("Voor Moederdag moeten we 20 euro voorschot per persoon betalen?! Belachelijk.")
    assert deposit_demanded("Jullie vragen nu een aanbetaling van € 50 voor een tafel van zes.")
    # a deposit kept after cancelling is another complaint
    assert not deposit_demanded("Ik heb afgezegd en nu moet ik mijn voorschot van € 40 vergeten? Ik wil het terug.")
    assert not deposit_demanded("Het eten was koud en de bediening traag.")


def test_a_deposit_asked_is_answered_as_a_rule_with_a_slot_for_the_reason() -> None:
    text = "Voor Moederdag moeten we 20 euro per persoon voorschot betalen. En als mijn man ziek wordt, is dat weg?"
    reply = draft_text(_BISTRO, "uitkomst_herstel", text, platform="facebook", author="Ann Claes")
    assert "voorschot van € 20 per persoon" in reply, reply
    assert "[vul in: de reden voor het voorschot]" in reply, reply
    assert "ziek" in reply and "[vul in: wat er dan met het voorschot gebeurt" in reply, reply
    assert "niet mogen gebeuren" not in reply and "excuses" not in reply, reply


def test_the_profiles_rule_for_cancelling_is_said() -> None:
    shop = replace(_BISTRO, faq=[FaqItem("Kan ik annuleren?", "Kosteloos annuleren kan tot 48 uur op voorhand.")])
    text = "Jullie vragen een voorschot van € 30 voor het kerstmenu. En als we moeten afzeggen?"
    reply = draft_text(shop, "uitkomst_herstel", text, platform="facebook", author="Ann Claes")
    assert "kosteloos annuleren kan tot 48 uur op voorhand" in reply, reply
