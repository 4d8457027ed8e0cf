"""A wish told beside a question about a day, that a profile field answers (app/domain/draft_answers.py
_holiday_reply with draft_extras._field_besides): 'wanneer zijn jullie dicht in de herfstvakantie? Ik wil mijn
e-bike laten ophalen' hears the day and the pick-up service. A bike shop and sentences of its own."""

from __future__ import annotations

from app.domain.draft_fact_score import fields_named
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_WERKPLAATS = BusinessProfile(
    name="Tweewielerhuis De Spaak",
    kind="fietsenmaker",
    signers=["Wout"],
    voice="ik",
    register="je",
    email="wout@despaak.nl",
    opening_hours="di t/m za 9.00–17.30",
    delivery_terms="Haal- en brengservice binnen Zwolle: € 8 per rit.",
    holidays="Herfstvakantie: gesloten van dinsdag 18 t/m donderdag 20 oktober.",
)


def test_having_something_collected_names_the_pick_up_service() -> None:
    assert "bezorging" in fields_named("ik wil mijn e-bike laten ophalen voor onderhoud")
    # near-miss: coming to collect it oneself is no pick-up service asked
    assert "bezorging" not in fields_named("ik kom mijn e-bike zelf ophalen na het onderhoud")


def test_a_wish_beside_a_day_question_hears_the_field_that_answers_it() -> None:
    said = suggested(
        _WERKPLAATS,
        "Wanneer zijn jullie dicht in de herfstvakantie? Ik wil mijn e-bike laten ophalen voor een grote beurt.",
    )
    assert "18" in said and "€ 8" in said, said


def test_a_day_question_without_such_a_wish_gets_only_the_day() -> None:
    # near-miss: the writer collects the bike themselves; the pick-up service is not offered
    said = suggested(
        _WERKPLAATS,
        "Wanneer zijn jullie dicht in de herfstvakantie? Dan kom ik de fiets daarna zelf wel brengen.",
    )
    assert "18" in said and "€ 8" not in said, said
