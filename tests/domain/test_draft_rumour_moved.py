"""A rumour that the business is closed or gone from a writer who found the old place shut, set straight by the
profile's line on the move (app/domain/draft_rumour_moved.py). A shop and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_rumour_moved import moved_from
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_RUMOUR = "uitkomst_onwaarheid"

_BLOEMIST = BusinessProfile(
    name="Bloemenhuis Lelie",
    kind="bloemist",
    signers=["Mieke"],
    voice="ik",
    register="u",
    email="info@bloemenhuislelie.nl",
    address="Molenweg 12, 5951 Belfeld",
    opening_hours="di–za 9:00–18:00",
    holidays="2e paasdag: gesloten; Nieuwe winkel: sinds 1 maart ben ik verhuisd naar de Molenweg 12 "
    "(eerst Steenstraat 3); Koningsdag: 9:00–13:00",
)


@pytest.mark.parametrize(
    "text",
    [
        "Is Lelie failliet? Het pand aan de Steenstraat is leeg en de deur zit op slot.",
        "Bloemenhuis Lelie is dicht hoor, ik stond net in de steenstraat voor niks. Jammer!",
    ],
)
def test_a_closing_at_the_old_place_gets_the_move(text: str) -> None:
    said = draft_text(_BLOEMIST, _RUMOUR, text, author="Harrie Janssen")
    assert "verhuisd" in said and "Molenweg 12" in said and "klopt niet" in said, said


@pytest.mark.parametrize(
    "text",
    [
        # the business's own door: the move does not explain it
        "Is Lelie failliet? Aan de Molenweg is alles dicht.",
        # no place of the move named
        "Ik hoorde dat Lelie ermee stopt, klopt dat?",
    ],
)
def test_without_the_old_place_named_no_move_is_told(text: str) -> None:
    assert moved_from(text, _BLOEMIST) == ""


def test_a_profile_without_a_move_line_tells_none() -> None:
    plain = BusinessProfile(
        name="Bloemenhuis Lelie",
        kind="bloemist",
        signers=["Mieke"],
        address="Molenweg 12, 5951 Belfeld",
        holidays="Koningsdag: 9:00–13:00 aan de Steenstraat op de markt",
    )
    assert moved_from("Lelie is dicht, ik stond in de Steenstraat voor een dichte deur.", plain) == ""
