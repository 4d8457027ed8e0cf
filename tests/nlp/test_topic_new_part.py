"""Tests of app/nlp/topic_new_part.py: the new part the writer came for is the job, not a part that failed."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "Op 3 maart mijn fiets binnengebracht voor een nieuwe voorrem, na vier weken nog altijd niet klaar",
        "fiets binnen gedaan voor nieuwe remblokken, 3 weken later nog niks gehoord!!",
        "Ik kwam voor ne nieuwe remkabel en moest twee uur wachten",
        "Mijn e-bike staat al een maand bij jullie voor een nieuwe achterrem. Wanneer is hij klaar?",
    ],
)
def test_a_new_brake_as_the_job_ordered_is_no_brake_failure(text: str) -> None:
    assert "remmen" not in analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "Ik kwam voor een nieuwe remkabel en nu remt hij helemaal niet meer",
        "Mijn achterrem werkt niet meer sinds de beurt, bijna aangereden",
    ],
)
def test_brakes_that_fail_are_still_a_brake_failure(text: str) -> None:
    assert "remmen" in analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "fiets binnengebracht voor nen nieuwe achterrem, nog altijd niet klaar",  # Flemish 'nen'
        "Brought my bike in for a nieuwe remkabel two weeks ago",  # English article
        "Mijn fiets staat bij jullie voor ne nieuwe voorrem, wanneer is die klaar?",
        "STAAT AL EEN WEEK BINNEN VOOR EEN NIEUWE REMKABEL",
    ],
)
def test_an_article_between_for_and_new_is_still_the_job_ordered(text: str) -> None:
    assert "remmen" not in analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "Mijn koersfiets ligt al twee weken bij jullie voor een onderhoud (nieuwe remkabel en ketting). Wanneer klaar?",
        "Sinds maandag staat mijn e-bike hier voor een klein karwei: nieuwe remblokken. Nog altijd niks gehoord.",
        "Fiets binnengebracht voor een herstelling (een nieuwe voorrem), al tien dagen geleden!",
    ],
)
def test_a_new_brake_in_the_list_of_the_job_ordered_is_no_brake_failure(text: str) -> None:
    assert "remmen" not in analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        # no 'voor' before the bracket: the new brake is what failed
        "Ik heb mijn fiets opgehaald (nieuwe remkabel) en onderweg remde hij niet meer, bijna aangereden!",
        "De herstelling was vorige week. Nu: nieuwe remblokken en toch remt hij niet.",
    ],
)
def test_a_new_brake_in_brackets_without_the_job_ordered_still_fails(text: str) -> None:
    assert "remmen" in analyse_topics(text).safety
