"""Jokes: a nickname others gave to the writer's thing is played on, and a joke with a shape of its own
beats the fixed wait line (a 'kwartier' of barking is no wait)."""

from __future__ import annotations

import pytest

from app.domain.draft_jokes import shipped_jokes
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics


def _shape(text: str) -> tuple[str, dict[str, str]] | None:
    for shape in shipped_jokes():
        found = shape.values(text)
        if found is not None:
            return shape.id, found
    return None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Op de camping noemden ze mijn caravan 'de Rammelaar'. Nu hoor je niks meer.", "de Rammelaar"),
        ("Mijn collega's noemen mijn oude brommer al jaren 'Stinkie'. Nu ruikt hij naar niks.", "Stinkie"),
        ("Ons koffiezetapparaat, dat de kinderen 'Brulboei' noemden, is sinds de reparatie muisstil.", "Brulboei"),
    ],
)
def test_a_nickname_is_the_joke(text: str, name: str) -> None:
    assert _shape(text) == ("nickname", {"naar": name})


def test_a_word_in_quotes_without_naming_is_no_nickname() -> None:
    found = _shape("De monteur zei dat mijn fiets 'karakter' heeft.")
    assert found is None or found[0] != "nickname"


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Sem", platform="threads")
    assert made.optional is not None
    return made.optional


def test_the_draft_plays_on_the_nickname() -> None:
    salon = BusinessProfile(name="Trimsalon Pluis", kind="trimsalon", signers=["Ans"])
    reply = _joke(salon, "Onze poedel heette bij de buren 'Stofzuiger'. Na het trimmen is hij een ander beest 😂")
    assert "Stofzuiger" in reply


def test_a_shaped_joke_beats_the_wait_line() -> None:
    barber = BusinessProfile(name="Barbier Baard", kind="barbier", signers=["Mo"])
    text = "Na het scheren herkende mijn kat mij niet meer en heeft hij een half uur onder de bank gezeten 😂"
    reply = _joke(barber, text)
    assert "kat" in reply
    assert "rij" not in reply


def test_a_new_name_for_the_writer_is_no_nickname_of_a_thing() -> None:
    found = _shape("Sinds de kleuring noemen de buren mij 'Pippi' in plaats van 'buurvrouw' 😂")
    assert found is None or found[0] != "nickname"
