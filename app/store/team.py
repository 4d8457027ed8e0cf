"""Approval and reply changes in the history: submit, approve, send back, edit a saved reply,
and the names used on this machine. Every step is one write transaction (the case, its event and
any revision together). What the steps mean is in app/domain/approval.py."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from app.domain import approval
from app.domain.approval import ReplyRevision, TeamEvent, TeamFigures
from app.domain.case import Case
from app.domain.flowchart import APPROVAL_WAITING, Flowchart, shipped_flowchart
from app.errors import StoreError
from app.store.cases import CaseFilter, CaseStore
from app.store.db import write_transaction
from app.store.team_rows import add_events, events_of, revisions_of


@dataclass
class TeamRecord:
    """A case's approval story: the events in order and the earlier versions of its reply."""

    case: Case
    events: list[TeamEvent] = field(default_factory=list)
    revisions: list[ReplyRevision] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.case.id,
            "status": self.case.status,
            "drafted_by": self.case.drafted_by,
            "approved_by": self.case.approved_by,
            "approved_at": self.case.approved_at,
            "events": [{"kind": e.kind, "by": e.by, "at": e.at, "comment": e.comment} for e in self.events],
            "revisions": [{"previous": r.previous, "by": r.by, "at": r.at} for r in self.revisions],
        }


def _flow(flow: Flowchart | None) -> Flowchart:
    return flow or shipped_flowchart()


def record(store: CaseStore, case_id: int) -> TeamRecord:
    """The case with its approval events and reply revisions."""
    return TeamRecord(store.get(case_id), events_of(store.db, case_id), revisions_of(store.db, case_id))


def _step(store: CaseStore, case_id: int, change: Any, by: str, reply: str | None) -> TeamRecord:
    """Load, change (a domain step that returns its event or None), save: one transaction."""
    try:
        with write_transaction(store.db):
            case = store.get(case_id)
            if reply is not None:
                case.reply = reply
            event = change(case)
            store.save(case, by=by)
            assert case.id is not None
            if event is not None:
                add_events(store.db, case.id, [event])
    except sqlite3.Error as exc:
        raise StoreError(f"Opslaan is mislukt: {str(exc).splitlines()[0]}.") from None
    remember(store, by)
    return record(store, case_id)


def submit(
    store: CaseStore, case_id: int, by: str, reply: str | None = None, flow: Flowchart | None = None
) -> TeamRecord:
    """Put a handled case up for approval, drafted by ``by`` (optionally with its reply changed, kept
    as a revision); the submission itself is recorded when the case is saved."""
    name = approval.clean_name(by)
    return _step(store, case_id, lambda case: approval.submit(case, _flow(flow)), name, reply)


def approve(
    store: CaseStore, case_id: int, by: str, reply: str | None = None, flow: Flowchart | None = None
) -> TeamRecord:
    """Approve a waiting reply (optionally as edited by the approver, kept as a revision)."""
    name = approval.clean_name(by)
    return _step(store, case_id, lambda case: approval.approve(case, name, _flow(flow)), name, reply)


def send_back(
    store: CaseStore, case_id: int, by: str, comment: str, reply: str | None = None, flow: Flowchart | None = None
) -> TeamRecord:
    """Send a waiting reply back to its drafter with a comment."""
    name = approval.clean_name(by)
    return _step(store, case_id, lambda case: approval.send_back(case, name, comment, _flow(flow)), name, reply)


def edit_reply(store: CaseStore, case_id: int, reply: str, by: str) -> TeamRecord:
    """Change a saved reply; the previous text is kept with who changed it and when."""
    name = approval.clean_name(by)
    return _step(store, case_id, lambda _case: None, name, reply)


def waiting_count(store: CaseStore, flow: Flowchart | None = None) -> int:
    waiting = _flow(flow).approval_status(APPROVAL_WAITING)
    return store.count_matching(CaseFilter(status=waiting, include_open_sessions=False))


# ---------------------------------------------------------------- names on this machine


def person(store: CaseStore) -> str:
    """The name last chosen on this machine ("" when none)."""
    value = store.get_setting(approval.PERSON_SETTING, "")
    return value if isinstance(value, str) else ""


def people(store: CaseStore) -> list[str]:
    """The names used on this machine, the latest first."""
    value = store.get_setting(approval.PEOPLE_SETTING, [])
    return [p for p in value if isinstance(p, str) and p.strip()] if isinstance(value, list) else []


def remember(store: CaseStore, name: str) -> str:
    """Remember ``name`` as the one working on this machine now; returns it tidied."""
    name = approval.clean_name(name)
    with write_transaction(store.db):
        store.set_setting(approval.PERSON_SETTING, name)
        store.set_setting(approval.PEOPLE_SETTING, approval.remembered(people(store), name))
    return name


# ---------------------------------------------------------------- the monthly report


def month_figures(db: sqlite_utils.Database, month: str, flow: Flowchart | None = None) -> TeamFigures:
    """Per person what they submitted, approved and sent back in ``month`` (by when it happened),
    and how many replies wait for approval now."""
    year, number = (int(x) for x in month.split("-"))
    following = f"{year + 1:04d}-01" if number == 12 else f"{year:04d}-{number + 1:02d}"
    rows = db.execute(
        "SELECT person, kind, count(*) FROM case_events WHERE at >= ? AND at < ? AND person != '' "
        "GROUP BY person, kind",
        [month, following],
    ).fetchall()
    waiting = db.execute(
        "SELECT count(*) FROM cases WHERE status = ? AND session IS NULL",
        [_flow(flow).approval_status(APPROVAL_WAITING)],
    ).fetchone()[0]
    return approval.team_figures({(p, k): n for p, k, n in rows}, int(waiting))
