"""An English question for one kind of product ('any vegan rolls?') is not answered by a FAQ entry about another
kind ('Hebben jullie glutenvrij brood?'), and a Dutch 'Nee.' that opens the entry is not left behind as a stray
full stop. Sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

_BAKERY = BusinessProfile(
    name="Bakkerij Het Korenschip",
    kind="bakkerij",
    signers=["Ilse"],
    voice="wij",
    register="je",
    email="hallo@korenschip.nl",
    phone="0187 11 22 33",
    faq=[
        FaqItem(
            "Hebben jullie glutenvrij brood?",
            "Nee. Alles komt uit dezelfde oven, dus glutenvrij durven we niet te beloven.",
        ),
        FaqItem("Kan ik een taart met naam bestellen?", "Ja, vanaf 8 personen; drie dagen vooraf bestellen."),
    ],
)


def test_a_vegan_question_is_not_answered_by_the_gluten_entry() -> None:
    draft = suggested(_BAKERY, "Hello! Do you sell any vegan rolls or cakes? We're here for the weekend.")
    assert "glutenvrij" not in draft and "dezelfde oven" not in draft, draft


def test_the_gluten_question_still_gets_its_entry_without_a_stray_stop() -> None:
    text = "Hi, do you have gluten-free bread or cakes, or something like that? My son has coeliac disease."
    draft = suggested(_BAKERY, text)
    assert "dezelfde oven" in draft, draft
    assert "‘." not in draft and "‘ ." not in draft, draft


_BISTRO = BusinessProfile(
    name="Bistro De Kaai",
    kind="restaurant",
    signers=["Joost"],
    voice="wij",
    register="u",
    email="tafel@dekaai.nl",
    phone="0113 44 55 66",
    faq=[FaqItem("Hebben jullie vegetarische gerechten?", "Ja, drie vegetarische hoofdgerechten; vegan op aanvraag.")],
)


def test_an_entry_about_another_kind_that_names_the_kind_asked_still_answers() -> None:
    draft = suggested(_BISTRO, "Hello! Do you have vegan dishes? My brother is vegan.")
    assert "vegan op aanvraag" in draft or "on request" in draft, draft
