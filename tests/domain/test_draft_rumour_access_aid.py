"""A rumour that someone with a wheelchair, a rollator or a pram cannot get in is set straight with the profile's
way in, the aid named ('Met een rollator kom je gewoon binnen: ...'), not with a bare 'Goed om te weten:'. Shops and
sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


def _shop(access: str) -> BusinessProfile:
    return BusinessProfile(
        name="Lunchroom Het Zonnetje",
        kind="restaurant",
        signers=["Ria"],
        register="je",
        voice="wij",
        opening_hours="di–za 10:00–17:00",
        accessibility=access,
    )


def test_the_aid_is_named_with_the_way_in() -> None:
    said = draft_text(
        _shop("ingang zonder drempel via de tuin; ruim toilet"),
        "uitkomst_onwaarheid",
        "Jammer dat je met een rollator niet bij Het Zonnetje binnen kunt, met die trap voor de deur.",
    )
    assert "Met een rollator" in said
    assert "ingang zonder drempel via de tuin" in said


def test_no_way_in_is_promised_when_the_profile_says_there_is_none() -> None:
    said = draft_text(
        _shop("helaas niet rolstoeltoegankelijk, alleen via de trap"),
        "uitkomst_onwaarheid",
        "Jammer dat je met een rolstoel niet bij Het Zonnetje binnen kunt.",
    )
    assert "Met een rolstoel" not in said
