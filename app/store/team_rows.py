"""The rows of the team tables (case_events, reply_revisions): the one mapping, written inside
the caller's transaction. See app/domain/approval.py for what they mean."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from app.domain.approval import Before, ReplyRevision, TeamEvent


def before_save(db: sqlite_utils.Database, case_id: int | None) -> Before | None:
    """What the history holds for a case before it is saved over (None for a new case)."""
    if case_id is None:
        return None
    row = db.execute("SELECT status, reply, session IS NULL FROM cases WHERE id = ?", [case_id]).fetchone()
    return None if row is None else Before(row[0], row[1] or "", bool(row[2]))


def add_events(db: sqlite_utils.Database, case_id: int, events: list[TeamEvent]) -> None:
    for event in events:
        db.execute(
            "INSERT INTO case_events (case_id, kind, person, at, comment) VALUES (?, ?, ?, ?, ?)",
            [case_id, event.kind, event.by, event.at, event.comment],
        )


def add_revision(db: sqlite_utils.Database, case_id: int, revision: ReplyRevision | None) -> None:
    if revision is not None:
        db.execute(
            "INSERT INTO reply_revisions (case_id, previous, person, at) VALUES (?, ?, ?, ?)",
            [case_id, revision.previous, revision.by, revision.at],
        )


def events_of(db: sqlite_utils.Database, case_id: int) -> list[TeamEvent]:
    rows = db.execute(
        "SELECT kind, person, at, comment FROM case_events WHERE case_id = ? ORDER BY at, id", [case_id]
    ).fetchall()
    return [TeamEvent(kind, person, at, comment, case_id) for kind, person, at, comment in rows]


def revisions_of(db: sqlite_utils.Database, case_id: int) -> list[ReplyRevision]:
    rows = db.execute(
        "SELECT previous, person, at FROM reply_revisions WHERE case_id = ? ORDER BY at, id", [case_id]
    ).fetchall()
    return [ReplyRevision(previous, person, at, case_id) for previous, person, at in rows]


def revision_counts(db: sqlite_utils.Database, case_ids: list[int]) -> dict[int, int]:
    """How many earlier versions of the reply each case has (cases without any are left out)."""
    counts: dict[int, int] = {}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT case_id, count(*) FROM reply_revisions WHERE case_id IN ({marks}) GROUP BY case_id"
        counts.update((int(case_id), int(n)) for case_id, n in db.execute(sql, chunk))
    return counts


def team_columns(row: dict[str, Any]) -> dict[str, Any]:
    """The case's team fields from its row (empty for rows read without them)."""
    return {
        "drafted_by": row.get("drafted_by") or "",
        "approved_by": row.get("approved_by") or "",
        "approved_at": row.get("approved_at"),
    }
