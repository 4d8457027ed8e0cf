"""The kinds of a thing a question asks for and a FAQ entry is about (app/domain/draft_thing_kinds.py): a FAQ entry on
one kind of a thing answers no question for the thing as such, a quality joined by a hyphen names its kind, and a
diet is named by the people who keep it."""

from __future__ import annotations

from app.domain.draft_thing_kinds import diets_told, narrower_kind, with_quality_parts


def test_an_entry_on_one_kind_of_a_thing_answers_no_question_for_the_thing_as_such() -> None:
    entry = "Verkoopt u kersttaarten? Ja, in december, met marsepein, vanaf € 18."
    assert narrower_kind("Bakt u een taart in de vorm van een voetbal?", ["taart"], entry)
    # two kinds named: the entry is about the thing in general
    both = "Maakt u bruidstaarten en verjaardagstaarten? Ja, op bestelling."
    assert not narrower_kind("Bakt u een taart met een foto?", ["taart"], both)
    # the kind asked for itself, and the thing named plain in the entry
    assert not narrower_kind("Hebt u ook een kersttaart zonder noten?", ["kersttaart"], entry)
    plain = "Verkoopt u kersttaarten? Ja, en elke andere taart ook op bestelling."
    assert not narrower_kind("Bakt u een taart in de vorm van een voetbal?", ["taart"], plain)


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
