"""A question whether the business itself sells, makes, does or allows something gets an open place for its answer,
not a promise to find out and come back (session 24's read-aloud review: a bakery does not 'look into' whether it
sells spelt bread); what has to be looked up (an order, a repair) keeps the promise."""

from __future__ import annotations

import pytest

from app.domain.draft_own_range import all_own_range, asks_own_range, rule_about
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft

CHEESE = BusinessProfile(
    name="Kaashandel Verburg",
    kind="winkel",
    signers=["Ria"],
    voice="wij",
    register="u",
    email="info@kaasverburg.nl",
    phone="0182-512233",
    opening_hours="di–za 9:00–17:30",
    faq=[FaqItem("Kan ik bij u pinnen?", "Ja, pinnen en contant kan allebei.")],
)
TEA_ROOM = BusinessProfile(
    name="Theehuis De Linde",
    kind="restaurant",
    signers=["Wout"],
    voice="ik",
    register="je",
    email="wout@theehuisdelinde.be",
    phone="03 455 12 90",
    opening_hours="wo–zo 10:00–18:00",
    faq=[FaqItem("Kan ik met Payconiq betalen?", "Ja, Payconiq, Bancontact en cash.")],
)
_LATER = "uitkomst_vraag_uitzoeken"
_ANSWER = "uitkomst_vraag_beantwoorden"
_PROMISE = ("terug", "zoeken het uit", "zoek het uit", "het even uitzoeken", "uit ons hoofd", "even voor u uitzoeken")


def _draft(profile: BusinessProfile, outcome: str, text: str) -> str:
    return draft(profile, outcome, text, author="Karin Smit").text or ""


@pytest.mark.parametrize(
    "question",
    [
        "Verkoopt u ook geitenkaas zonder zout?",
        "verkopen julie ook lactosevrije kaas? mijn man kan niet tegen melksuiker",  # a typo, no capital
        "VERKOPEN JULLIE OOK BOERENKAAS MET KOMIJN?",
        "Verkoopt ge ook Limburgse kaas?",  # Flemish
        "@kaasverburg hebben jullie ook truffelkaas?",
        "Hoi, maken jullie ook kaasplanken voor een feestje?",
    ],
)
def test_a_question_about_the_range_gets_a_place_for_the_answer(question: str) -> None:
    text = _draft(CHEESE, _LATER, question)
    assert "[vul in: ja" in text
    assert not any(p in text for p in _PROMISE), text


def test_the_thing_asked_leads_the_place_for_the_answer() -> None:
    text = _draft(CHEESE, _LATER, "Verkoopt u ook geitenkaas zonder zout?")
    assert "Over geitenkaas zonder zout: [vul in: ja" in text


def test_what_has_to_be_looked_up_keeps_the_promise() -> None:
    looked_up = ("Hebben jullie mijn bestelling van vorige week al verstuurd?", "Weten jullie al wanneer het komt?")
    for question in looked_up:
        text = _draft(CHEESE, _LATER, question)
        assert "[vul in: ja" not in text and any(p in text for p in _PROMISE), text


def test_a_second_question_about_the_range_or_a_house_rule_gets_a_place_too() -> None:
    text = _draft(TEA_ROOM, _ANSWER, "Kan ik met Payconiq betalen? En mag onze hond mee naar binnen?")
    assert "Payconiq" in text and "hond: [vul in: ja" in text and "terug" not in text
    text = _draft(TEA_ROOM, _ANSWER, "kan ik met payconiq betalen? en hebben jullie ook glutenvrije scones?")
    assert "glutenvrije scones: [vul in: ja" in text and "terug" not in text


def test_which_questions_ask_about_the_range() -> None:
    assert asks_own_range("Doet gij ook hairextensions?") and asks_own_range("Goedemiddag, werkt u met henna?")
    assert asks_own_range("vraagje: mag de kat mee in de wachtkamer?")
    assert not asks_own_range("Wat kost bij jullie een kaasplank?")  # an open question
    assert not asks_own_range("Zijn jullie zaterdag open?")  # open or not: the hours answer it
    assert not asks_own_range("Is mijn taart al klaar?")
    assert not asks_own_range("Hebben jullie mijn mail ontvangen?")
    assert all_own_range(["Verkopen jullie X?", "En hebben jullie Y?"])
    assert not all_own_range(["Verkopen jullie X?", "Wanneer is mijn fiets klaar?"]) and not all_own_range([])


def test_a_brabant_question_about_the_range_names_the_thing() -> None:
    text = _draft(TEA_ROOM, _LATER, "Hedde gullie een kindermenu? En zijn er kinderstoeltjes?")
    assert "kindermenu" in text, text


def test_what_a_house_rule_is_about() -> None:
    assert rule_about("Mag de hond mee op het terras?") == "de hond"
    assert rule_about("en mogen kinderen ook binnen?") == "kinderen"
    assert rule_about("Mag ik bij jullie pinnen?") == ""
    assert rule_about("Verkopen jullie kaas?") == ""


@pytest.mark.parametrize(
    "question",
    [
        "Hebben jullie mijn scooter al gerepareerd?",
        "Gaan jullie de schade aan mijn jas vergoeden?",
        "Kunnen jullie mij vanmiddag terugbellen?",
        "Heeft u mijn sleutelbos gevonden?",
    ],
)
def test_a_question_about_the_writers_own_case_is_no_question_about_the_range(question: str) -> None:
    # the status of a repair, a claim, a call back: that is looked up, no slot for 'ja / nee, wel …'
    assert not asks_own_range(question)


@pytest.mark.parametrize(
    "question",
    [
        "Verkopen jullie ook fietsstoeltjes die op een bakfiets passen?",
        "Hebt u iets voor diabetici?",
        "Maak jij ook taarten die geschikt zijn voor een suikerpatiënt?",
    ],
)
def test_whether_a_thing_fits_or_suits_someone_is_looked_up(question: str) -> None:
    assert not asks_own_range(question)


def test_the_thing_itself_is_still_the_business_own_range() -> None:
    assert asks_own_range("Verkopen jullie ook fietsstoeltjes?")


def test_a_promise_asked_is_no_question_about_the_range() -> None:
    assert not asks_own_range("Kunnen jullie garanderen dat er geen noten in zitten?")
    assert not asks_own_range("Kunt ge da beloven voor zaterdag?")
    assert asks_own_range("Kunnen jullie ook notenvrije taarten maken?")
