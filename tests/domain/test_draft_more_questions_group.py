"""A FAQ answer for groups ('Kunnen we met een groep reserveren?') answers a second question about booking only
when the writer's party is a group (a size, a group named), not 'moet je reserveren?' of one or two. Businesses
and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_BISTRO = BusinessProfile(
    name="Bistro Het Anker",
    kind="restaurant",
    signers=["Joost"],
    voice="wij",
    register="je",
    email="info@hetanker.nl",
    opening_hours="di–zo 12:00–22:00",
    faq=[
        FaqItem(
            question="Kunnen we met een groep reserveren?",
            answer="Groepen tot 30 personen eten in de Kajuit; vanaf 8 personen is er een vast menu.",
        )
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Zijn jullie dinsdag open? en moet je reserveren",
        "zijn jullie op dinsdag open?? Moet ik reserveren?",
        "Are you open on Tuesday? En moeten we reserveren?",
    ],
)
def test_a_small_party_gets_no_group_hall_or_menu(text: str) -> None:
    said = draft_text(_BISTRO, "uitkomst_vraag_beantwoorden", text)
    assert "Kajuit" not in said and "vast menu" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Zijn jullie dinsdag open? En kunnen we met 14 personen reserveren?",
        "zijn jullie op dinsdag open? we zijn met een groep van 20, moeten we reserveren?",
    ],
)
def test_a_group_gets_the_group_answer(text: str) -> None:
    said = draft_text(_BISTRO, "uitkomst_vraag_beantwoorden", text)
    assert "Kajuit" in said, said


_BRASSERIE = BusinessProfile(
    name="Brasserie Den Uil",
    kind="restaurant",
    signers=["Wout"],
    voice="wij",
    register="u",
    email="info@denuil.be",
    opening_hours="wo–zo 11:30–22:00; ma en di gesloten",
    holidays="Paasmaandag 21 april: open; Wapenstilstand 11 november: gesloten",
    faq=[
        FaqItem(question="Kunnen we met een groep komen?", answer="Groepen tot 25 personen; reserveer een week vooraf.")
    ],
)


def test_open_then_after_the_days_own_answer_gets_no_promise_nor_the_weeks_hours() -> None:
    text = "Wij komen met de turnclub, 20 man, op Paasmaandag. Zijt ge dan open en moeten we vooraf reserveren?"
    said = draft_text(_BRASSERIE, "uitkomst_vraag_beantwoorden", text)
    assert "Paasmaandag" in said and "25 personen" in said, said  # the profile's own name of the day
    assert "tweede paasdag" not in said and "terug" not in said and "wo–zo" not in said, said


def test_open_then_is_a_day_named_before() -> None:
    """Negative case: a question that names its own day, or asks no open or closed, is not 'dan open'."""
    from app.domain.draft_more_questions import open_then
    from app.domain.draft_said_in_kind import day_answered

    assert open_then("Zijt ge dan open?") and open_then("zijn jullie die dag gesloten?")
    assert not open_then("Zijn jullie dan op zaterdag open?") and not open_then("Kan ik dan betalen met de kaart?")
    assert day_answered("Ja, we zijn op Paasmaandag open.") and not day_answered("Groepen tot 25 personen.")
