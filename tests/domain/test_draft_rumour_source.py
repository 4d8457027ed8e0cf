"""A rumour set straight from the profile names the business as the source, but not with the same canned sentence
under every reply. Profile and rumours of their own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from app.domain.reply_check import shipped_rules
from tests.domain.drafts import draft_text

_SHOP = BusinessProfile(
    name="Kaashandel De Wiel",
    kind="winkel",
    signers=["Hanneke"],
    voice="ik",
    register="je",
    email="hanneke@dewiel.nl",
    opening_hours="di–za 9:00–17:30",
    payment="pinnen en contant, allebei prima",
)


def test_the_source_line_varies_and_still_names_the_source() -> None:
    drafts = [
        draft_text(_SHOP, "uitkomst_onwaarheid", f"Ik hoorde dat je bij De Wiel niet meer contant kunt betalen ({i})")
        for i in range(12)
    ]
    assert all(shipped_rules().finds("bron", d) for d in drafts), drafts
    assert not all("eerste hand" in d for d in drafts)  # not one canned sentence under every reply
    assert any("eerste hand" in d for d in drafts) or any("rechtstreeks" in d for d in drafts)


def test_no_source_line_confirms_an_open_slot() -> None:
    """Negative case: after a slot the owner still fills in, no sentence says the rumour is 'confirmed'."""
    for i in range(8):
        draft = draft_text(_SHOP, "uitkomst_onwaarheid", f"Klopt het dat Hanneke de zaak gaat verkopen? ({i})")
        assert "bevestig" not in draft, draft
