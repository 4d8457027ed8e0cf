"""Whole-pipeline drafts for a sold-out complaint: how much is baked is the business's choice, so no apology for
a failure, the way to order ahead from the profile said in its own sentence, and the question the writer asks."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_asked import complaint_clauses
from app.domain.draft_counts import sold_out
from app.domain.draft_questions import unmarked_clause
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.businesses import BAKKERIJ_GRAAN
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

_WITH_TERMS = BusinessProfile(
    name="Bakkerij Korrel",
    kind="bakkerij",
    signers=["Wim"],
    voice="wij",
    email="hallo@korrel.nl",
    delivery_terms="Geen bezorging. Vlaaien en taarten bestel je minimaal een dag vooraf, op te halen in de winkel.",
    faq=[
        FaqItem(
            question="Maken jullie verjaardagstaarten?",
            answer="Ja, vanaf 8 personen, 4 dagen vooraf bestellen. Een naam erop schrijven we gratis.",
        )
    ],
)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Waarom is de kersenvlaai om 11 uur al op??", "kersenvlaai"),
        ("Zaterdag waren de krentenbollen rond 9u alweer weg.", "krentenbollen"),
        ("De saucijzenbroodjes waren om half 10 uitverkocht.", "saucijzenbroodjes"),
    ],
)
def test_the_hour_between_the_thing_and_gone_is_still_sold_out(text: str, thing: str) -> None:
    assert sold_out(text, [thing]) == thing


@pytest.mark.parametrize(
    "text",
    ["Ik stond om 7 uur op voor die taart.", "De taart was om 10 uur klaar, netjes.", "Om 9 uur was ik er al."],
)
def test_an_hour_alone_makes_nothing_sold_out(text: str) -> None:
    assert sold_out(text, ["taart"]) == ""


def test_sold_out_says_sorry_for_missing_out_not_for_a_failure() -> None:
    text = "Om 10 uur was de appeltaart al op. Voor niks gekomen."
    draft = draft_text(BAKKERIJ_GRAAN, _COMPLAINT, text)
    assert "appeltaart" in draft and "Sorry dat je" in draft, draft
    assert "niet zo mogen gaan" not in draft and "excuses" not in draft.lower() and "hoe dit kon" not in draft


def test_an_order_not_kept_keeps_its_apology() -> None:
    text = "Appeltaart besteld voor zaterdag, bij het ophalen was alles uitverkocht en er lag niets voor mij klaar."
    draft = draft_text(BAKKERIJ_GRAAN, _COMPLAINT, text)
    assert "misgreep" not in draft and "niet kreeg waarvoor" not in draft, draft


def test_the_order_ahead_tip_is_the_sentence_that_says_it() -> None:
    text = "Zaterdag om 11 uur geen vlaaien meer. Jammer hoor."
    draft = draft_text(_WITH_TERMS, _COMPLAINT, text)
    assert "minimaal een dag vooraf" in draft, draft
    assert "Geen bezorging" not in draft and "naam erop" not in draft


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "We kwamen er speciaal voor, echt zonde 😤 houden jullie er niet eentje achter",
            "houden jullie er niet eentje achter",
        ),
        ("Kunt ge hem niet brengen, ik woon in Leuven", "Kunt ge hem niet brengen"),
        ("Jammer, want jullie brood is top", "Jammer"),
    ],
)
def test_an_unmarked_question_is_the_clause_that_asks(sentence: str, clause: str) -> None:
    assert unmarked_clause(sentence) == clause


def test_the_complaint_slot_names_the_clause_that_asks() -> None:
    text = (
        "Waarom zijn de bollen om 9 uur al op? We kwamen helemaal uit Assen, zonde 😤 leggen jullie er geen paar apart"
    )
    asked = ("Waarom zijn de bollen om 9 uur al op?", text.split("? ", 1)[1])
    clauses = [c for c, _ in complaint_clauses(asked, text)]
    assert any("leggen jullie" in c for c in clauses), clauses
    assert not any(c.startswith("We kwamen") for c in clauses), clauses
