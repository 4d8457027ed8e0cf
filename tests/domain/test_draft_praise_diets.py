"""One allergy a compliment says was taken care of is said back with whose it is ('de notenallergie van uw zoon');
none in a minus point, none for two or more diets (those are all met, see diets_met). Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_praise_diets import allergy_cared
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested


@pytest.mark.parametrize(
    ("text", "people", "said"),
    [
        (
            "Mijn dochter heeft een sesamallergie en de ober heeft alles voor haar uitgezocht. Top!",
            ("dochter",),
            "de sesamallergie van uw dochter",
        ),
        ("Met mijn glutenallergie kon ik eindelijk zorgeloos een taart kiezen, dank je Fien!", (), "uw glutenallergie"),
        ("De kok kwam zelf vertellen wat er in de saus zat vanwege de sesamallergie. Super!", (), "de sesamallergie"),
    ],
)
def test_one_allergy_taken_care_of_is_said_with_whose_it_is(text: str, people: tuple[str, ...], said: str) -> None:
    assert allergy_cared(text, people, "uw") == said


@pytest.mark.parametrize(
    "text",
    [
        "Lekker gegeten, maar voor mijn lactoseallergie was er helaas geen dessert.",
        "Vegetarisch, halal en een notenallergie aan tafel en alles was geregeld!",
        "Wat een mooie taart voor de verjaardag van onze zoon!",
    ],
)
def test_no_allergy_line_for_a_minus_point_several_diets_or_none(text: str) -> None:
    assert allergy_cared(text, ("zoon",), "je") == ""


def test_the_thanks_says_the_allergy_was_cared_for_and_passes_the_praise_on() -> None:
    bistro = BusinessProfile(name="Bistro De Haven", kind="restaurant", signers=["Joke"], voice="wij", register="u")
    text = (
        "Dank aan Ruben! Onze dochter heeft een notenallergie en hij heeft bij elk gerecht navraag gedaan in de keuken."
    )
    reply = suggested(bistro, text, label="positief")
    # (whose it is not said twice: the thanks named the daughter already)
    assert "notenallergie" in reply and "Ruben" in reply and reply.count("uw dochter") == 1, reply
