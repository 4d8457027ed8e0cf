"""The step a safety reply names per kind of hazard (resources/harm.toml [[step]]): validated when loaded, chosen by
the comment's safety concepts, the kind of business and the words the comment uses, and never said twice."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.draft_steps import parse_steps, shipped_steps, step_for
from app.domain.profile import BusinessProfile
from app.domain.replies import Tone, render
from app.errors import DataFileError

_BIKES = BusinessProfile(name="Velo Peeters", kind="fietsenmaker", signers=["Wim"], voice="ik", register="je")
_BAKERY = BusinessProfile(name="Het Broodhuys", kind="bakkerij", signers=["Mieke"], voice="wij", register="u")


def _step(**fields: Any) -> dict[str, Any]:
    return {"step": [{"concepts": ["remmen"], "lines": [{"text": "Rijd er niet meer op."}], **fields}]}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"concepts": ["fietsen"]}, "onbekend"),
        ({"kinds": ["garage_x"]}, "onbekend"),
        ({"lines": [{"text": "{r:Rijd er niet meer op."}]}, "accolade"),
        ({"lines": [{"text": "Rijd er niet meer op tot {persoon} belt."}]}, "invulplek"),
        ({"lines": [{"text": "Rijd er niet meer op [tot morgen]."}]}, "vul in"),
        ({"lines": []}, "leeg"),
        ({"colour": "rood"}, "onbekend veld .colour."),
    ],
)
def test_a_bad_step_is_refused_when_loaded(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        parse_steps(_step(**fields))


@pytest.mark.parametrize("register", ["je", "u"])
@pytest.mark.parametrize("voice", ["ik", "wij"])
def test_every_shipped_step_renders_in_every_tone(register: str, voice: str) -> None:
    steps = shipped_steps()
    assert len(steps) >= 5
    for step in steps:
        for line in step.lines:
            said = render(line.text, Tone(register=register, voice=voice))
            assert "{" not in said and "}" not in said and said.endswith("."), said


@pytest.mark.parametrize(
    ("concepts", "text", "said"),
    [
        (("remmen",), "de remmen deden het niet meer", "niet meer op"),
        (("letsel", "gevaar"), "de voorvork brak af en ik viel", "grondig"),
        (("letsel",), "Ik viel van mijn fiets", ""),  # an injury without a part that failed: no bike step
    ],
)
def test_the_bike_step_follows_the_hazard(concepts: tuple[str, ...], text: str, said: str) -> None:
    lines = " ".join(step_for(concepts, _BIKES, text, ""))
    assert said in lines if said else not lines


def test_a_line_the_draft_says_already_is_left_out() -> None:
    lines = step_for(("remmen",), _BIKES, "remmen kapot", "Vandaag nog: [vul in: of ik het kom ophalen].")
    assert len(lines) == 1 and "niet meer op" in lines[0]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Er stond niks op het zakje over noten", True),
        ("da stond nergens, een porseleinen figuurke in de taart", True),
        ("Op het ETIKET stond geen ei", True),
        ("ik viel over de drempel van de winkel", False),
    ],
)
def test_an_injury_at_a_bakery_gets_the_label_step_only_when_the_label_is_at_stake(text: str, label: bool) -> None:
    lines = step_for(("letsel",), _BAKERY, text, "")
    assert bool(lines) == label and all("etiket" in line for line in lines)


_SALON = BusinessProfile(name="Coiffure Anouk", kind="kapsalon", signers=["Anouk"], voice="ik", register="u")


@pytest.mark.parametrize(
    ("concepts", "text", "said"),
    [
        (("hoofdhuid", "letsel"), "na de blondering brandde mijn hoofdhuid en nu blaren", "blondeerproducten"),
        (("letsel", "hoofdhuid"), "de krultang brandde in mijn nek, een blaar", "met hitte"),
        (
            ("allergie", "letsel", "hygiene"),
            "de kam viel op de grond en werd gewoon gebruikt, nu ontstoken",
            "ontsmetten",
        ),
        (("letsel",), "de vlechtjes zaten te strak", ""),
    ],
)
def test_the_drafts_own_concept_decides_first_then_the_others(concepts: tuple[str, ...], text: str, said: str) -> None:
    lines = " ".join(step_for(concepts, _SALON, text, ""))
    assert said in lines if said else not lines


# A part that gave way and someone got hurt (only 'letsel' found): the bike step too, not only for 'remmen' or 'breuk'
# ('het pedaal brak af, ze is gevallen': no 'niet meer op rijden' before fixer c16).
@pytest.mark.parametrize(
    "text",
    [
        "Daags na de beurt brak het pedaal gewoon af. Ze is gevallen, knie open.",
        "ketting sprong eraf bij het optrekken en ik ben gevallen, schaafwonden overal",
        "Mijn zoon is onderuit gegaan omdat het voorwiel los kwam na jullie herstelling!",
        "de achterrem pakte niet, ben ten val gekomen op de Kemmelberg",
    ],
)
def test_an_injury_from_a_part_that_gave_way_gets_the_bike_step(text: str) -> None:
    lines = " ".join(step_for(("letsel",), _BIKES, text, ""))
    assert "niet meer op" in lines and "grondig" in lines
