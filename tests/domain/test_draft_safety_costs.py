"""A safety complaint that asks who pays ('Wie draait op voor de kosten?') gets the costs promised with a slot for
how, never silence; one that asks nothing about money gets no such line. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_harm_now import costs_asked
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Kapsalon Lokkenspel",
    kind="kapper",
    signers=["Ines"],
    voice="wij",
    register="u",
    email="info@lokkenspel.be",
    phone="054 11 22 33",
)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("De stijltang was gloeiend heet, ik heb een brandwonde in mijn nek. Wie draait op voor de kosten?", True),
        ("Mijn zoon is van jullie kapperstoel gevallen, twee hechtingen. Krijg ik de spoed vergoed?", True),
        ("Wie betaalt mijn doktersbezoek eigenlijk??", True),
        ("Mijn hoofdhuid brandde na de kleuring. Hoe kan dat nu?", False),
        ("Ik heb de rekening betaald en ben vertrokken met blaren op mijn hoofd.", False),
    ],
)
def test_a_question_who_pays_is_found(text: str, asked: bool) -> None:
    assert costs_asked(text) is asked


def test_who_pays_gets_the_costs_promised() -> None:
    text = (
        "Bij het föhnen kwam de föhn tegen mijn oor, nu zit er een brandwonde op mijn oorlel en ik moest naar de "
        "huisarts. Wie gaat dat betalen?"
    )
    draft = draft_text(_SALON, "uitkomst_herstel", text, author="Hilde Verbist")
    assert "kosten" in draft and "[vul in:" in draft, draft


def test_no_money_asked_no_costs_line() -> None:
    text = "Bij het föhnen kwam de föhn tegen mijn oor, nu zit er een brandwonde op mijn oorlel. Zeer pijnlijk."
    draft = draft_text(_SALON, "uitkomst_herstel", text, author="Hilde Verbist")
    assert "kosten" not in draft, draft
