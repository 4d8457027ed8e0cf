"""A second question asked by word order alone, after a marked one, with its reason after 'want' ('En krijg ik
dan een vervangwagen want ik moet elke dag naar Gent'), is found and answered from the FAQ. Sentences and profiles
of their own, not a round's."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.draft_questions import JOINED_ASK
from app.domain.profile import BusinessProfile, FaqItem
from app.domain.suggest import suggest
from app.nlp.details import extract
from app.nlp.topics import analyse_topics
from tests.benchmarks.draft_expectations import questions_of
from tests.domain.drafts import suggested

GARAGE = BusinessProfile(
    name="Scooterservice Dijkstra",
    kind="fietsenmaker",
    signers=["Sjoerd"],
    voice="ik",
    register="je",
    email="sjoerd@scooterdijkstra.nl",
    opening_hours="ma–za 8:30–17:30",
    faq=[
        FaqItem("Repareren jullie ook scooters van andere merken?", "Ja, alle merken, ook elektrische scooters."),
        FaqItem(
            "Krijg ik een vervangscooter bij een reparatie?",
            "Ja, duurt het langer dan een dag, dan krijg je gratis een vervangscooter mee.",
        ),
    ],
)


def _draft(text: str) -> str:
    return suggested(GARAGE, text, platform="instagram")


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("En krijg ik dan een vervangscooter want ik moet naar school", True),
        ("en krijgen we daar korting op", True),
        ("En ik krijg dan een vervangscooter", False),
    ],
)
def test_getting_something_with_it_is_asked_after_en(sentence: str, asks: bool) -> None:
    assert bool(JOINED_ASK.match(sentence)) == asks


@pytest.mark.parametrize(
    "text",
    [
        "Hoi! Repareren jullie ook een Piaggio? Is al wat ouder. En krijg ik dan een vervangscooter want ik moet "
        "elke dag naar mijn werk 🙏",
        "hey maken jullie ook een vespa?? En krijg ik dan een vervangscooter, ik woon buiten de stad",
        "Repareren jullie ook een Kymco? Hij start niet. en krijg ik er een vervangscooter omdat ik anders niet op "
        "stage kan komen",
    ],
)
def test_a_second_question_by_word_order_with_its_reason_is_answered(text: str) -> None:
    draft = _draft(text)
    assert "gratis een vervangscooter" in draft


CAFE = BusinessProfile(
    name="Eetcafé De Waag",
    kind="restaurant",
    signers=["Femke"],
    voice="wij",
    register="u",
    email="info@dewaag.nl",
    opening_hours="wo–zo 11:00–22:00",
    accessibility="volledig gelijkvloers, met een invalidentoilet naast de bar",
    faq=[FaqItem("Kunnen we met een groep komen?", "Ja, groepen tot 20 personen; reserveer dan even vooraf.")],
)


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Is er een invalidentoilet, mijn vader zit in een rolstoel.", True),
        ("Zijn er ook genoeg parkeerplaatsen in de buurt.", True),
        ("Er is een lift, dat weet ik.", False),
    ],
)
def test_whether_there_is_a_thing_is_asked_without_en(sentence: str, asks: bool) -> None:
    assert bool(JOINED_ASK.match(sentence)) == asks


@pytest.mark.parametrize(
    "text",
    [
        "Kunnen we zaterdag met een groep van 12 komen? Is er een invalidentoilet, mijn vader zit in een rolstoel.",
        "Goedemiddag, kunnen wij met een groep van 14 personen komen? Is er een aangepast toilet. Mijn moeder is "
        "rolstoelgebruiker.",
    ],
)
def test_a_question_whether_there_is_a_thing_without_its_mark_is_answered(text: str) -> None:
    analysis: dict[str, Any] = {
        "label": "vraag",
        "flags": [],
        "scores": {},
        "details": extract(text).to_dict(),
        "questions": questions_of(text),
    }
    out = suggest(analysis, text, platform="facebook", author="", profile=CAFE, analyser=analyse_topics)
    assert "naast de bar" in str(out["draft"])


BAKERY = BusinessProfile(
    name="Bakkerij De Meelzak",
    kind="bakkerij",
    signers=["Griet"],
    voice="wij",
    register="u",
    email="info@demeelzak.be",
    opening_hours="di–za 7:00–18:00, zo 7:00–12:00",
    holidays="Paasmaandag: 7:00–12:00; Kerstmis: gesloten",
    faq=[FaqItem("Kan ik sandwiches bestellen voor zondag?", "Ja, bestellen tot vrijdag 16:00; afhalen vanaf 7:00.")],
)


@pytest.mark.parametrize(
    "text",
    [
        "Zijt gij open op Paasmaandag? En tot wanneer kan ik sandwiches bestellen voor zondag, we zijn met 10.",
        "Zijn jullie open op paasmaandag? en tot wanneer kan ik sandwiches bestellen voor zondag want we krijgen "
        "bezoek",
    ],
)
def test_until_when_asked_after_en_without_its_mark_is_answered(text: str) -> None:
    analysis: dict[str, Any] = {
        "label": "vraag",
        "flags": [],
        "scores": {},
        "details": extract(text).to_dict(),
        "questions": questions_of(text),
    }
    out = suggest(analysis, text, platform="facebook", author="", profile=BAKERY, analyser=analyse_topics)
    assert "vrijdag 16:00" in str(out["draft"]) and "7:00–12:00" in str(out["draft"])
