"""A second question joined with 'en' and a linking verb ('Hoeveel kost het kerstmenu en is er ook een
kindermenu?') is a question of its own, named in the draft; and paying on account ('kan dat op factuur?') that
the profile's ways to pay do not list gets a place for its answer, not the list of cards. Sentences of our own."""

from __future__ import annotations

from app.domain.draft_fact_words import invoice_unlisted
from app.domain.draft_questions import joined_questions
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

BISTRO = BusinessProfile(
    name="Bistro Het Anker",
    kind="bistro",
    signers=["Lies"],
    voice="wij",
    register="je",
    email="info@hetanker.be",
    payment="Bancontact, Visa en cash",
)


def test_a_question_joined_by_a_linking_verb_is_split() -> None:
    assert joined_questions(["Wat kost het brunchbuffet en is er ook iets voor kinderen?"]) == (
        "Wat kost het brunchbuffet?",
        "is er ook iets voor kinderen?",
    )
    assert joined_questions(["Tot hoe laat zijn jullie open en hebben jullie een terras?"])[1] == (
        "hebben jullie een terras?"
    )


def test_a_linking_verb_without_a_subject_after_it_splits_nothing() -> None:
    """Negative case: 'en is lekker' tells, it asks nothing of its own."""
    assert joined_questions(["Is de soep vers en is lekker?"]) == ("Is de soep vers en is lekker?",)


def test_paying_on_account_not_listed_is_named() -> None:
    assert invoice_unlisted("Kan dat op factuur?", "Bancontact, Visa en cash") == "betalen op factuur"
    assert invoice_unlisted("Kan ik per factuur betalen?", "cash") == "betalen per factuur"


def test_paying_on_account_listed_is_no_gap() -> None:
    """Negative case: the profile says it already."""
    assert invoice_unlisted("Kan dat op factuur?", "Bancontact, cash; bedrijven op factuur") == ""
    assert invoice_unlisted("Kan ik met Visa betalen?", "Bancontact en cash") == ""
    assert invoice_unlisted("Kan ik betalen met overschrijving?", "Bancontact en cash") == ""  # a way to pay


def test_a_question_about_invoicing_gets_a_place_for_its_answer() -> None:
    text = "Wij zoeken een cadeau voor ons personeel. Verkopen jullie waardebonnen, en kan dat op factuur?"
    draft = draft_text(BISTRO, "uitkomst_vraag_uitzoeken", text, platform="linkedin", author="Koen Peeters")
    assert "factuur" in draft and "Bancontact" not in draft, draft


def test_paying_with_a_voucher_not_listed_is_named() -> None:
    assert invoice_unlisted("Mag ik afrekenen met de Zeeuwse waardebon?", "pin en contant") == (
        "betalen met de Zeeuwse waardebon"
    )
    assert invoice_unlisted("Accepteren jullie giftcards?", "pin en contant") == "betalen met giftcards"
    # listed, or asked to buy one: no gap
    assert invoice_unlisted("Kan ik met een giftcard betalen?", "pin, contant en giftcards") == ""
    assert invoice_unlisted("Verkopen jullie waardebonnen?", "pin en contant") == ""
