"""Safety drafts for harm told without the obvious word (issue #13, item 1): the draft names what was found
in the food or the part that gave way, asks after the person, gives the phone number and offers nothing in
return. Businesses and sentences of our own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft, draft_text

_SAFETY = "uitkomst_herstel"

BAKERY = BusinessProfile(
    name="Bakkerij Het Korenaar", kind="bakkerij", signers=["Mieke"], voice="wij", register="u",
    phone="0478-551122", email="info@korenaar.nl",
)  # fmt: skip
BIKES = BusinessProfile(
    name="Tweewielers De Spaak", kind="fietsenmaker", signers=["Gert"], voice="ik", phone="050-3141592",
    email="gert@despaak.nl", dm=False,
)  # fmt: skip
DINER = BusinessProfile(
    name="Eetcafé De Pomp", kind="restaurant", signers=["Jet"], voice="wij", phone="0591-778899", email="jet@depomp.nl"
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Gisteren krentenbollen gehaald en in eentje zat een pleister mee ingebakken. Mijn dochter had hem bijna op.",
         "een pleister"),
        ("er zat een stukje plastic in m'n saucijzenbroodje 😳", "een stukje plastic"),
        ("Beet op iets hards in mijn appelflap: een nietje!! Hoe kan dat?", "een nietje"),
    ],
)  # fmt: skip
def test_the_thing_found_in_the_food_is_named_with_the_phone(text: str, said: str) -> None:
    made = draft_text(BAKERY, _SAFETY, text, platform="google", author="Anouk")
    assert said in made
    assert "0478-551122" in made
    assert not any(w in made.lower() for w in ("tegoedbon", "korting", "waardebon"))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Twee dagen na de beurt schoot ineens het stuur los, ik lag zo op het fietspad.", "stuur"),
        ("Vanochtend kwam mijn voorwiel los tijdens het fietsen. Wat hebben jullie gedaan??", "voorwiel"),
        ("zadelpen knapte gewoon door op de dijk, was net bij jou geweest", "zadelpen"),
    ],
)
def test_the_part_that_gave_way_is_named_with_a_call_and_no_dm(text: str, part: str) -> None:
    made = draft(BIKES, _SAFETY, text, platform="facebook", author="Joris")
    assert made.text is not None
    assert part in made.text and "050-3141592" in made.text
    assert "privébericht" not in made.text and " DM" not in made.text
    assert "Hoe gaat het" in made.text or "in orde" in made.text or "beter gaat" in made.text


def test_a_chair_that_collapsed_asks_after_the_person() -> None:
    text = "De stoel op jullie terras klapte in elkaar onder mijn moeder, ze heeft haar pols bezeerd."
    made = draft_text(DINER, _SAFETY, text, platform="instagram", author="Sanne")
    assert "stoel" in made and "moeder" in made and "0591-778899" in made


def test_an_english_thing_found_is_named() -> None:
    made = draft_text(
        DINER,
        _SAFETY,
        "Found a piece of glass in my soup. This is really not acceptable, my kid almost ate it.",
        platform="google",
    )
    assert "piece of glass" in made and "0591-778899" in made


def test_a_part_that_broke_is_no_injury_of_the_person_spared() -> None:
    made = draft_text(BIKES, _SAFETY, "Mijn fietsstoeltje brak af, gelukkig zat mijn dochter er niet in.")
    assert "fietsstoeltje" in made and "gewond" not in made


def test_the_injury_line_keeps_the_profiles_register() -> None:
    formal = BusinessProfile(
        name="Brasserie Kade", kind="restaurant", signers=["Ilse"], register="u", phone="0488-1234"
    )
    text = "Het pannetje was gloeiend heet en niemand zei iets. Mijn man heeft nu blaren op drie vingers."
    draft = draft_text(formal, "uitkomst_herstel", text)
    assert "0488-1234" in draft and " je " not in draft, draft
