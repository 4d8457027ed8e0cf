"""When the writer can come (app/domain/draft_writer_time.py): whether they say they work in the day."""

from __future__ import annotations

import pytest

from app.domain.draft_writer_time import works_in_the_day


@pytest.mark.parametrize(
    "text",
    [
        "Ik werk in Gent, dus zaterdag is mijn enige dag.",
        "Wij werken allebei fulltime.",
        "Als werkende papa lukt dat niet.",
    ],
)
def test_a_writer_who_works_is_read(text: str) -> None:
    assert works_in_the_day(text)


@pytest.mark.parametrize(
    "text", ["Jullie werken echt hard, chapeau!", "Het werk van Sanne is prachtig.", "Mijn fiets werkt weer."]
)
def test_work_of_others_or_a_thing_that_works_is_not(text: str) -> None:
    assert not works_in_the_day(text)
