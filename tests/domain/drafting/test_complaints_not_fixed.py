"""Whole-pipeline drafts for work that did not help ('nog altijd zoals voorheen'): the failed job, not its price, is
the complaint; under the profile's warranty the writer may come back and it is looked at again free of charge; and
a free fix in the terms ('dan passen we het gratis aan') is said for a cut that went wrong."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_terms import come_back_asked, free_fix, not_fixed, work_terms
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

_WORKSHOP = BusinessProfile(
    name="Rijwielhuis Spaak",
    kind="fietsenmaker",
    signers=["Joost"],
    voice="ik",
    email="joost@spaak.be",
    return_terms="6 maanden garantie op reparaties; 1 jaar op nieuwe fietsen.",
)
_NO_WARRANTY = BusinessProfile(
    name="Fietsen Ketting", kind="fietsenmaker", signers=["Rik"], voice="ik", email="rik@ketting.be"
)
_SALON = BusinessProfile(
    name="Kapsalon Schaar",
    kind="kapsalon",
    signers=["Nora"],
    voice="wij",
    register="u",
    email="nora@schaar.be",
    return_terms="Niet blij met het resultaat? Meld het binnen 5 dagen, dan passen we het gratis aan.",
)


@pytest.mark.parametrize(
    "text",
    [
        "Vorige maand €80 betaald voor een onderhoudsbeurt en de remmen piepen net als voorheen. Moet ik terugkomen?",
        "Fiets laten repareren, 45 euro, en het is nog altijd hetzelfde probleem: de ketting loopt eraf.",
    ],
)
def test_work_that_did_not_help_offers_to_come_back_under_warranty(text: str) -> None:
    assert not_fixed(text)
    draft = draft_text(_WORKSHOP, _COMPLAINT, text, author="Kobe")
    assert "gerust" in draft and "kosteloos" in draft, draft
    # the profile's warranty, in the Flemish word of this Flemish workshop ('herstellingen')
    assert re.search(r"6 maanden garantie op (?:reparaties|herstellingen)", draft), draft
    assert "nieuwe fietsen" not in draft  # the warranty on work, not the one on bikes sold
    assert "terugkomen?’" not in draft and "schrok van het bedrag" not in draft


def test_a_price_alone_is_no_failed_repair() -> None:
    text = "€80 voor een onderhoudsbeurt, dat vind ik echt veel te duur. Vorig jaar was het nog 60."
    assert not not_fixed(text)
    assert "kosteloos opnieuw" not in draft_text(_WORKSHOP, _COMPLAINT, text, author="Kobe")


@pytest.mark.parametrize(
    ("question", "asks"),
    [("Moet ik nu terugkomen of wat?", True), ("Mag ik hem nog eens binnenbrengen?", True), ("Wat kost dat?", False)],
)
def test_a_question_whether_to_come_back(question: str, asks: bool) -> None:
    assert come_back_asked(question) == asks


def test_the_terms_on_work_are_kept_apart_from_those_on_things_sold() -> None:
    assert (
        work_terms("6 maanden garantie op reparaties; 1 jaar op nieuwe fietsen") == "6 maanden garantie op reparaties"
    )
    assert work_terms("2 jaar garantie") == "2 jaar garantie"


@pytest.mark.parametrize(
    ("terms", "fix"),
    [
        ("Niet blij? Meld het binnen 5 dagen, dan passen we het gratis aan.", True),
        ("Binnen een week zetten we het kosteloos recht.", True),
        ("Niet lekker? Dan bieden we je gratis koffie aan.", False),
    ],
)
def test_a_free_fix_also_said_with_aanpassen(terms: str, fix: bool) -> None:
    assert bool(free_fix(terms)) == fix


def test_a_cut_with_a_bald_patch_gets_the_free_fix() -> None:
    text = "Mijn dochter wilde een korte bob, nu heeft ze een kale plek in haar nek en wil ze niet meer naar school."
    draft = draft_text(_SALON, _COMPLAINT, text, author="Ilse Peeters")
    assert "gratis aan" in draft, draft


def test_a_noise_that_goes_on_after_the_work_offers_a_look_again_without_a_warranty() -> None:
    text = "€ 70 voor een onderhoudsbeurt en mijn trapas kraakt nog steeds. Zo kan het toch niet."
    assert not_fixed(text)
    draft = draft_text(_NO_WARRANTY, _COMPLAINT, text, author="Kobe")
    assert "opnieuw naar" in draft and "kosteloos" not in draft and "garantie" not in draft, draft
    once = "€ 70 voor een onderhoudsbeurt en mijn trapas kraakte. Nu is het stil."
    assert "opnieuw naar" not in draft_text(_NO_WARRANTY, _COMPLAINT, once, author="Kobe")
