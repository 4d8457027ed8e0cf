"""The thing a question names, said first (app/domain/draft_named_thing.py): a FAQ answer whose yes goes for an open
question ('wanneer kan ik ... bestellen?') and that is no sentence of its own names what was asked, as the writer put
it. Businesses and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_named_thing import thing_asked
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text


def _lemmas(text: str) -> tuple[str, ...]:
    return Drafter(_BAKKER, analyser=analyse_topics)._lemmas_of(text)


_BAKKER = BusinessProfile(
    name="Bakkerij De Molen",
    kind="bakkerij",
    signers=["Els"],
    voice="wij",
    register="u",
    email="info@bakkerijdemolen.be",
    opening_hours="di–za 7:00–18:00, zo 7:00–12:00; maandag gesloten",
    holidays="15 augustus: gesloten",
    faq=[
        FaqItem(
            question="Bakt u kerststronken op bestelling?",
            answer="Ja, vanaf 1 december, € 24 per stronk, twee dagen op voorhand bestellen.",
        )
    ],
)


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("wanneer kan ik de kerststronken bestellen?", "de kerststronken"),
        ("Tot wanneer kan ik mijn kerststronk bestellen", "uw kerststronk"),
        ("Hoeveel kost een kerststronk op bestelling?", "een kerststronk"),
        ("Wanneer zijn jullie open?", ""),
    ],
)
def test_thing_asked_is_the_writers_words_for_the_faqs_thing(question: str, thing: str) -> None:
    assert thing_asked((question,), "Bakt u kerststronken op bestelling?", _lemmas, "uw") == thing


@pytest.mark.parametrize(
    "text",
    [
        "Zijt gij open op 15 augustus? En wanneer kan ik de kerststronken bestellen?",
        "Bent u open op 15 augustus? Vanaf wanneer kan ik een kerststronk bestellen?",
    ],
)
def test_an_answer_without_its_yes_names_the_thing(text: str) -> None:
    said = draft_text(_BAKKER, "uitkomst_vraag_beantwoorden", text)
    assert "kerststron" in said.split("1 december")[0], said
    assert "\nVanaf 1 december" not in said and ". Vanaf 1 december" not in said, said
