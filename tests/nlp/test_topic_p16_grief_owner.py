"""Whose loss or occasion it is comes from who is named after it ('de begrafenis van papa'), not from the first
person word of the comment ('mijn mama ... voor de begrafenis van papa'). Sentences of their own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Ze heeft mijn mama haar haar gedaan, zodat ze er mooi uitzag voor de begrafenis van papa.", "papa"),
        ("Mijn moeder kwam haar haar laten doen voor de uitvaart van mijn vader. Dank jullie wel.", "vader"),
        ("Mijn zus heeft bij jullie de koffietafel geregeld na de begrafenis van onze opa, zo verzorgd.", "opa"),
        ("Mijn dochter kreeg een vlecht voor het afscheid van m'n oma, heel mooi gedaan.", "oma"),
        ("Mijn man heeft de taart gehaald voor de verjaardag van mijn moeder", "moeder"),
    ],
)
def test_the_person_after_the_occasion_owns_it(text: str, owner: str) -> None:
    found = analyse_topics(text)
    assert found.owner == owner
    assert not found.others_occasion


@pytest.mark.parametrize(
    "text",
    [
        "Mijn oma had haar haar laten doen voor de begrafenis van een vriendin. Ze was zo blij.",
        "Onze mama wou er mooi uitzien op de uitvaart van de buurman, dank je Lotte",
    ],
)
def test_a_funeral_of_someone_elses_is_no_loss_of_the_writers_people(text: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == "rouw"
    assert found.owner == ""
    assert found.others_occasion
