"""What the praised thing was made with, said in the same sentence ('die vulling met framboos en pistache'), is named
in the thanks; a 'met' that names people or nothing made is not. Sentences and shops of our own."""

from __future__ import annotations

from app.domain.draft_praise_with import made_with
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


def test_the_things_after_met_are_named() -> None:
    text = "Onze verjaardagstaart was top, die vulling met framboos en pistache, iedereen wilde een tweede stuk!"
    assert (
        made_with("verjaardagstaart", text, ["verjaardagstaart", "framboos", "pistache"]) == " met framboos en pistache"
    )


def test_a_met_of_people_or_of_nothing_made_is_not() -> None:
    text = "De taart hebben we met de hele familie opgegeten."
    assert made_with("taart", text, ["taart"]) == ""
    assert made_with("taart", "De taart met aardbeien en mijn oma was blij.", ["taart", "aardbeien"]) == ""


_BAKERY = BusinessProfile(
    name="Bakkerij Het Zoete Hoekje",
    kind="bakkerij",
    signers=["Els"],
    register="u",
    voice="wij",
    opening_hours="di–za 7:00–17:00",
)


def test_the_thanks_names_what_the_cake_was_made_with() -> None:
    said = draft_text(
        _BAKERY,
        "uitkomst_bedank_publiek",
        "De verjaardagstaart was fantastisch, die laag met aardbeien en slagroom! Iedereen vroeg ernaar.",
    )
    assert "aardbeien en slagroom" in said
