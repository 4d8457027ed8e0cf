from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.flowchart import shipped_flowchart
from app.domain.wizard import Comment, Prediction, WizardError, WizardSession

FLOW = shipped_flowchart()
SCORES = {"positief": 0.02, "vraag": 0.03, "klacht": 0.85, "onwaarheid": 0.05, "grap_satire": 0.02, "beledigend": 0.03}


def session(prediction: Prediction | None = None) -> WizardSession:
    return WizardSession(FLOW, Comment("Al drie weken wacht ik op mijn pakket!", "facebook", "Sanne"), prediction)


def test_walk_answer_back_path_and_outcome() -> None:
    s = session()
    assert s.current.id == "aard"
    assert [a.id for a in s.current.answers] == ["positief", "negatief", "vraag"]
    s.answer("negatief")
    assert s.current.id == "beledigend"
    s.answer("nee")
    s.answer("nee")
    s.back()
    assert s.current.id == "grap"
    for answer in ("nee", "nee", "ja"):
        s.answer(answer)
    assert s.finished
    assert s.outcome.id == "uitkomst_herstel"
    assert [(p.node_id, p.answer_id) for p in s.path] == [
        ("aard", "negatief"),
        ("beledigend", "nee"),
        ("grap", "nee"),
        ("onwaarheid", "nee"),
        ("ontevreden", "ja"),
    ]
    assert s.visited_node_ids[-1] == "uitkomst_herstel"


def test_back_at_start_stays_and_answer_after_finish_fails() -> None:
    s = session()
    assert s.back().id == "aard"
    s.answer("vraag")
    s.answer("ja")
    with pytest.raises(WizardError):
        s.answer("ja")


def test_unknown_answer_is_refused_with_options() -> None:
    s = session()
    with pytest.raises(WizardError, match="positief, negatief, vraag"):
        s.answer("misschien")
    assert s.path == []


def test_suggestion_confidence_and_overrule_recorded() -> None:
    s = session(Prediction("klacht", SCORES, (), "test-1"))
    sug = s.suggestion()
    assert sug.answer_id == "negatief"
    assert sug.confidence == pytest.approx(0.85 + 0.05 + 0.02 + 0.03)
    s.answer("negatief")
    assert s.suggestion().answer_id == "nee"  # not insulting
    s.answer("ja")  # user overrules: calls it insulting
    assert s.path[0].against_suggestion is False
    assert s.path[1].suggested == "nee" and s.path[1].against_suggestion is True
    assert s.outcome.id == "uitkomst_beledigend"


def test_flag_decides_suggestion() -> None:
    s = session(Prediction("klacht", SCORES, ("bedreiging",), "test-1"))
    s.answer("negatief")
    sug = s.suggestion()
    assert sug.answer_id == "ja" and sug.reason == "bedreiging"


def test_without_prediction_no_suggestion_but_walk_works() -> None:
    s = session()
    assert s.suggestion() is None
    s.answer("positief")
    assert s.suggestion() is None


def test_serialise_and_resume_unfinished() -> None:
    s = session(Prediction("klacht", SCORES, ("suggestie",), "test-1", ("pakket",)))
    s.answer("negatief")
    s.answer("nee")
    text = s.to_json()
    restored = WizardSession.from_json(FLOW, text)
    assert restored.current.id == "grap"
    assert restored.comment == s.comment
    assert restored.prediction == s.prediction
    assert [(p.node_id, p.answer_id, p.suggested) for p in restored.path] == [
        (p.node_id, p.answer_id, p.suggested) for p in s.path
    ]
    restored.answer("nee")
    assert restored.current.id == "onwaarheid"


def test_restore_drops_steps_that_no_longer_fit() -> None:
    s = session()
    s.answer("negatief")
    s.answer("nee")
    data = json.loads(s.to_json())
    data["steps"][1]["answer_id"] = "weggehaald"
    restored = WizardSession.from_dict(FLOW, data)
    assert [p.answer_id for p in restored.path] == ["negatief"]


@pytest.mark.parametrize("text", ["", "{", "[]", '{"format": 99}', '{"format": 1}'])
def test_restore_garbage_fails_clearly(text: str) -> None:
    with pytest.raises(WizardError):
        WizardSession.from_json(FLOW, text)


def test_unknown_platform_refused() -> None:
    with pytest.raises(WizardError, match="platform"):
        Comment("hoi", platform="myspace")


@given(st.text(max_size=300), st.sampled_from(["facebook", "x", "google", "overig"]))
def test_any_comment_text_roundtrips(text: str, platform: str) -> None:
    s = WizardSession(FLOW, Comment(text, platform, author=text[:20], link=text[-20:]))
    s.answer("negatief")
    again = WizardSession.from_json(FLOW, s.to_json())
    assert again.comment.text == text and again.current.id == "beledigend"


def test_unsure_prediction_offers_two_answers_only_where_they_differ() -> None:
    prediction = Prediction(
        "klacht", {"klacht": 0.5, "beledigend": 0.45}, uncertain=True, candidates=("klacht", "beledigend")
    )
    session = WizardSession(FLOW, Comment("k*tzaak", "facebook"), prediction)
    first = session.suggestion()
    assert first is not None and first.answer_id == "negatief" and not first.uncertain  # both are negative
    session.answer("negatief")
    second = session.suggestion()
    assert second is not None and second.uncertain
    assert {second.answer_id, second.alternative} == {"ja", "nee"}
    again = Prediction.from_dict(prediction.to_dict())
    assert again.uncertain and again.candidates == ("klacht", "beledigend")
    sure = Prediction("klacht", {"klacht": 0.9})
    assert "uncertain" not in sure.to_dict() and not Prediction.from_dict(sure.to_dict()).uncertain
