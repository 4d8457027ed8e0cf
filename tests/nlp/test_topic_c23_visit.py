"""Reading a complaint right (issue #13, fixer c23): a make after 'mijn' is a bike, no one of the writer's; a
part on one side that came loose ('mijn linkercrank') or 'zat niet vast' gave way; what the writer heard at the
till is no rumour; the moment of paying is no price. Sentences of our own, not a round's."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "Gisteren mijn Bianchi opgehaald na de beurt en de ketting sprong er meteen af.",
        "onze Cannondale staat al twee weken bij jullie, nog niks gehoord",
        "MIJN Ridley binnengebracht voor een nieuwe ketting, drie weken later nog altijd niet klaar.",
        "Ik heb mijn Pinarello laten afstellen en nu kraakt de trapas.",
    ],
)
def test_a_make_after_the_possessive_is_no_person(text: str) -> None:
    topics = analyse_topics(text)
    makes = {"Bianchi", "Cannondale", "Ridley", "Pinarello"}
    assert not makes & set(topics.kin), topics.kin
    assert not makes & set(topics.names), topics.names


def test_a_child_after_the_possessive_is_still_kin() -> None:
    assert "Yasmin" in analyse_topics("Onze Yasmin viel van de kinderstoel, die brak gewoon af.").kin


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("In de afdaling kwam mijn linkercrank ineens los en ik lag op de grond.", "linkercrank"),
        ("Na de beurt schoot de rechtercrank los, levensgevaarlijk!", "rechtercrank"),
        ("Bij het optrekken brak mijn linkerpedaal af.", "linkerpedaal"),
        ("De crank zat gewoon niet vast na jullie onderhoud.", "crank"),
        ("Da stuur zat ni vast, ik ben bijna gevallen.", "stuur"),
    ],
)
def test_a_part_on_one_side_or_not_fastened_gave_way(text: str, part: str) -> None:
    gave_way = analyse_topics(text).gave_way
    assert gave_way is not None and gave_way.text == part


def test_a_part_fastened_again_did_not_give_way() -> None:
    assert analyse_topics("De crank zat wat los, maar Jens heeft hem meteen vastgezet. Top!").gave_way is None


@pytest.mark.parametrize(
    "text",
    [
        "Bij het afrekenen hoorde ik dat mijn waardebon niet meer geldig was. Na een jaar?!",
        "aan de kassa hoorde ik dat de actie al voorbij was, dat stond nergens",
        "Toen ik belde hoorde ik dat mijn bestelling kwijt was.",
    ],
)
def test_heard_at_the_till_or_on_the_phone_is_no_rumour(text: str) -> None:
    assert not analyse_topics(text).hearsay


def test_heard_elsewhere_is_still_a_rumour() -> None:
    assert analyse_topics("Ik hoorde dat jullie cadeaubonnen niet meer aannemen, klopt dat?").hearsay


@pytest.mark.parametrize(
    "text",
    [
        "Bij het afrekenen bleek mijn cadeaubon verlopen. Zo ga je niet met klanten om.",
        "Tijdens het betalen zei de jongen dat de tegoedbon niet meer gold.",
    ],
)
def test_the_moment_of_paying_is_no_price_complaint(text: str) -> None:
    assert "prijs" not in analyse_topics(text).problems


def test_a_bill_is_still_a_price_complaint() -> None:
    assert "prijs" in analyse_topics("€ 48 afgerekend voor twee pasta's, veel te duur.").problems
