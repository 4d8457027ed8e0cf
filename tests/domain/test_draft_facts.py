"""The verb of a question is found after the handles it opens with ('@fietsenhuis wat kost ...?'), so the verb is
never taken for the thing asked ('Over kost: ...'). Sentences of our own."""

from __future__ import annotations

from app.domain.draft_facts import verb_words
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested


def test_the_verb_after_a_handle() -> None:
    assert "kost" in verb_words("@fietsenhuis wat kost een tandem huren?")
    assert "kost" in verb_words("@fietsenhuis @jan, wat kost een tandem huren?")
    assert verb_words("wat kost een tandem huren?") == verb_words("@fietsenhuis wat kost een tandem huren?")


def test_a_handle_inside_the_question_is_left_alone() -> None:
    assert "kan" in verb_words("Kan @jan mijn fiets ophalen?")


_RENTAL = BusinessProfile(
    name="Tweewielers Het Veer",
    kind="fietsenmaker",
    signers=["Ruud"],
    voice="ik",
    register="je",
    email="ruud@hetveer.nl",
    phone="0111 22 33 44",
    holidays="Koningsdag zaterdag 27 april: gesloten.",
    faq=[
        FaqItem("Repareren jullie ook e-bikes?", "Ja, alle merken; een accutest kost € 20."),
        FaqItem("Wat kost fietsverhuur?", "Stadsfiets € 12 per dag, tandem € 30 per dag, e-bike € 28 per dag."),
    ],
)


def test_a_rental_question_beside_a_holiday_is_not_answered_by_the_repair_entry() -> None:
    text = "Hoeveel kost het om een e-bike te huren per dag? En moet ik voor Koningsdag reserveren?"
    draft = suggested(_RENTAL, text)
    assert "accutest" not in draft and "€ 28" in draft, draft


def test_a_repair_question_still_gets_the_repair_entry() -> None:
    draft = suggested(_RENTAL, "Repareren jullie ook e-bikes? Mijn accu loopt snel leeg.")
    assert "accutest" in draft, draft


def test_a_price_question_after_a_handle_is_not_about_the_verb() -> None:
    draft = suggested(_RENTAL, "@hetveer wat kost een tandem huren voor een dag?", platform="x")
    assert "€ 30" in draft and "Over kost" not in draft, draft
