"""English questions the profile has no answer to: a FAQ entry that names the dish but not the 'X-free' asked is
no answer ('Is the goulash dairy free?' ~ a price list with the goulash), and of more questions each open slot names
the question it is for, so none is left out. Sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

BISTRO = BusinessProfile(
    name="Bistro De Kade",
    kind="restaurant",
    signers=["Ruben"],
    voice="wij",
    register="je",
    opening_hours="wo–zo 12:00–22:00; maandag en dinsdag gesloten",
    faq=[
        FaqItem("Wat staat er op de winterkaart?", "Goulash met rijst € 19,50 en stoofvlees met frietjes € 21."),
        FaqItem(
            "Hebben jullie glutenvrije gerechten?",
            "Ja, de stoofvlees kan glutenvrij, met frietjes uit een aparte friteuse.",
        ),
    ],
)


def test_a_dish_asked_free_of_something_the_entry_does_not_name_gets_no_price_list() -> None:
    draft = suggested(BISTRO, "Is the goulash dairy free? My son can't have milk.")
    assert "19,50" not in draft, draft


def test_an_entry_that_names_what_it_is_free_of_still_answers() -> None:
    draft = suggested(BISTRO, "Do you have gluten-free dishes?")
    assert "we have gluten-free dishes" in draft and "[vul in" not in draft, draft


def test_the_open_slot_of_the_first_of_two_questions_names_it_and_the_second_is_not_left_out() -> None:
    text = "Is the goulash dairy free? And could we bring our own birthday cake for my dad?"
    draft = suggested(BISTRO, text)
    assert "dairy free" in draft, draft
    assert "birthday cake" in draft, draft


def test_one_question_keeps_the_plain_slot() -> None:
    draft = suggested(BISTRO, "Could we bring our own birthday cake for my dad?")
    assert "[vul in: het antwoord op" not in draft, draft
