"""The proposed path: every question with the assistant's answer, stopping where it is unsure."""

from __future__ import annotations

import pytest

from app.domain.flowchart import shipped_flowchart
from app.domain.suggest import auto_walk
from app.domain.wizard import Comment, Prediction, WizardError, WizardSession

FLOW = shipped_flowchart()


def sure(label: str, flags: tuple[str, ...] = ()) -> Prediction:
    return Prediction(label, {label: 0.9}, flags)


@pytest.mark.parametrize("label", ["klacht", "onwaarheid", "grap_satire", "beledigend"])
def test_a_sure_assistant_proposes_the_whole_path(label: str) -> None:
    session = WizardSession(FLOW, Comment("tekst"), sure(label))
    steps, outcome = session.propose()
    assert outcome is not None and outcome.category == label
    assert all(not s.open and not s.chosen_by_user for s in steps)
    path, expected = auto_walk(FLOW, label, (), can_answer=False)
    assert [(s.node.id, s.answer_id) for s in steps] == path and outcome is expected
    assert session.steps == []  # proposing changes nothing yet
    assert session.follow(steps) is outcome
    assert [(s.node_id, s.answer_id) for s in session.path] == path
    assert not any(s.against_suggestion for s in session.path)


def test_the_walk_stops_where_the_assistant_has_no_opinion() -> None:
    session = WizardSession(FLOW, Comment("Zijn jullie open?"), sure("vraag"))
    steps, outcome = session.propose()
    assert outcome is None and steps[-1].open and steps[-1].suggestion is None
    with pytest.raises(WizardError):
        session.follow(steps)
    last = steps[-1].node
    steps, outcome = session.propose({last.id: last.answers[0].id})
    assert outcome is not None and steps[-1].chosen_by_user


def test_the_walk_stops_where_two_guesses_part_ways() -> None:
    unsure = Prediction(
        "klacht", {"klacht": 0.5, "beledigend": 0.45}, uncertain=True, candidates=("klacht", "beledigend")
    )
    session = WizardSession(FLOW, Comment("tekst"), unsure)
    steps, outcome = session.propose()
    assert outcome is None
    assert [s.open for s in steps] == [False] * (len(steps) - 1) + [True]
    assert steps[-1].suggestion is not None and steps[-1].suggestion.uncertain


def test_a_choice_wins_and_records_the_override() -> None:
    session = WizardSession(FLOW, Comment("tekst"), sure("klacht"))
    first = FLOW.first_question
    other = next(a for a in first.answers if "positief" in a.labels)
    steps, _ = session.propose({first.id: other.id, "niet_een_vraag": "x"})
    assert steps[0].answer_id == other.id and steps[0].chosen_by_user
    chosen = {first.id: other.id}
    steps, outcome = session.propose(chosen)
    while outcome is None:  # where the walk stops, the person picks
        chosen[steps[-1].node.id] = steps[-1].node.answers[0].id
        steps, outcome = session.propose(chosen)
    session.follow(steps)
    assert session.path[0].against_suggestion and session.outcome is outcome


def test_without_the_assistant_the_walk_stops_at_the_first_question() -> None:
    steps, outcome = WizardSession(FLOW, Comment("tekst")).propose()
    assert outcome is None and len(steps) == 1 and steps[0].node is FLOW.first_question
