"""A question whether the business's own product has a quality ('Is jullie paasmenu ook helemaal glutenvrij te
krijgen?', 'Zijn de bolussen lactosevrij?') gets a place for the owner's yes or no, naming what was asked, not
'Dat weten we niet uit ons hoofd'; another question beside it still gets a word. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_whether import quality_asked, whether_asked
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_PLACE = BusinessProfile(
    name="Herberg De Vlonder",
    kind="restaurant",
    signers=["Sanne"],
    register="je",
    voice="wij",
    email="sanne@devlonder.nl",
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "Is jullie paasmenu ook helemaal glutenvrij te krijgen?",
            "ons paasmenu ook helemaal glutenvrij te krijgen is",
        ),
        ("Zijn jullie bolussen lactosevrij?", "onze bolussen lactosevrij zijn"),
        ("is je dagsoep vegan?", "onze dagsoep vegan is"),
    ],
)
def test_a_quality_asked_is_said_back(question: str, said: str) -> None:
    assert whether_asked(question, "ons") == said


@pytest.mark.parametrize("question", ["Is jullie paasmenu ook lekker?", "Zijn de bolussen glutenvrij?"])
def test_a_word_that_is_no_quality_or_not_ours_is_not_read_so(question: str) -> None:
    assert quality_asked(question, "ons") == ""


def test_the_draft_gives_a_place_for_the_answer_and_a_word_for_the_rest() -> None:
    made = suggested(_PLACE, "Is jullie paasmenu ook helemaal glutenvrij te krijgen? En hebben jullie een kinderstoel?")
    assert "Of ons paasmenu ook helemaal glutenvrij te krijgen is: [vul in" in made
    assert "uit ons hoofd" not in made
    assert "kinderstoel" in made or "andere vraag" in made
