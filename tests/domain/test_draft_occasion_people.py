"""The people of the writer's own occasion in a thanks (app/domain/draft_occasion_people.py)."""

from __future__ import annotations

from app.domain.draft_occasion_people import crowd, listed


def test_a_counted_crowd_at_the_writers_event_is_no_one_to_greet() -> None:
    assert crowd("120 gasten")
    assert not crowd("alle gasten")  # everyone who came is greeted
    assert not crowd("mijn zus")


def test_names_are_listed_with_en_before_the_last() -> None:
    assert listed(["Jelle"]) == "Jelle"
    assert listed(["Jelle", "Femke"]) == "Jelle en Femke"
    assert listed(["Jelle", "Femke", "Sanne"]) == "Jelle, Femke en Sanne"
