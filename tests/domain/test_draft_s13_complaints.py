"""Complaints that name what went wrong (session 13, issue #13): a burn told the Flemish way ('een brandwonde'),
a part that cracked and an injury told in English, a dish with a name of more words ('frutti di mare'), a
foreign thing in the food that hurt someone (no illness: it was spat out), a halal or vegetarian mistake and
braids set so tight that it hurt (no allergy). Businesses and sentences of our own, none from the rounds."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics
from tests.domain.businesses import EETCAFE_DE_LINDE, GARAGE_DEKKER, KAPSALON_KNIP
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"


@pytest.mark.parametrize(
    "text",
    [
        "De kapster heeft met de stijltang een brandwonde op mijn voorhoofd gemaakt.",
        "Ons dochter heeft brandwondes aan haar oor van die krultang, en niemand die sorry zei.",
        "Met de föhn veel te heet, nu een brandwond in mijn nek.",
    ],
)
def test_a_burn_told_the_flemish_way_is_an_injury(text: str) -> None:
    assert "letsel" in analyse_topics(text).safety
    assert "Hoe gaat het" in draft_text(KAPSALON_KNIP, _COMPLAINT, text) or "beter gaat" in draft_text(
        KAPSALON_KNIP, _COMPLAINT, text
    )


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The rear rim cracked on the descent and I went over the bars. Broken wrist.", "rim"),
        ("My carbon fork snapped two days after your service, I fell and broke my collarbone.", "fork"),
        ("Halfway down the hill the front wheel locked and I flew over the handlebars.", "wheel"),
    ],
)
def test_an_english_part_that_gave_way_and_hurt_is_named(text: str, part: str) -> None:
    found = analyse_topics(text)
    assert "letsel" in found.safety and "allergie" not in found.safety
    made = draft_text(GARAGE_DEKKER, _COMPLAINT, text, author="Tom Baker")
    assert f"the {part} gave way" in made and "How are you" in made


def test_road_rash_is_no_allergic_reaction() -> None:
    found = analyse_topics("Road rash all over my leg after the chain snapped, I fell on the road.")
    assert "allergie" not in found.safety and "letsel" in found.safety


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("Zaterdag pizza frutti di mare besteld en het hele gezin lag 's nachts ziek.", "frutti di mare"),
        ("Alleen wie van de frutti di mare had gegeten werd ziek, de rest niet.", "frutti di mare"),
        ("We hadden allebei de quattro stagioni gegeten en werden ziek.", "quattro stagioni"),
        ("Na de spaghetti bolognese de hele nacht overgegeven.", "spaghetti bolognese"),
    ],
)
def test_a_dish_with_a_name_of_more_words_is_kept_whole(text: str, dish: str) -> None:
    found = analyse_topics(text)
    assert dish in found.products[0].text
    made = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert dish in made


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "In de pannenkoek van mijn zoon zat een scherp metalen krulletje. Hij spuugde het uit, maar zijn "
            "tandvlees bloedde.",
            "een metalen krulletje",
        ),
        ("Er zat een plastic dopje in mijn soep, mijn dochter spuugde het meteen uit en had een snee in haar lip.", ""),
    ],
)
def test_a_thing_in_the_food_that_hurt_is_no_illness(text: str, thing: str) -> None:
    found = analyse_topics(text)
    assert "vergiftiging" not in found.safety
    made = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert "ziek" not in made
    if thing:
        assert found.found == thing and thing in made and "pannenkoek" in made


@pytest.mark.parametrize(
    ("text", "asked", "served"),
    [
        ("ik vroeg expliciet of de kip halal was. maar op mijn pizza lag ook salami?? schandalig", "halal", "salami"),
        ("Ik had gezegd dat ik vegetarisch eet, toch zaten er spekjes in de salade.", "vegetarisch", "spekjes"),
        ("Besteld zonder varkensvlees, kreeg gewoon ham op mijn broodje. Respectloos.", "zonder varkensvlees", "ham"),
    ],
)
def test_a_halal_or_vegetarian_mistake_is_named(text: str, asked: str, served: str) -> None:
    made = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert asked in made and served in made
    assert "stuk is" not in made and "kapot" not in made


@pytest.mark.parametrize(
    "text",
    [
        "Knotless braids laten zetten maar zo strak dat ik bultjes langs mijn haarlijn kreeg en hoofdpijn.",
        "mijn vlechtjes zaten veel te strak, hele nacht hoofdpijn en nu pukkeltjes en bultjes",
        "De cornrows van mijn dochter zitten echt te strak, ze heeft bultjes en huilt van de pijn.",
    ],
)
def test_braids_too_tight_are_no_allergic_reaction(text: str) -> None:
    made = draft_text(KAPSALON_KNIP, _COMPLAINT, text)
    assert "allergische" not in made and "strak" in made
