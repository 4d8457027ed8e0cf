"""How the assistant reads a comment: sentence by sentence for flags, honest about doubt,
explanations from the model's own weights, questions inside complaints, long text capped."""

from __future__ import annotations

import math

import pytest

from app.domain.categories import CATEGORIES, FLAGS
from app.nlp.pipeline import MAX_CHARS, Assistant


@pytest.fixture(scope="module")
def assistant(shipped_assistant: Assistant) -> Assistant:
    return shipped_assistant


COMPLAINT = (
    "Vorige week mijn fiets gebracht voor een nieuwe ketting. Hij zou dinsdag klaar zijn. "
    "Dinsdag gebeld, niemand nam op. Woensdag erheen, fiets stond nog buiten in de regen. "
)
THREAT = "Als ik die monteur nog een keer zie, sla ik zijn kop in."


@pytest.mark.parametrize("before", [0, 2, 4])
def test_threat_is_found_wherever_it_stands(assistant: Assistant, before: int) -> None:
    sentences = COMPLAINT.split(". ")
    text = ". ".join(sentences[:before]) + (". " if before else "") + THREAT
    result = assistant.analyse(text)
    assert "bedreiging" in result.flags, (before, result.flag_scores)
    assert result.explain_flags["bedreiging"], "the flag names the words in the threatening sentence"
    assert all(w in THREAT for w in result.explain_flags["bedreiging"])


@pytest.mark.parametrize("text", [".", "...", "👍", "😡😡😡", "?", "   "])
def test_no_words_no_flags_and_unsure(assistant: Assistant, text: str) -> None:
    result = assistant.analyse(text)
    assert result.flags == ()
    assert result.uncertain
    assert len(result.candidates) == 2 and result.candidates[0] == result.label


def test_one_word_accusation_gets_no_threat_or_hate(assistant: Assistant) -> None:
    result = assistant.analyse("Nep")
    assert "bedreiging" not in result.flags and "haat" not in result.flags


def test_uncertain_output_names_two_candidates_with_reasons(assistant: Assistant) -> None:
    data = assistant.analyse("👍").to_dict()
    assert data["uncertain"] is True
    assert len(data["candidates"]) == 2
    assert set(data["candidates"]) <= set(CATEGORIES)
    clear = assistant.analyse("Stelletje oplichters, schaam je kapot, tuig van de richel!").to_dict()
    assert clear["uncertain"] is False and "explain_candidates" not in clear


def test_scores_are_calibrated_probabilities(assistant: Assistant) -> None:
    result = assistant.analyse("Zijn jullie op tweede paasdag open?")
    assert sum(result.scores.values()) == pytest.approx(1.0, abs=1e-3)
    assert 0.0 < assistant.uncertain_below < 1.0
    assert set(assistant.flag_thresholds) == set(FLAGS)


def test_explained_words_moved_the_score(assistant: Assistant) -> None:
    """Leaving out an explained word lowers the label's log-odds: the words shown are words that counted."""
    text = "Stelletje oplichters, schaam je kapot, tuig van de richel!"
    result = assistant.analyse(text)
    assert result.explain

    def logit(p: float) -> float:
        p = min(max(p, 1e-7), 1 - 1e-7)
        return math.log(p / (1 - p))

    base = logit(result.scores[result.label])
    for word in result.explain:
        without = assistant.analyse(text.replace(word, " "), explain=False)
        assert logit(without.scores[result.label]) < base, word


def test_complaint_with_a_question_keeps_the_question(assistant: Assistant) -> None:
    text = "Mijn taart was helemaal ingezakt toen ik hem ophaalde. Gaan jullie dit vergoeden?"
    result = assistant.analyse(text)
    assert result.questions == ("Gaan jullie dit vergoeden?",)
    assert "questions" in result.to_dict()


def test_long_comment_is_capped_and_says_so(assistant: Assistant) -> None:
    result = assistant.analyse("Wat een slechte service. " * 400)
    assert result.analysed_chars == MAX_CHARS
    assert result.to_dict()["analysed_chars"] == MAX_CHARS
    assert "analysed_chars" not in assistant.analyse("Kort.").to_dict()


def test_prediction_carries_doubt_to_the_wizard(assistant: Assistant) -> None:
    prediction = assistant.analyse("👍").prediction()
    assert prediction.uncertain and len(prediction.candidates) == 2
    from app.domain.wizard import Prediction

    again = Prediction.from_dict(prediction.to_dict())
    assert again.uncertain and again.candidates == prediction.candidates
