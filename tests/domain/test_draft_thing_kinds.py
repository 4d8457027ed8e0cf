"""The kinds of a thing a question asks for and a FAQ entry is about (app/domain/draft_thing_kinds.py): a quality
joined by a hyphen names its kind, and a diet is named by the people who keep it."""

from __future__ import annotations

from app.domain.draft_thing_kinds import diets_told, with_quality_parts


def test_a_quality_joined_by_a_hyphen_names_its_kind() -> None:
    assert with_quality_parts(["vegan-vriendelijk"]) == ["vegan-vriendelijk", "vegan"]
    assert with_quality_parts(["eco-vriendelijk"]) == ["eco-vriendelijk"]  # a part of three letters names no kind
    assert "vegetarisch" in with_quality_parts(["vegetarisch-vriendelijk", "keuken"])
    assert with_quality_parts(["lactose-vrij"]) == ["lactose-vrij", "lactose", "lactosevrij"]
    # a place joined by a hyphen ends in no quality: one word
    assert with_quality_parts(["sint-truiden", "tielt-winge"]) == ["sint-truiden", "tielt-winge"]


def test_a_diet_is_named_by_the_people_who_keep_it() -> None:
    assert diets_told("We komen met 8, waarvan drie vegetariërs.") == {"vegetarisch"}
    assert diets_told("Mijn schoonzus is veganist, lukt dat?") == {"vegan"}
    assert diets_told("We eten graag vegetarisch vlees.") == frozenset()
