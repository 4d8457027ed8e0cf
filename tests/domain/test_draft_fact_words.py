"""Tests of app/domain/draft_fact_words.py: a profile value in parts, each with whether it says what is not so."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_deals import other_deal
from app.domain.draft_fact_words import AMOUNT, value_parts, without_service_animals
from app.domain.draft_thing_kinds import other_compound


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("Bancontact en cash; geen kredietkaart", [("Bancontact en cash", False), ("geen kredietkaart", True)]),
        ("Gratis parking ;  NIET op marktdag ;", [("Gratis parking", False), ("NIET op marktdag", True)]),
        ("elke dag open; behalve op maandag", [("elke dag open", False), ("behalve op maandag", True)]),
        ("Maestro kan nooit, sorry", [("Maestro kan nooit, sorry", True)]),
        (
            "levering in de regio; de nieuwjaarsbrunch is afgeschaft",
            [("levering in de regio", False), ("de nieuwjaarsbrunch is afgeschaft", True)],
        ),
        ("nietjes en geniet van de taart", [("nietjes en geniet van de taart", False)]),  # whole words only
        (" ; ", []),
    ],
)
def test_a_value_is_split_on_semicolons_and_says_which_parts_deny(value: str, parts: list[tuple[str, bool]]) -> None:
    assert value_parts(value) == parts


def test_the_not_words_are_the_rumour_negations() -> None:
    from app.domain.draft_asked import negations
    from app.domain.draft_rumour_denies import rumour_denies

    assert negations() >= {"geen", "niet", "nooit", "niks"}
    assert rumour_denies("Klopt het dat je NIET meer kunt pinnen?") and not rumour_denies("Kan ik pinnen bij jullie?")


@pytest.mark.parametrize(
    ("asked", "faq", "other"),
    [
        ("Do you sell cargo bikes?", "Verhuurt u bakfietsen?", True),
        ("Verkopen jullie ook tweedehands fietsen?", "Kan ik een fiets huren?", True),
        ("Can I rent a tandem for the weekend?", "Verhuurt u fietsen?", False),
        ("Kan ik een bakfiets huren of kopen?", "Verkopen jullie bakfietsen?", False),
        ("Hebben jullie kinderfietsen?", "Verhuurt u fietsen?", False),  # no deal asked: the scores decide
        ("Verhuren jullie ook fietsen? Wat kost dat per dag?", "Repareer je ook e-bikes?", True),
        # a deal told in a clause of the question, or asked in a later one, is not what the first question asks
        ("sleutel jij ook aan e-bikes die niet bij jou gekocht zijn?", "Repareer je ook e-bikes?", False),
        ("Kan ik een fiets leasen? En herstellen jullie ook speed pedelecs?", "Kan ik een fiets huren?", False),
        # fetching a thing from the writer's home is a service of its own, not the renting or selling of it
        ("Kunnen jullie de scootmobiel van mijn moeder ophalen?", "Verhuren jullie scootmobielen?", True),
        ("Kan ik een aanhanger huren en laten bezorgen?", "Verhuren jullie aanhangers?", False),
    ],
)
def test_a_faq_about_another_deal_is_no_answer(asked: str, faq: str, other: bool) -> None:
    assert other_deal(asked, faq) == other


_PHOTO_CAKE = "Kunnen jullie een taart met een foto erop maken? Ja, een fototaart kost € 24,50; bestel 3 dagen vooraf."


@pytest.mark.parametrize(
    ("asked", "entry", "other"),
    [
        ("Kan ik een slagroomtaart ophalen als ik die van tevoren bestel?", _PHOTO_CAKE, True),
        ("Kan ik een bakfiets huren?", "Wat kost een fiets voor twee? Een tandemfiets kost € 45 per dag.", True),
        ("Kan ik een bakfiets huren?", "Verhuren jullie fietsen? Ja, stadsfietsen voor € 12 per dag.", False),
        ("Kan ik een verjaardagstaart met een foto bestellen?", _PHOTO_CAKE, False),  # the photo asked for too
        ("Wat kost een fototaart?", _PHOTO_CAKE, False),
        ("Wat kost een taart?", _PHOTO_CAKE, False),  # no kind asked
        ("Hebben jullie ijstaarten?", "Verkopen jullie ijstaarten? Ja, in de zomer.", False),
        (  # an entry on several kinds of taart is about taarten in general
            "Wanneer moeten we de bruidstaart bestellen?",
            "Hoe lang op voorhand een taart bestellen? Communietaarten drie dagen; een huwelijkstaart zes weken.",
            False,
        ),
    ],
)
def test_a_compound_asks_for_its_own_kind_not_another_kind_of_the_same_thing(
    asked: str, entry: str, other: bool
) -> None:
    assert other_compound(asked, entry) is other


@pytest.mark.parametrize(
    ("value", "asked", "left"),
    [
        # a part that names only an assistance animal tells nothing of a pet: it goes, with its 'welkom'
        ("Rolstoeltoegankelijk, Geleidehonden welkom.", ["mag", "de", "hond", "mee"], "Rolstoeltoegankelijk,"),
        ("Honden aan de lijn mogen binnen; assistentiehonden altijd", ["hond"], "Honden aan de lijn mogen binnen;"),
        # asked for one, the fact stays whole
        ("Geleidehonden welkom.", ["mag", "mijn", "geleidehond", "mee"], "Geleidehonden welkom."),
        # near miss: 'hondenvoer' is no assistance animal, 'hulp' alone neither
        ("Hondenvoer te koop, hulp bij het dragen.", ["hond"], "Hondenvoer te koop, hulp bij het dragen."),
    ],
)
def test_the_assistance_animals_a_fact_lets_in_are_left_out_unless_asked(
    value: str, asked: list[str], left: str
) -> None:
    assert without_service_animals(value, asked) == left


def test_an_amount_of_money_is_one_pattern_for_the_price_list_and_the_compound() -> None:
    # draft_thing_kinds.other_compound and draft_price_faq read it
    assert AMOUNT.findall("kinderen € 12, volwassenen 19 euro, hond 3 EUR") == ["€ 1", "9 euro", "3 EUR"]
    # near misses: a number without money, a word that only starts like the unit
    assert AMOUNT.search("voor 4 personen") is None
    assert AMOUNT.search("5 europese merken") is None


def test_the_short_weekdays_are_the_weekdays_first_two_letters_in_their_order() -> None:
    from app.domain.draft_fact_words import SHORT_WEEKDAY, week_days
    from app.domain.words import SHORT_WEEKDAYS, WEEKDAY_NAMES

    assert tuple(d[:2] for d in week_days()) == SHORT_WEEKDAYS
    assert week_days() == WEEKDAY_NAMES  # resources/fact_words.toml names the same days as app/domain/words.py
    assert re.fullmatch(SHORT_WEEKDAY, "vr") is not None
    assert re.fullmatch(SHORT_WEEKDAY, "vrij") is None  # near miss: more than the short form
