"""The profile's word on traces after an allergic reaction to something from the shelf that said nothing about it
(app/domain/draft_allergen_traces.py). Shops and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_allergen_traces import traces_fact, unlabelled
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_FAQ = [
    FaqItem(question="Bakken jullie op zondag?", answer="Nee, zondag zijn we dicht."),
    FaqItem(
        question="Is jullie brood sesamvrij?",
        answer="Nee. In ons atelier verwerken we sesam en noten, dus sporen kunnen we nooit uitsluiten. Vraag gerust.",
    ),
]
_BAKERY = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Ilse"],
    voice="wij",
    register="je",
    email="info@korenaar.nl",
    phone="0570 61 22 33",
    faq=_FAQ,
)
_KITCHEN = BusinessProfile(
    name="Eethuis De Waag",
    kind="restaurant",
    signers=["Tom"],
    voice="wij",
    register="u",
    email="info@dewaag.nl",
    phone="0570 61 44 55",
    faq=_FAQ,
)


@pytest.mark.parametrize(
    "text",
    [
        "Op het zakje stond niks over sesam.",
        "Nergens in de toonbank staat iets over sesam vermeld!",
        "Er hangt geen bordje met allergenen.",
        "Het stond nergens, ook niet op de site.",
    ],
)
def test_nothing_shown_about_it(text: str) -> None:
    assert unlabelled(text)


@pytest.mark.parametrize("text", ["Ze zei 'nee hoor, geen sesam'.", "Het staat op de bon: zonder sesam!"])
def test_something_said_or_shown_is_not_unlabelled(text: str) -> None:
    assert not unlabelled(text)


def test_the_faq_sentence_on_traces_is_the_fact() -> None:
    text = "Mijn dochter reageerde op de sesambol. Nergens staat iets over sesam."
    fact = "in ons atelier verwerken we sesam en noten, dus sporen kunnen we nooit uitsluiten"
    assert traces_fact(_BAKERY, text) == fact
    assert traces_fact(_KITCHEN, text) == ""  # a kitchen cooks for the allergy it is told
    assert traces_fact(_BAKERY, "Mijn dochter reageerde op de sesambol, ze zeiden dat er geen sesam in zat.") == ""


def test_an_allergic_reaction_with_nothing_on_the_label_gets_the_traces_said() -> None:
    text = (
        "Gisteren een meergranenbol gekocht voor mijn dochter (8), ze is allergisch voor sesam. Binnen een kwartier "
        "jeuk en een dikke lip, we zijn naar de huisarts gegaan. Op het etiket stond nergens iets over sesam."
    )
    draft = draft_text(_BAKERY, "uitkomst_herstel", text, platform="facebook", author="Nienke")
    assert "sporen kunnen we nooit uitsluiten" in draft and "moeten staan" in draft, draft
    told = text.replace("Op het etiket stond nergens iets over sesam.", "Ik had het nog gevraagd.")
    assert "sporen" not in draft_text(_BAKERY, "uitkomst_herstel", told, platform="facebook", author="Nienke")
