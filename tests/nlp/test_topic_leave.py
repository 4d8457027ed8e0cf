"""Tests of app/nlp/topic_leave.py: the business's own holiday, not the writer's."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "Drie keer langsgefietst voor mijn sleutels, achteraf bleek dat jullie met vakantie waren. Zet dat op de deur!",
        "Ik mail al dagen over mijn taart en nu lees ik dat u met zomerverlof bent. Had dat dan gemeld.",
        "Mijn rem begaf het en tijdens het verlof kon ik nergens heen.",
    ],
)
def test_the_business_on_holiday_is_its_own_leave(text: str) -> None:
    assert analyse_topics(text).own_leave


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben net terug van vakantie en mijn fiets staat er nog steeds onaangeroerd.",
        "De taart voor onze vakantie was al beschimmeld bij aankomst.",
        "Het is vakantie, dus ik dacht: eens langs voor een knipbeurt. Wachten, wachten.",
    ],
)
def test_the_writers_holiday_is_not(text: str) -> None:
    assert not analyse_topics(text).own_leave
