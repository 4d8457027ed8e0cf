"""The focus of a question clause (app/domain/draft_question_focus.py) and its guard in the drafts: a fact answers a
question only when it names what the question asks about, and a question counts as answered only when the draft
names it. Businesses and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_question_focus import focus_of, focus_said, names_focus
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


def _nouns(text: str) -> tuple[str, ...]:
    return analyse_topics(text).nouns


@pytest.mark.parametrize(
    ("clause", "first"),
    [
        ("Zit er suiker in jullie speculaas?", "suiker"),
        ("mag ik op een vrijdag een testrit maken met die e-bike", "testrit"),
        ("Werken jullie samen met een imker uit de buurt?", "imker"),
    ],
)
def test_the_first_thing_asked_leads_the_focus(clause: str, first: str) -> None:
    focus = focus_of(_nouns(clause), _lemmas)
    assert focus and names_focus(first, focus[:1], _lemmas), focus


@pytest.mark.parametrize(
    "clause",
    [
        "Kunnen we met 6 mensen reserveren?",
        "kan dat op woensdag?",
        "Hoe laat zijn jullie vrijdag open?",
        "Kunnen we op 3 mei met mijn schoonvader komen voor zijn verjaardag?",
        "Wat kost het daarvan allemaal?",
    ],
)
def test_a_clause_that_names_no_thing_has_no_focus(clause: str) -> None:
    assert focus_of(_nouns(clause), _lemmas) == ()


def test_a_kind_names_its_kind() -> None:
    # 'beagle' is a 'hond' (resources/fact_words.toml): 'Honden mogen mee' names it
    focus = focus_of(_nouns("Mag onze beagle mee naar binnen?"), _lemmas)
    assert names_focus("Honden mogen gewoon mee naar binnen.", focus, _lemmas)
    assert not names_focus("We zijn open van dinsdag tot zaterdag.", focus, _lemmas)


@pytest.mark.parametrize(
    ("clause", "ours", "said"),
    [
        ("Zit er suiker in jullie speculaas?", "onze", "suiker in onze speculaas"),
        ("Zit er suiker in jullie speculaas?", "mijn", "suiker in mijn speculaas"),
        ("verkopen jullie ook een glutenvrije taart", "onze", "een glutenvrije taart"),
        ("mag ik op een vrijdag een testrit maken", "onze", "een testrit"),
    ],
)
def test_the_thing_asked_is_said_back_as_written_in_the_business_voice(clause: str, ours: str, said: str) -> None:
    assert focus_said(clause, _nouns(clause), _lemmas, ours) == said


_BAKKER = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Wim"],
    voice="wij",
    register="u",
    email="info@korenaar.nl",
    opening_hours="di–za 7:30–17:00; zondag en maandag gesloten",
    faq=[
        FaqItem(
            question="Tot wanneer kan ik een verjaardagstaart bestellen?",
            answer="Uiterlijk drie dagen van tevoren, in de winkel of per mail.",
        ),
    ],
)
_OUTCOME = "uitkomst_vraag_beantwoorden"


@pytest.mark.parametrize(
    "text",
    [
        "Zijn jullie zaterdag open? En kan ik daar ook een proeverij van jullie koekjes doen?",
        "Zijn jullie op zaterdag open?? en kan ik er dan een proeverij van de koekjes houden",
    ],
)
def test_a_second_question_the_answer_does_not_name_gets_a_named_slot(text: str) -> None:
    said = draft_text(_BAKKER, _OUTCOME, text)
    assert "17:00" in said and "proeverij" in said, said
