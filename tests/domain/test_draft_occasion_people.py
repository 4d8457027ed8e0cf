"""The people of the writer's own occasion in a thanks (app/domain/draft_occasion_people.py)."""

from __future__ import annotations

import pytest

from app.domain.draft_occasion_people import crowd, listed, parse_crowds, someone_else
from app.errors import DataFileError
from tests.domain.drafting.shops import BARBER, BISTRO
from tests.domain.drafts import draft_text


def test_a_counted_crowd_at_the_writers_event_is_no_one_to_greet() -> None:
    assert crowd("120 gasten")
    assert not crowd("alle gasten")  # everyone who came is greeted
    assert not crowd("mijn zus")


def test_names_are_listed_with_en_before_the_last() -> None:
    assert listed(["Jelle"]) == "Jelle"
    assert listed(["Jelle", "Femke"]) == "Jelle en Femke"
    assert listed(["Jelle", "Femke", "Sanne"]) == "Jelle, Femke en Sanne"


def test_a_person_word_of_the_other_sex_than_the_names_is_someone_else() -> None:
    assert someone_else("mama", ("Jonas",))
    assert someone_else("opa", ("Lotte", "Sanne"))
    assert someone_else("Dochter", ("Pieter",))
    assert not someone_else("dochter", ("Lotte",))  # may be the same person
    assert not someone_else("mama", ("Kim",))  # a name for both: unknown
    assert not someone_else("kind", ("Jonas",))  # a word for both
    assert not someone_else("mama", ())


def test_the_writers_mother_is_greeted_beside_the_son_whose_feast_it_was() -> None:
    text = (
        "Merci Tom voor de snit voor het communiefeest van onze Wout! En ge hebt zelfs mijn moeder van 88 nog gedaan."
    )
    draft = draft_text(BARBER, "uitkomst_bedank_publiek", text, author="Els Peeters")
    assert "moeder" in draft, draft
    text = "Super avond gehad op het verjaardagsfeest van onze Sanne, en mijn opa (93) genoot van de stoofpot!"
    draft = draft_text(BISTRO, "uitkomst_bedank_publiek", text, author="Eva")
    assert "opa" in draft, draft


def test_a_person_who_may_be_the_named_child_gets_no_second_greeting() -> None:
    text = "Onze Lotte was zo blij met haar vlechtjes, mijn dochter wil nooit meer ergens anders heen!"
    draft = draft_text(BARBER, "uitkomst_bedank_publiek", text, author="Eva")
    assert "aan je dochter" not in draft and "aan jullie dochter" not in draft, draft


def test_colleagues_counted_are_a_crowd_too() -> None:
    assert crowd("40 collega's") and crowd("14 medewerkers")


@pytest.mark.parametrize("key", ["crowds", "work_crowds"])
@pytest.mark.parametrize("bad", [None, [], ["gasten", 3], "gasten"])
def test_each_crowd_list_is_checked_when_loaded(key: str, bad: object) -> None:
    data: dict[str, object] = {"crowds": ["gasten"], "work_crowds": ["collega's"]}
    if bad is None:
        del data[key]
    else:
        data[key] = bad
    with pytest.raises(DataFileError, match=rf"'{key}' moet een niet-lege lijst"):
        parse_crowds(data)


def test_a_retirement_is_thanked_for_as_its_party_only_when_it_was_celebrated() -> None:
    from app.domain.draft_occasion_people import retirement_party

    assert retirement_party("het pensioen van je opa", "Receptie voor opa, eindelijk met pensioen!") == (
        "het pensioenfeest van je opa"
    )
    assert retirement_party("uw pensioen", "Receptie op het werk voor mijn pensioen, na 35 jaar.") == "uw pensioenfeest"
    assert retirement_party("uw pensioen", "Sinds mei met pensioen, en nu mijn oude tandem laten opknappen.") is None


def test_photos_of_the_day_are_not_what_the_business_helped_with() -> None:
    text = "Lex knipte mijn opa thuis voor zijn 90ste verjaardag. Op de foto's ziet hij er tien jaar jonger uit!"
    assert "met de foto's" not in draft_text(BARBER, "uitkomst_bedank_publiek", text, author="Eva Smit")


def test_a_retirement_dinner_for_the_writers_mother_is_hers() -> None:
    text = "Pensioenetentje voor onze mama, na 40 jaar verpleegster eindelijk met pensioen. Alles was top, merci!"
    draft = draft_text(BISTRO, "uitkomst_bedank_publiek", text, author="Leen Claes")
    assert "je pensioen" not in draft and "mama" in draft


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("Onze 25ste trouwdag gevierd op het terras van @bistro, zalig!", "op ons terras"),
        ("Mijn verjaardag aan de toog gevierd met de hele ploeg.", "aan onze toog"),
        ("Gevierd in de serre, met uitzicht op de tuin.", "in onze serre"),
    ],
)
def test_a_place_to_sit_said_with_the_is_where_the_occasion_was_celebrated_here(text: str, room: str) -> None:
    from app.domain.draft_occasion_people import room_celebrated

    assert room_celebrated(text, "wij") == room


@pytest.mark.parametrize(
    "text",
    [
        "Verjaardag gevierd op het terras bij ons thuis, met jullie taart erbij.",  # at the writer's home
        "Gevierd in de tuin van mijn schoonouders, jullie hapjes waren top.",
        "Op het terras gezeten, heerlijk gegeten.",  # no celebrating said
    ],
)
def test_a_place_at_the_writers_or_without_a_celebration_is_not_ours(text: str) -> None:
    from app.domain.draft_occasion_people import room_celebrated

    assert room_celebrated(text, "wij") == ""


def test_the_thanks_for_a_farewell_on_the_terrace_names_the_terrace() -> None:
    text = "Mijn afscheid na 41 jaar bij de gemeente gevierd op het terras van De Linde, met een glaasje bubbels. Top!"
    draft = draft_text(BISTRO, "uitkomst_bedank_publiek", text, author="Leen Claes")
    assert "op ons terras" in draft, draft
