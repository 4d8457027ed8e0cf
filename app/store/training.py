"""Trainee progress: who practised which case, with what score and which mistakes."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.domain.shared import now_iso
from app.domain.training import PracticeResult
from app.errors import StoreError
from app.store.cases import CaseStore
from app.store.db import write_transaction


@dataclass(frozen=True)
class Trainee:
    id: int
    name: str


@dataclass(frozen=True)
class CaseProgress:
    case_id: str
    attempts: int
    best: int
    last: int
    last_mistakes: int


class TrainingStore:
    """Practice data in the same history file (its own tables)."""

    def __init__(self, store: CaseStore) -> None:
        self.db = store.db

    def trainees(self) -> list[Trainee]:
        return [
            Trainee(r["id"], r["name"])
            for r in self.db.query("SELECT id, name FROM trainees ORDER BY name COLLATE NOCASE")
        ]

    def trainee(self, name: str) -> Trainee:
        """The trainee with this name (created on first use; names ignore case)."""
        clean = " ".join(name.split())
        if not clean:
            raise StoreError("Vul je naam in om te oefenen.")
        if len(clean) > 80:
            raise StoreError("Die naam is te lang (maximaal 80 tekens).")
        for trainee in self.trainees():
            if trainee.name.lower() == clean.lower():
                return trainee
        try:
            with write_transaction(self.db):
                new_id = self.db.table("trainees").insert({"name": clean, "created_at": now_iso()}).last_pk
        except sqlite3.Error as exc:
            raise StoreError(f"Kan de oefenaar niet opslaan: {exc}") from None
        return Trainee(_pk(new_id), clean)

    def record_attempt(self, trainee: Trainee, result: PracticeResult, score: int) -> int:
        answers = [
            {"question": s.question, "chosen": s.chosen, "expected": s.expected, "correct": s.correct}
            for s in result.steps
        ]
        row = {
            "trainee_id": trainee.id,
            "case_id": result.case_id,
            "finished_at": now_iso(),
            "score": score,
            "correct": result.correct_steps,
            "steps": len(result.steps),
            "answers": json.dumps(answers, ensure_ascii=False),
            "checked": json.dumps(result.checked),
            "reply": result.reply,
        }
        try:
            with write_transaction(self.db):
                return _pk(self.db.table("practice_attempts").insert(row).last_pk)
        except sqlite3.Error as exc:
            raise StoreError(f"De oefening is niet opgeslagen: {exc}") from None

    def progress(self, trainee: Trainee) -> dict[str, CaseProgress]:
        rows = list(
            self.db.query(
                "SELECT case_id, score, answers FROM practice_attempts WHERE trainee_id = ? ORDER BY id", [trainee.id]
            )
        )
        result: dict[str, CaseProgress] = {}
        for row in rows:
            mistakes = sum(1 for a in json.loads(row["answers"] or "[]") if not a.get("correct"))
            old = result.get(row["case_id"])
            result[row["case_id"]] = CaseProgress(
                row["case_id"],
                (old.attempts if old else 0) + 1,
                max(old.best if old else 0, row["score"]),
                row["score"],
                mistakes,
            )
        return result

    def to_revisit(self, trainee: Trainee) -> list[str]:
        """Cases whose latest attempt had mistakes: worth another go."""
        return [p.case_id for p in self.progress(trainee).values() if p.last_mistakes > 0]

    def record_crisis(self, trainee: Trainee, scenario_id: str, score: int, decisions: list[dict[str, Any]]) -> int:
        row = {
            "trainee_id": trainee.id,
            "scenario_id": scenario_id,
            "finished_at": now_iso(),
            "score": score,
            "decisions": json.dumps(decisions, ensure_ascii=False),
        }
        try:
            with write_transaction(self.db):
                return _pk(self.db.table("crisis_runs").insert(row).last_pk)
        except sqlite3.Error as exc:
            raise StoreError(f"De crisisoefening is niet opgeslagen: {exc}") from None

    def crisis_scores(self, trainee: Trainee) -> dict[str, int]:
        """Best score per scenario."""
        rows = self.db.query(
            "SELECT scenario_id, max(score) AS best FROM crisis_runs WHERE trainee_id = ? GROUP BY scenario_id",
            [trainee.id],
        )
        return {r["scenario_id"]: r["best"] for r in rows}


def _pk(value: object) -> int:
    """The row id sqlite-utils reports for an insert into a table with an integer key."""
    if not isinstance(value, int):
        raise StoreError("Kan de opgeslagen rij niet terugvinden.")
    return value
