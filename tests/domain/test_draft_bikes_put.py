"""A question where to leave or charge the writer's bikes is about the parking (draft_bikes.bikes_put), and is
answered by a parking fact that names bikes, Dutch and English; a parking fact for cars only answers nothing.
Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_bikes import bike_part, bikes_put, bikes_word
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import suggested

CAFE = BusinessProfile(
    name="Grand Café De Heide",
    kind="restaurant",
    signers=["Sanne"],
    voice="wij",
    register="je",
    opening_hours="di–zo 10:00–22:00; maandag gesloten",
    parking="parkeren op het dorpsplein; afsluitbare fietsenboxen met laadpunt naast het terras",
)
CARS_ONLY = BusinessProfile.from_dict({**CAFE.to_dict(), "parking": "gratis parkeerplaats achter het café"})


@pytest.mark.parametrize(
    "text",
    [
        "Waar zetten we de tandems neer als we bij jullie lunchen?",
        "Kunnen we de elektrische fietsen bij jullie opladen?",
        "Can we lock up our bikes somewhere near the terrace?",
    ],
)
def test_where_to_leave_or_charge_bikes_is_a_parking_question(text: str) -> None:
    assert bikes_put(text)


@pytest.mark.parametrize(
    "text",
    [
        "Verhuren jullie ook e-bikes?",  # renting, not leaving them
        "Kunnen we na het fietsen bij jullie een hapje eten?",  # no verb of leaving
        "Waar kan ik de auto en de fiets parkeren?",  # a car too: the whole parking
        "We komen op de fiets. Hebben jullie een terras?",  # the bike is told, the question asks another thing
    ],
)
def test_other_questions_with_a_bike_are_not(text: str) -> None:
    assert not bikes_put(text)


def test_a_dutch_question_gets_the_bike_parking() -> None:
    draft = suggested(CAFE, "Hoi! Kunnen we onze racefietsen ergens kwijt terwijl we koffie drinken?")
    assert "fietsenboxen" in draft, draft


def test_an_english_further_question_gets_the_bike_parking() -> None:
    draft = suggested(CAFE, "Are you open on Sunday? And where can we leave the bikes while we have lunch?")
    assert "fietsenboxen" in draft or "bike" in draft, draft


def test_a_parking_fact_for_cars_only_is_no_answer_for_bikes() -> None:
    draft = suggested(CARS_ONLY, "Kunnen we onze fietsen bij jullie ergens veilig neerzetten?")
    assert "parkeerplaats" not in draft, draft


def test_a_second_question_where_to_leave_the_bikes_gets_the_part_of_the_parking_that_names_them() -> None:
    text = "Tot hoe laat serveren jullie lunch op zaterdag? En waar laten we de racefietsen?"
    said = suggested(CAFE, text)
    assert "Voor je racefietsen: afsluitbare fietsenboxen met laadpunt naast het terras." in said, said
    assert "dorpsplein" not in said, said  # the car park is no answer to where the bikes go
    # asked on its own, the whole parking fact is said
    assert "fietsenboxen" in suggested(CAFE, "Kunnen we de fietsen ergens kwijt als we komen lunchen?")


def test_a_bike_taken_in_for_work_is_no_parking_question() -> None:
    assert not bikes_put("Kan ik mijn fiets laten nakijken als ik bij jullie lunch?")
    assert "dorpsplein" in suggested(CAFE, "Is er parkeerplek in de buurt?")  # 'parkeerplek' names the parking


def test_the_place_for_bikes_is_one_rule_for_giving_knowing_and_leading_in_the_answer() -> None:
    """AnswerDrafting._bikes_place: the answer the parking fact gives, for a question where the bikes can go."""
    place = Drafter(CAFE, analyser=analyse_topics)._bikes_place
    assert place("Waar kunnen we onze mountainbikes laten staan terwijl we eten?") == (
        "afsluitbare fietsenboxen met laadpunt naast het terras"
    )
    assert place("Is er plek om te parkeren op het plein?") == ""  # no bike named: the whole parking, elsewhere
    racks = BusinessProfile.from_dict({**CAFE.to_dict(), "parking": "Fietsenrekken langs de gevel."})
    # a fact with no other part: all of it, without its full stop
    assert Drafter(racks, analyser=analyse_topics)._bikes_place("Waar kunnen we de fietsen stallen?") == (
        "Fietsenrekken langs de gevel"
    )
    no_parking = BusinessProfile.from_dict({**CAFE.to_dict(), "parking": ""})
    assert Drafter(no_parking, analyser=analyse_topics)._bikes_place("Waar kunnen we de fietsen stallen?") == ""


def test_a_bike_word_is_also_the_end_of_a_compound_for_both_the_word_and_the_question() -> None:
    """bikes_word and bikes_put share their endings: 'huurtandems' names bikes to both, as 'racefietsen' does."""
    assert bikes_word("Mogen de huurtandems mee naar binnen?") == "huurtandems"
    assert bikes_put("Waar kunnen we onze huurtandems neerzetten?")
    assert bikes_word("Hoe laat gaan jullie dicht?") == ""
    assert not bikes_put("Waar kunnen we de kinderwagen neerzetten?")  # a put verb, no bike


def test_the_part_of_a_parking_fact_naming_bikes_is_found_by_the_bike_words_in_any_case() -> None:
    assert bike_part("Betaald parkeren aan de kerk; E-BIKE laadpaal bij de ingang") == "E-BIKE laadpaal bij de ingang"
    assert bike_part("Gratis parkeren; Fietsenrekken om de hoek") == "Fietsenrekken om de hoek"
    assert bike_part("Gratis parkeren aan de kerk; blauwe zone in de straat") == ""  # no part names bikes
