"""Issue #13, review of r79–r80: a suggestion put as a question why the business does not do a thing is the
suggestion, not a question the profile answers ('kunnen jullie niet online afspraken laten maken?' is not answered
with the FAQ on cancelling), and a wish for a closed day is not answered with another day to come. Shops and
comments of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_why_not import asks_why_not
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_BARBER = BusinessProfile(
    name="Barbier Koos",
    kind="kapsalon",
    signers=["Koos"],
    voice="ik",
    register="je",
    email="koos@barbierkoos.nl",
    opening_hours="di–vr 9:00–18:00, za 8:00–14:00; zondag en maandag gesloten",
    faq=[
        FaqItem(
            question="Kan ik mijn afspraak verplaatsen?",
            answer="Kosteloos tot een dag van tevoren; daarna betaal je de helft.",
        )
    ],
)


@pytest.mark.parametrize(
    "clause",
    [
        "Maar kunnen jullie niet online afspraken laten maken?",
        "kun je geen whatsapp-afspraken doen?",
        "Kunt u ook niet op maandag open?",
        "waarom geen zondagsopening?",
    ],
)
def test_a_question_why_not_is_a_wish(clause: str) -> None:
    assert asks_why_not(clause), clause


@pytest.mark.parametrize("clause", ["Kunnen jullie mij terugbellen?", "Kan ik morgen langskomen?"])
def test_a_plain_question_is_no_wish(clause: str) -> None:
    assert not asks_why_not(clause), clause


@pytest.mark.parametrize(
    "comment",
    [
        "Altijd strak geknipt. Maar kun je niet online afspraken laten maken? Een online agenda zou echt helpen.",
        "Top barbier! kunnen jullie geen afspraken via de site doen? Een boekingssysteem zou fijn zijn.",
    ],
)
def test_a_why_not_suggestion_gets_no_invented_answer(comment: str) -> None:
    text = draft_text(_BARBER, "uitkomst_bedank_publiek_suggestie", comment)
    assert "Kosteloos" not in text and "kosteloos" not in text and "je vraag" not in text, text


@pytest.mark.parametrize(
    "comment",
    [
        "Waarom geen zondagsopening? Op zondag heb ik juist tijd.",
        "Zouden jullie niet ook op zondag open kunnen gaan? Dat zou ideaal zijn.",
        "waarom niet op zondag open, al is het maar een paar uurtjes?",
    ],
)
def test_a_wish_for_a_closed_day_gets_no_other_day(comment: str) -> None:
    text = draft_text(_BARBER, "uitkomst_vraag_beantwoorden", comment)
    assert "op zondag" in text.lower() and "zaterdag" not in text.lower(), text
