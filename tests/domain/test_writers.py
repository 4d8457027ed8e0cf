"""One repeat-writer rule: history, drafts and report agree on who is a repeat critic."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.case import Case
from app.domain.drafting import Drafter
from app.domain.flowchart import shipped_flowchart
from app.domain.profile import BusinessProfile
from app.domain.report import build_report
from app.domain.wizard import Prediction, Step
from app.domain.writers import REPEAT_MINIMUM, is_repeat_writer, repeat_with
from app.store import CaseStore
from app.store.reporting import ReportQueries

FLOW = shipped_flowchart()
NEGATIVE = ("negatief", "nee", "nee", "nee")
# Three negative cases of one writer, each ending in a different outcome.
PATHS = {
    "uitkomst_herstel": (*NEGATIVE, "ja"),
    "uitkomst_actueel": (*NEGATIVE, "nee", "reageren"),
    "uitkomst_laten_staan": (*NEGATIVE, "nee", "laten_staan"),
}


def _case(outcome: str, answers: tuple[str, ...], day: int, author: str = "Kees Kritisch") -> Case:
    questions = [FLOW.first_question.id]
    for answer in answers[:-1]:
        questions.append(FLOW.node(questions[-1]).answer(answer).next)
    path = list(zip(questions, answers, strict=True))
    assert FLOW.outcome_of(path).id == outcome
    when = datetime(2026, 10, day, 10, 0, tzinfo=UTC).isoformat()
    return Case(
        text=f"Weer niet goed, {day} oktober.",
        platform="facebook",
        author=author,
        posted_at=when,
        received_at=when,
        handled_at=when,
        prediction=Prediction("klacht", {"klacht": 0.9}, (), "test"),
        path=[Step(q, a) for q, a in path],
        outcome=outcome,
        status=FLOW.node(outcome).default_status,
    )


@pytest.fixture
def history(tmp_path: Path):
    with CaseStore.open(tmp_path / "h.sqlite3") as store:
        ids = [store.save(_case(outcome, answers, day)) for day, (outcome, answers) in enumerate(PATHS.items(), 1)]
        store.save(_case("uitkomst_herstel", PATHS["uitkomst_herstel"], 5, author="Eenmalig"))
        yield store, ids


def test_rule() -> None:
    assert not is_repeat_writer(REPEAT_MINIMUM - 1) and is_repeat_writer(REPEAT_MINIMUM)
    assert repeat_with(REPEAT_MINIMUM - 1, True) and not repeat_with(REPEAT_MINIMUM - 1, False)


def test_every_negative_branch_outcome_counts(history) -> None:
    store, _ = history
    assert set(PATHS) <= FLOW.negative_outcomes
    assert store.negative_counts_by_author()["kees kritisch"] == 3
    assert len(store.negative_cases_by("Kees Kritisch")) == 3


def test_history_drafts_and_report_agree(history) -> None:
    store, ids = history
    # History: the ↻ marker and the note on the third case.
    assert store.repeat_writers() == {"kees kritisch"}
    assert store.is_repeat_writer("Kees Kritisch", exclude_id=ids[-1])
    assert not store.is_repeat_writer("Eenmalig")
    # Drafts: the third case (a current-situation reply) gets the repeat-critic reply.
    earlier = len(store.negative_cases_by("Kees Kritisch", exclude_id=ids[1]))
    assert earlier == 2
    draft = Drafter(BusinessProfile()).draft("uitkomst_actueel", "Weer niet goed.", earlier_negative=earlier)
    assert any("negatieve reacties" in w for w in draft.warnings)
    assert (
        draft.text is not None
        and draft.text != Drafter(BusinessProfile()).draft("uitkomst_actueel", "Weer niet goed.").text
    )
    once = Drafter(BusinessProfile()).draft("uitkomst_herstel", "Weer niet goed.", earlier_negative=0)
    assert not any("negatieve reacties" in w for w in once.warnings)
    # Report: the same writer, with the same three cases.
    report = build_report(ReportQueries(store), "2026-10")
    assert report.repeat_writers == [("Kees Kritisch", 3)]
