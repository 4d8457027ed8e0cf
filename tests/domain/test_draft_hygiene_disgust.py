"""A find of dirt or vermin in bread (a hair baked in, droppings) with the writer 'misselijk' at the sight is a
hygiene complaint, not food poisoning: the reply names what was found and in what, and says what is cleaned and
checked (the cleaning question answered), without asking who else fell ill. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.businesses import BAKKERIJ_GRAAN
from tests.domain.drafts import draft_text

_SAFETY = "uitkomst_herstel"
BRASSERIE = BusinessProfile(
    name="Brasserie De Molen", kind="brasserie", signers=["Tom"], voice="wij", register="u", phone="053-112233"
)


@pytest.mark.parametrize(
    "text",
    [
        "In een van de pistolets zat een grijs haar ingebakken en er lagen muizenkeutels in de zak. Ik ben er "
        "misselijk van. Wordt daar ooit gepoetst?",
        "Onder ons rozijnenbrood zaten zwarte korreltjes, precies muizenkeutels. Ik werd er kotsmisselijk van. "
        "Is dat hygiënisch??",
    ],
)
def test_a_find_with_the_writer_disgusted_is_hygiene(text: str) -> None:
    draft = draft_text(BAKKERIJ_GRAAN, _SAFETY, text, author="Greet")
    assert "ziek" not in draft and "leverancier" not in draft, draft
    assert "grondig reinigen" in draft, draft  # what is cleaned: the question whether they clean answered


def test_a_hair_found_in_one_of_the_things_bought_names_them() -> None:
    text = "In een van de croissants zat een haar ingebakken. Ik ben echt misselijk. Wordt er wel gekuist?"
    draft = draft_text(BAKKERIJ_GRAAN, _SAFETY, text, author="Greet")
    assert "een haar in de croissants" in draft, draft


def test_a_restaurant_cleans_its_kitchen() -> None:
    text = "Er liep een muis door de zaal en in mijn soep zat een haar. Ik ben misselijk. Wordt hier wel gekuist?"
    draft = draft_text(BRASSERIE, _SAFETY, text, author="Greet")
    assert "de keuken en de zaal" in draft, draft


def test_food_poisoning_with_a_find_stays_food_poisoning() -> None:
    """Negative case: ill after eating ('de hele nacht overgegeven') is more than disgust."""
    text = "Er zat een haar in mijn sandwich en daarna heb ik de hele nacht overgegeven. Ik ben nog steeds misselijk."
    draft = draft_text(BAKKERIJ_GRAAN, _SAFETY, text, author="Greet")
    assert "ziek" in draft, draft


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Tijdens het diner een rat zien lopen langs de bar, en het gehakt was vanbinnen nog rauw. Mijn man heeft "
            "de hele nacht overgegeven. Is de hygiëne hier wel in orde?",
            "uw man",
        ),
        ("Kakkerlakken op de vloer gezien en na de vis werd onze dochter doodziek. Wat een hygiëne.", "uw dochter"),
    ],
)
def test_vermin_seen_and_someone_ill_after_eating_asks_after_them(text: str, who: str) -> None:
    """Vermin seen and someone ill after the meal: the reply names the vermin, and asks after who fell ill."""
    draft = draft_text(BRASSERIE, _SAFETY, text, author="Greet")
    assert "ongedierte" in draft and "ziek" in draft and f"Hoe gaat het nu met {who}?" in draft, draft


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "In het meergranenbrood zat een steentje en mijn moeder heeft daar haar kies op gebroken. Wie betaalt de "
            "tandarts?",
            "de kies van je moeder",
        ),
        ("Een scherf glas in de appeltaart, onze zoon beet erop en zijn lip bloedde flink.", "de lip van je zoon"),
    ],
)
def test_a_part_of_the_body_hurt_on_a_find_is_asked_after(text: str, said: str) -> None:
    """A hard thing found in the food that broke a tooth or cut a lip: the reply asks after that part."""
    draft = draft_text(BAKKERIJ_GRAAN, _SAFETY, text, author="Greet")
    assert said in draft, draft


def test_a_part_of_the_body_only_named_beside_a_find_is_not_asked_after() -> None:
    text = "Er zat een stukje plastic in de krentenbol, onze dochter had het al in haar mond. Let toch op!"
    draft = draft_text(BAKKERIJ_GRAAN, _SAFETY, text, author="Greet")
    assert "mond van" not in draft, draft
