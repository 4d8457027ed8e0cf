"""Which language a comment is in: a short English question naming an English holiday is English; a Dutch
comment that borrows an English holiday name stays Dutch."""

from __future__ import annotations

import pytest

from app.domain.drafting import Drafter
from app.domain.language import language_of
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

LUNCHROOM = BusinessProfile(
    name="Lunchroom De Linde",
    kind="restaurant",
    signers=["Petra"],
    voice="wij",
    register="je",
    email="hallo@delinde.nl",
    opening_hours="di–za 09:00–17:00",
    holidays="tweede kerstdag: 10:00–15:00; 1 januari: dicht",
)


@pytest.mark.parametrize(
    "text",
    ["Open on Boxing Day??", "Open New Year's Day?", "Are you open on Christmas Eve?"],
)
def test_short_english_questions_are_english(text: str) -> None:
    assert language_of(text) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Zijn jullie open op Christmas Eve?",
        "Wij vieren Boxing Day bij jullie, leuk!",
        "Open op tweede kerstdag?",
        "Fijne feestdagen allemaal!",
        "Morgen open?",
    ],
)
def test_dutch_comments_with_an_english_word_stay_dutch(text: str) -> None:
    assert language_of(text) == "nl"


def test_a_bare_english_holiday_question_gets_an_english_answer_from_the_holidays() -> None:
    draft = Drafter(LUNCHROOM, analyser=analyse_topics).draft("uitkomst_vraag_beantwoorden", "Open on Boxing Day??")
    text = draft.text or ""
    assert "10:00" in text and "Boxing Day" in text and "[vul in" not in text
