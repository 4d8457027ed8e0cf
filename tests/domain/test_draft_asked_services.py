"""Questions answered with the profile's own facts, and not with a fact that only shares a word with them: renting
and leasing asked of an entry that never speaks of it (draft_fact_words.service_unsaid), a price 'per dag' that
names no thing (draft_price_faq.price_unworded), the holiday line that says what is on that day
(draft_event_day.on_that_day) and a second day's hours kept beside a FAQ answer that shares a word with it
(draft_more_questions). Shops and sentences of their own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.draft_event_day import on_that_day
from app.domain.draft_fact_words import service_unsaid
from app.domain.draft_facts import key_words
from app.domain.draft_price_faq import price_unworded
from app.domain.draft_questions_about import asked_about
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_OUTCOME = "uitkomst_vraag_beantwoorden"

_BIKES = BusinessProfile(
    name="Tweewielers Van Dam",
    kind="fietsenmaker",
    signers=["Ruud"],
    voice="ik",
    register="je",
    email="ruud@tweewielersvandam.nl",
    opening_hours="di–za 9:00–17:30; zo en ma gesloten",
    return_terms="1 jaar garantie op nieuwe fietsen en onderdelen",
    faq=[
        FaqItem(
            "Wat kost een grote beurt?",
            "Een grote beurt kost € 89; breng je fiets vóór 10:00, dan is hij 's avonds klaar.",
        ),
    ],
)

_CAFE = BusinessProfile(
    name="Café De Brug",
    kind="restaurant",
    signers=["Petra"],
    voice="wij",
    register="u",
    email="info@cafedebrug.nl",
    opening_hours="wo–zo 11:00–23:00; ma en di gesloten",
    holidays="Pasen: paasbrunch vanaf 10:00, reserveren verplicht; Hemelvaart: 11:00–18:00; Koningsdag: 9:00–20:00",
    faq=[
        FaqItem("Tot wanneer kan ik voor Koningsdag reserveren?", "Voor Koningsdag reserveert u tot en met 20 april."),
    ],
)


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


@pytest.mark.parametrize(
    ("question", "entry", "unsaid"),
    [
        ("Verhuurt u ook tandems?", "Wat kost een grote beurt? Breng je fiets vóór 10:00.", True),
        ("Kan ik bij jullie een e-bike leasen?", "Wat kost onderhoud aan een e-bike? € 65.", True),
        ("Verhuurt u ook tandems?", "Kan ik een tandem huren? Ja, voor € 40 per dag.", False),
        ("Verkopen jullie ook tandems?", "Wat kost een grote beurt? Breng je fiets vóór 10:00.", False),
        ("Kunt u de fiets nakijken die ik bij jullie huurde?", "Wat kost een grote beurt? € 89.", False),
    ],
)
def test_a_service_of_its_own_is_asked_of_an_entry_that_speaks_of_it(question: str, entry: str, unsaid: bool) -> None:
    assert service_unsaid(question, entry) is unsaid


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Hoeveel kost een tandem per week?", {"tandem"}),
        ("En wat kost dat per uur?", set()),
        ("Wat kost het p.p.?", set()),
    ],
)
def test_the_unit_a_price_is_counted_in_names_no_thing(question: str, named: set[str]) -> None:
    assert key_words(price_unworded(question), _lemmas) == named


@pytest.mark.parametrize(
    "text",
    [
        "Verhuurt u ook tandems? En wat kost dat per week?",
        "Goedemiddag, verhuren jullie ook fietsen voor kinderen? Wat kost dat per dag?",
    ],
)
def test_a_rental_question_gets_no_price_of_a_service_that_is_no_rental(text: str) -> None:
    draft = draft_text(_BIKES, _OUTCOME, text)
    assert "89" not in draft and "garantie" not in draft
    assert "verhuur" in draft


def test_a_rental_question_said_to_one_names_the_rental() -> None:
    assert asked_about(("verhuurt gij ook tandems?",)) == "de verhuur van tandems"
    assert asked_about(("Repareert u ook scootmobielen?",)) == "de reparatie van scootmobielen"


@pytest.mark.parametrize(
    ("question", "on_day"),
    [
        ("Is er dit jaar weer een paasbrunch met Pasen?", True),
        ("Kan ik met Pasen een cadeaubon kopen?", False),
        ("Wat eten jullie zelf met Hemelvaart?", False),
    ],
)
def test_a_day_line_that_says_what_is_on_answers_a_question_about_it(question: str, on_day: bool) -> None:
    assert on_that_day(_CAFE.holiday_entries(), question, _lemmas) is on_day


def test_a_question_about_what_is_on_that_day_gets_the_day_line() -> None:
    draft = draft_text(_CAFE, _OUTCOME, "Houden jullie weer een paasbrunch met Pasen? En om hoe laat begint die?")
    assert "10:00" in draft


def test_a_second_day_gets_its_hours_beside_an_answer_that_shares_a_word() -> None:
    draft = draft_text(_CAFE, _OUTCOME, "Zijn jullie open met Hemelvaart? En op Koningsdag? We komen met vrienden.")
    assert "11:00–18:00" in draft
    assert "9:00–20:00" in draft
