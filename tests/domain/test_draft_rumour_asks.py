"""Two readings of whether a rumour asks us (app/domain/draft_rumour.py): asks_us is any question put to the
business (the opening thanks the writer for asking); asks_whether_true only asks whether the claim holds (a claim
merely told may be denied outright). Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_rumour_cues import asks_us, asks_whether_true


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Klopt het dat jullie stoppen met de bezorging?", "jullie stoppen met de bezorging"),
        ("klopt het dat de bakkerij sluit", "de bakkerij sluit"),
        ("Hoorde dat jullie gaan verhuizen. Gaan jullie echt verhuizen?", "jullie echt verhuizen"),
    ],
)
def test_a_claim_asked_about_is_both_asked_and_asked_whether_true(text: str, claim: str) -> None:
    assert asks_us(text)
    assert asks_whether_true(text, claim)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Jullie frieten komen gewoon uit de diepvries. Waarom eigenlijk?", "jullie frieten komen uit de diepvries"),
        ("Die taarten zijn van de groothandel. Hoe durven jullie?", "die taarten zijn van de groothandel"),
    ],
)
def test_a_claim_told_with_another_question_asks_us_but_not_whether_true(text: str, claim: str) -> None:
    assert asks_us(text)
    assert not asks_whether_true(text, claim)


@pytest.mark.parametrize(
    "text",
    ["De kapper gaat dicht. Weet iemand een andere?", "Wist je dat de kroketten diepvries zijn?", "Ze stoppen."],
)
def test_a_question_to_the_other_readers_asks_us_nothing(text: str) -> None:
    assert not asks_us(text)
