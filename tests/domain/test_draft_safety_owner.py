"""Whose skin or body it was in a safety complaint (app.domain.draft_safety._affected): one of the writer's people
named only as whose occasion it was is not the one it happened to. Sentences of our own."""

from __future__ import annotations

import re

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

SALON = BusinessProfile(
    name="Kapsalon Lokken", kind="kapper", signers=["Nadia"], voice="wij", register="u", phone="024-3456789"
)
KNIPHUIS = BusinessProfile(name="Knip & Zo", kind="kapper", signers=["Tess"], voice="ik", phone="03 456 78 90")


@pytest.mark.parametrize(
    "text",
    [
        "Voor het feest van mijn zus mijn haar laten bleken. Mijn hoofdhuid brandde vreselijk en nu zit ik vol blaren.",
        "vorige week highlights gezet voor de communie van mijn dochter, daarna jeukte en brandde mn hoofdhuid "
        "dagenlang, met korstjes",
        "Voor het 25-jarig huwelijk van m'n ouders een kleuring gedaan. Mijn HOOFDHUID staat vol blaren!!",
    ],
)
def test_the_writers_own_scalp_is_not_the_occasion_owners(text: str) -> None:
    for profile in (SALON, KNIPHUIS):
        draft = draft_text(profile, "uitkomst_herstel", text, author="Petra de Wit")
        assert "hoofdhuid van" not in draft
        assert "uw hoofdhuid" in draft or "je hoofdhuid" in draft


def test_the_occasion_owner_who_was_hurt_is_named() -> None:
    text = "Mijn moeder (84) ging voor haar verjaardag naar jullie; nu heeft mijn moeder een rode, gezwollen hoofdhuid."
    draft = draft_text(SALON, "uitkomst_herstel", text, author="Petra de Wit")
    assert "hoofdhuid van uw moeder" in draft


# The writer's person named once, as whose occasion it was, is the one hurt when the harm is told of their body
# ('mijn dochter ... voor haar galabal ... de krultang tegen haar nek', r99); how big the wound is said back.
@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Mijn zoon voor zijn communie laten knippen. Met het scheermesje in zijn oor gesneden, een snee van 2 cm.",
            "oor van uw zoon",
        ),
        (
            "Vrijdag mijn dochter gestyld voor haar diploma-uitreiking, de stijltang kwam tegen haar wang en nu heeft "
            "ze een brandwond van een paar centimeter.",
            "wang van uw dochter",
        ),
    ],
)
def test_the_occasion_owner_hurt_in_their_own_body_is_asked_after(text: str, said: str) -> None:
    draft = draft_text(SALON, "uitkomst_herstel", text, author="Petra de Wit")
    assert said in draft, draft
    assert re.search(r"(?:snee|brandwond) van (?:2 cm|een paar centimeter)", draft), draft


_BAKERY = BusinessProfile(
    name="Bakkerij Het Korenblad", kind="bakkerij", signers=["Nele"], voice="wij", register="u", email="a@b.be"
)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Voor het feest van mijn zus had ik bij jullie de taart besteld, en haar dochter heeft er een allergische "
            "reactie van gekregen, haar lippen zwollen op.",
            "met de dochter van uw zus?",
        ),
        (
            "Voor de communie van mijn broer had ik de taart bij jullie besteld, zijn zoontje at ervan en zijn "
            "gezicht zwol helemaal op.",
            "met het zoontje van uw broer?",
        ),
        (
            "Voor het feest van mijn zus had ik bij jullie de taart besteld, en ze heeft er een allergische reactie "
            "van gekregen, haar lippen zwollen op.",
            "met uw zus?",
        ),
    ],
)
def test_the_person_of_the_occasions_owner_is_asked_after(text: str, asked: str) -> None:
    draft = draft_text(_BAKERY, "uitkomst_herstel", text, author="Dirk Claes")
    assert asked in draft, draft


def test_the_owners_person_is_the_one_named_before_the_part() -> None:
    from app.domain.draft_hurt_whom import owners_person_hurt

    parts, persons = ("lippen", "gezicht", "hand"), ("dochter", "zoontje", "zus", "broer")
    text = "Voor het feest van mijn zus ... haar dochter ... haar lippen zwollen op."
    assert owners_person_hurt("zus", text, parts, persons) == "dochter"
    assert owners_person_hurt("zus", "Voor het feest van mijn zus ... haar lippen zwollen op.", parts, persons) == ""
    assert owners_person_hurt("broer", "Haar dochter kwam mee naar mijn broer, zijn hand bloedde", parts, persons) == ""


@pytest.mark.parametrize(
    "text",
    [
        # the owner is the subject of the clause with the part, or the person's sex does not fit it (review 31, 3)
        "Op het feest van mijn zus was haar man er ook bij; zij at de mousse en haar lippen zwollen op.",
        "Op de communie van mijn broer zat zijn dochter naast hem, hij at de scampi en zijn gezicht zwol helemaal op.",
        "Op het feest van mijn broer was zijn vriendin er ook, maar zijn gezicht zwol op na de taart.",
    ],
)
def test_a_companion_of_the_owner_is_not_the_one_hurt(text: str) -> None:
    from app.domain.draft_hurt_whom import owners_person_hurt

    parts, persons = ("lippen", "gezicht", "hand"), ("dochter", "zoontje", "zus", "broer", "man", "vriendin")
    owner = "zus" if "mijn zus" in text else "broer"
    assert owners_person_hurt(owner, text, parts, persons) == ""


def test_the_owners_person_is_found_in_a_long_text() -> None:
    from app.domain.draft_hurt_whom import owners_person_hurt

    text = "mijn zus " + "haar dochter " * 1600  # 20,000 characters: each 'haar dochter' is looked at once
    assert owners_person_hurt("zus", text, ("lippen",), ("dochter",)) == ""
