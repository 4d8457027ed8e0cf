"""Mould on one of several things bought (issue #13): the draft names the thing said with the mould, not the
first thing named, in its number ('horen de sandwiches'); and money first, then the food with bare hands, is said
back as a second point on hygiene. Businesses and sentences of their own, not a round's."""

from __future__ import annotations

from app.domain.draft_found import nearest_to_fault
from app.domain.profile import BusinessProfile
from app.domain.topics import Mention
from tests.domain.drafts import draft_text

_SAFETY = "uitkomst_herstel"

BAKKER_BE = BusinessProfile(
    name="Bakkerij Vandamme", kind="bakkerij", signers=["Griet"], voice="wij", register="u", phone="050 44 12 90"
)
BAKKER_NL = BusinessProfile(
    name="Bakker Hoekstra", kind="bakkerij", signers=["Sjoerd"], voice="ik", register="je", phone="058-2134455"
)


def test_the_thing_nearest_the_mould_is_the_mouldy_one() -> None:
    things = [Mention("croissants", "de", plural=True), Mention("suikerbrood", "het")]
    text = "Croissants en een suikerbrood gekocht. Thuis zat het suikerbrood onderaan vol schimmel."
    found = nearest_to_fault(things, text)
    assert found is not None and found.text == "suikerbrood"
    # no thing named in the sentence of the mould: none
    assert nearest_to_fault(things, "Croissants gekocht. Alles beschimmeld!!") is None


def test_the_mouldy_thing_is_named_not_the_first() -> None:
    text = "Zaterdag 4 pistolets en een suikerbrood gehaald. Thuis bleek het suikerbrood beschimmeld te zijn."
    assert "het suikerbrood" in draft_text(BAKKER_BE, _SAFETY, text)


def test_a_plural_mouldy_thing_has_a_plural_verb() -> None:
    text = "een brood en 6 krentenbollen gekocht, de krentenbollen zaten onder de schimmel"
    made = draft_text(BAKKER_NL, _SAFETY, text)
    assert "krentenbollen" in made
    assert "hoort de krentenbollen" not in made and "krentenbollen beschimmeld was" not in made


def test_money_then_food_with_bare_hands_is_said_back() -> None:
    for text in (
        "Het brood was beschimmeld. En de verkoopster nam eerst mijn geld aan en pakte dan de croissants zonder "
        "handschoenen.",
        "Thuis zag ik schimmel op de kramiek. Ook rekende het meisje af en pakte met haar blote handen mijn boterkoek.",
    ):
        made = draft_text(BAKKER_BE, _SAFETY, text)
        assert "tang of handschoen" in made and "hygiën" in made


def test_gloves_without_money_is_no_bare_hands_point() -> None:
    made = draft_text(BAKKER_NL, _SAFETY, "Er zat schimmel op mijn brood, en dat zonder excuus!")
    assert "handschoen" not in made


def test_mould_that_made_someone_ill_is_said_with_the_illness() -> None:
    # food poisoning after a mouldy thing: the mould on the thing sold first, then who fell ill, asked after
    for text, thing, who in (
        (
            "Vrijdag een appeltaart gekocht, vanochtend zat er witte schimmel op de bodem. Mijn man heeft de hele "
            "nacht overgegeven.",
            "de appeltaart",
            "je man",
        ),
        ("De krentenbollen waren beschimmeld en mijn dochter is er ziek van geworden.", "de krentenbollen", "dochter"),
    ):
        made = draft_text(BAKKER_NL, _SAFETY, text)
        assert "eschimmeld" in made and thing in made, made
        assert "ziek werd" in made and who in made, made
