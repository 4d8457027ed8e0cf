"""A safety complaint that asks whether to see a doctor gets a plain yes (have it looked at), and 'er is niks
gedaan' after an accident (nobody helped) is no work left undone. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_harm_now import doctor_asked, treatment_asked
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

SALON = BusinessProfile(
    name="Haarstudio Mira", kind="kapper", signers=["Mira"], register="je", phone="011-22 33 44", email="mira@studio.be"
)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("De föhn was veel te heet, mijn nek is verbrand. Moet ik daarmee naar de huisarts?", True),
        ("Mijn dochter heeft een snee in haar oor van de schaar. Moet ze naar den dokter of niet?", True),
        ("Is het beter dat ik naar de apotheker ga met die blaren?", True),
        ("Ik ben naar de dokter geweest met die brandwonde. Wie betaalt dat?", False),
        ("Moet ik nu echt nog eens terugkomen?", False),
    ],
)
def test_a_question_whether_to_see_a_doctor_is_found(text: str, asked: bool) -> None:
    assert doctor_asked(text) is asked


def test_the_doctor_question_gets_a_plain_yes_and_no_work_left_undone() -> None:
    text = (
        "Gisteren mijn haar laten krullen, met de krultang is mijn nek verbrand. Er werd sorry gezegd, maar er is "
        "niks gedaan, geen koud kompres, niks. Moet ik daar nu mee naar de huisarts?"
    )
    made = draft_text(SALON, "uitkomst_herstel", text, author="Nele Peeters")
    assert "ja" in made.lower() and "huisarts" in made, made
    assert "niet eens begonnen" not in made and "nog niets aan gedaan" not in made, made


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Met de stijltang mijn oor verbrand, er zit nu een blaar op. Wat smeer ik er best op?", True),
        ("Brandplek op mijn voorhoofd van de föhn. Wat kan ik daar het beste tegen doen?", True),
        ("Mijn hoofdhuid is verbrand bij het bleken. Wat gaan jullie hieraan doen?", False),
        ("Wat moet ik doen om een afspraak te verzetten?", False),
    ],
)
def test_a_question_what_to_do_about_the_harm_is_found(text: str, asked: bool) -> None:
    assert treatment_asked(text) is asked


def test_a_question_what_to_do_about_a_burn_points_to_the_gp() -> None:
    text = "Met de stijltang mijn oor verbrand, er zit nu een flinke blaar. Wat smeer ik er best op?"
    draft = draft_text(SALON, "uitkomst_herstel", text, author="Noor")
    assert "huisarts of de apotheker" in draft and "Op je vraag wat je er het beste aan kunt doen" in draft, draft
