"""Holiday answers (app/domain/draft_holiday_answers.py): a day asked names only itself ('11 november' is not
'1 november'), and a holiday line that says 'open' itself is not said as 'open: alleen ... open'. A bistro and
sentences of its own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_OUTCOME = "uitkomst_vraag_beantwoorden"


_BISTRO = BusinessProfile(
    name="Bistro Het Veer",
    kind="restaurant",
    signers=["Ine"],
    voice="wij",
    register="je",
    email="info@hetveer.be",
    opening_hours="wo–zo 11:30–22:00",
    holidays="1 mei: open; 21 mei: alleen 's avonds open (18:00–22:00); 25 december: gesloten",
)


@pytest.mark.parametrize("text", ["Zijn jullie open op 21 mei? Met de kleinkinderen", "21 mei open?? rond 18u"])
def test_a_day_that_contains_another_day_answers_only_its_own(text: str) -> None:
    made = draft_text(_BISTRO, _OUTCOME, text)
    assert "1 mei geldt" not in made and "alleen 's avonds open (18:00–22:00)" in made, made
    assert "open: alleen" not in made, made


_FRITUUR = BusinessProfile(
    name="Frituur 't Hoekske",
    kind="frituur",
    signers=["Wout"],
    voice="wij",
    register="je",
    phone="09 233 44 55",
    opening_hours="wo–zo 11:30–14:00 en 17:00–21:30",
    holidays="15 augustus: alleen 's middags open (11:30–14:00); 25 december: gesloten",
)


@pytest.mark.parametrize(
    "comment",
    [
        "zijn jullie open op 15 augustus? 's avonds met de hele bende",
        "Open op 15 augustus 's avonds??",
        "ZIJN JULLIE 15 AUGUSTUS OPEN? wij willen komen eten na de wandeling",
    ],
)
def test_a_day_open_only_in_part_gets_no_yes(comment: str) -> None:
    text = draft_text(_FRITUUR, _OUTCOME, comment, "x")
    assert "alleen 's middags open (11:30–14:00)" in text, text
    assert "Ja," not in text
