"""An insect sting is named as a sting with its insect, not as an allergic reaction or 'what happened'; teeth or
dental work broken on something bitten on are named with both (app/domain/draft_sting.py, draft_bitten.py).
Sentences and shops of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_bitten import bitten_on, bitten_values, broken_dental
from app.domain.draft_sting import sting_insect
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SAFETY = "uitkomst_herstel"

CAFE = BusinessProfile(
    name="Eetcafé De Linde", kind="horeca", signers=["Joke"], voice="wij", register="je", phone="0485 12 34 56"
)
BAKERY = BusinessProfile(
    name="Bakkerij Het Korenaar", kind="bakkerij", signers=["Wim"], voice="ik", register="u", phone="03 444 55 66"
)


@pytest.mark.parametrize(
    ("text", "insect"),
    [
        ("Op jullie terras zaten overal wespen en mijn dochter werd in haar arm gestoken.", "wesp"),
        ("Ik had een wespensteek in mijn nek na een ijsje bij jullie", "wesp"),
        ("Er vlogen bijen rond de bloembakken en ons zoontje is gestoken.", "bij"),
        ("Mijn vrouw werd door een wesp gestoken bij het afrekenen", "wesp"),
        ("Er zaten wel wat wespen bij de limonade, maar verder prima.", ""),  # no sting told
        ("Bij de kassa heb ik me gestoken aan een splinter van de toonbank", ""),  # 'bij' is no bee
    ],
)
def test_the_insect_that_stung_is_read(text: str, insect: str) -> None:
    assert sting_insect(text) == insect


def test_a_sting_is_named_with_its_insect_not_as_an_allergy() -> None:
    text = "Mijn zoon werd bij jullie op het terras in zijn hand gestoken door een wesp. Zijn hand werd dik en rood."
    draft = draft_text(CAFE, _SAFETY, text)
    assert "door een wesp gestoken" in draft, draft
    assert "allergische reactie" not in draft, draft
    assert "de hand van je zoon" in draft, draft


@pytest.mark.parametrize(
    ("text", "on"),
    [
        ("Mijn man beet op een harde pit in de kersenvlaai en nu is zijn kies gebroken.", "een harde pit"),
        ("ik beet op ne steen in het brood, stuk van mijn voortand eraf", "een steen"),
        ("Op het figuurtje gebeten en haar kroon is eruit.", "het figuurtje"),
        ("Mijn kies is gebroken, ik weet niet waarop.", ""),
    ],
)
def test_what_was_bitten_on_is_read(text: str, on: str) -> None:
    assert bitten_on(text) == on


def test_a_crown_on_a_cake_is_no_dental_work() -> None:
    """Negative case: the paper crown of a cake, with nothing broken, is no broken dental work."""
    assert broken_dental("Bij de taart hoorde een kroon, maar die ontbrak.") is None
    assert broken_dental("Ze beet op een pit en had bijna haar kies gebroken.") is None  # nearly, not broken
    found = broken_dental("Er is een stuk van mijn vulling afgebroken op een noot.")
    assert found is not None and found.part == "vulling" and found.piece


def test_a_tooth_broken_on_a_bean_names_both_and_asks_after_the_person() -> None:
    text = "Mijn moeder beet op het boontje van de koningentaart en er is een stuk van haar kies afgebroken."
    draft = draft_text(BAKERY, _SAFETY, text)
    assert "een stuk van de kies van uw moeder is afgebroken op het boontje" in draft, draft
    assert "Hoe gaat het nu met uw moeder?" in draft, draft


def test_a_tooth_broken_in_a_fall_is_no_bite() -> None:
    """Negative case: a tooth broken when someone fell keeps the fall as the harm (the part that gave way)."""
    text = "Het voorwiel schoot los, hij ging over zijn stuur en er is een stuk van zijn tand af."
    assert bitten_values(text, "je zoon", "je", "je") == {}
