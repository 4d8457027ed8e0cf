"""The public event a complaint happened on, said back once (app/domain/draft_event_day.py)."""

from __future__ import annotations

import pytest

from app.domain.draft_event_day import event_day, named_event, profile_event
from tests.domain.drafting.shops import BISTRO
from tests.domain.drafts import draft_text

REPAIR = "uitkomst_herstel"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Tijdens de Gentse Feesten een uur op twee croques gewacht.", "de Gentse Feesten"),
        ("Bij de Zeeuwse Kustmarathon stond er één man achter de tap.", "de Zeeuwse Kustmarathon"),
        ("Op de Tour zondag was het terras vol, maar niemand kwam bestellen.", "de Tour"),
        ("Na de Elfstedentocht wilden we iets warms, de soep was koud.", "de Elfstedentocht"),
    ],
)
def test_an_event_by_its_own_name_is_found(text: str, event: str) -> None:
    assert event_day(text) == event


@pytest.mark.parametrize(
    "text",
    [
        "Na de rit naar het ziekenhuis nog even koffie gedronken, die was lauw.",
        "Op de Markt geparkeerd en toen bleek de zaak dicht.",
        "Bij de rotonde linksaf, maar jullie bord stond verkeerd.",
        # a shop, a son's training, a TV broadcast, an event likened to the shop (code review 31, finding 1)
        "Mijn fiets bij de Kringloop gekocht, daarna bij jullie laten nakijken en na een week is de ketting weer los.",
        "Bij de Kringloop in Leuven vond ik betere stoelen dan bij jullie.",
        "Na de Training van mijn zoon nog 50 minuten gewacht op onze frietjes.",
        "Na de Tour de France-uitzending nog 45 minuten wachten op mijn afspraak.",
        "Bij de Run For Life wachtten we nog langer dan bij jullie, dat zegt genoeg.",
        "Op de Marathon van Rotterdam was het drukker dan hier, en toch kregen we daar sneller ons bier.",
        "Na de Afloop van de vergadering kwamen we binnen en niemand kwam bestellen.",
    ],
)
def test_a_ride_a_square_or_a_roundabout_is_no_event(text: str) -> None:
    assert event_day(text) == ""


def test_a_complaint_names_the_event_it_happened_on_once() -> None:
    text = "Tijdens de Gentse Feesten 45 minuten gewacht op twee pintjes. En dan nog 6 euro per pint!"
    draft = draft_text(BISTRO, REPAIR, text, author="Dirk")
    assert draft.count("Gentse Feesten") == 1, draft


_EVENTS = [
    ("kermismaandag 17 september", "7:00–13:00"),
    ("jaarmarkt Lopik zaterdag 8 september", "9:00–13:00"),
    ("herfstvakantie 15 t/m 19 oktober", "gewoon open"),
]


@pytest.mark.parametrize(
    ("asked", "day"),
    [
        ("Zijn jullie maandag met de kermis open?", "kermismaandag 17 september"),
        ("Ben je zaterdag met de jaarmarkt ook open?", "zaterdag 8 september"),
        ("Zijn jullie maandag open?", ""),
        ("Hebben jullie kermiskoeken?", ""),
        ("Zijn jullie in Lopik open op zaterdag?", ""),
    ],
)
def test_a_local_event_of_the_profile_is_found_by_its_own_word(asked: str, day: str) -> None:
    assert profile_event(_EVENTS, asked, "Dorpsstraat 48, 3411 Lopik") == day


def test_one_builder_reads_an_event_after_the_prepositions_given() -> None:
    after = named_event(("na",), ("de", "onze"), sports=True)
    found = after.search("Na onze fietstocht hier gegeten")
    assert found is not None and found["event"] == "fietstocht"  # a kind of ride only with sports
    assert named_event(("na",)).search("na onze fietstocht") is None
    assert named_event(("op",)).search("na de Ronde zondag") is None
    found = named_event(("op", "na")).search("op de Ronde zondag")
    assert found is not None and (found["det"], found["event"], found["day"]) == ("de", "Ronde", " zondag")
