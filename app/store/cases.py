"""The case history: save, read, search and export cases and their lessons.

All SQL of the app lives in app/store/. Every save runs in one transaction, so a
case and its lessons are stored together or not at all.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from app.domain.approval import PERSON_SETTING, clean_name, on_save
from app.domain.case import Case, Lesson
from app.domain.flowchart import shipped_flowchart
from app.domain.shared import Prediction, Step, now_iso
from app.domain.writers import is_repeat_writer, repeat_with
from app.errors import StoreError
from app.store.db import backup_path_for, backup_to, open_database, open_database_readonly, write_transaction
from app.store.team_rows import add_events, add_revision, before_save, revision_counts, team_columns

CASE_COLUMNS = (
    "id",
    "text",
    "platform",
    "author",
    "link",
    "posted_at",
    "received_at",
    "handled_at",
    "label",
    "scores",
    "flags",
    "explain",
    "model_version",
    "path",
    "outcome",
    "reply",
    "status",
    "follow_up",
    "session",
    "created_at",
    "updated_at",
    "drafted_by",
    "approved_by",
    "approved_at",
)


def _write_error(exc: sqlite3.Error) -> StoreError:
    message = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    if "full" in message:
        return StoreError("De schijf is vol: de zaak is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.")
    if "readonly" in message:
        return StoreError("De geschiedenis is alleen-lezen: de zaak is niet opgeslagen.")
    if "locked" in message or "busy" in message:
        return StoreError("De geschiedenis is bezet door een ander programma: probeer het zo opnieuw.")
    return StoreError(f"Opslaan is mislukt: {message}.")


@dataclass(frozen=True)
class CaseFilter:
    """Filters for listing cases; ``None`` means no filter."""

    month: str | None = None  # "YYYY-MM", on received_at
    label: str | None = None
    status: str | None = None
    platform: str | None = None
    author: str | None = None
    include_open_sessions: bool = True


class CaseStore:
    """The history file. Create with :meth:`open`; close when done."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.closed = False
        self.read_only = False

    @classmethod
    def open(cls, path: str | Path, verify: bool = True) -> CaseStore:
        """``verify=False``: for commands that only read, no check of every page at opening."""
        return cls(open_database(path, verify), Path(path))

    @classmethod
    def open_readonly(cls, path: str | Path) -> CaseStore:
        """For viewing only (e.g. a history of a newer version): every write fails."""
        store = cls(open_database_readonly(path), Path(path))
        store.read_only = True
        return store

    def close(self) -> None:
        if not self.closed:
            self.db.close()
            self.closed = True

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ writing

    def save(self, case: Case, by: str | None = None) -> int:
        """Insert or update a case with its lessons in one transaction; returns its id.

        ``by``: who makes this change (default: the name last chosen on this machine). Entering
        the waiting-for-approval status and changing a saved reply are recorded with that name.
        """
        case.validate()
        case.updated_at = now_iso()
        try:
            with write_transaction(self.db):
                name = self.get_setting(PERSON_SETTING, "") if by is None else clean_name(by) if by.strip() else ""
                before = before_save(self.db, case.id)
                if case.id is not None and before is None:
                    raise StoreError(f"Zaak {case.id} bestaat niet (meer).")
                events, revision = on_save(case, before, name if isinstance(name, str) else "", shipped_flowchart())
                row = _case_to_row(case)
                if case.id is None:
                    row.pop("id")
                    case.id = self.db.table("cases").insert(row).last_pk
                else:
                    self.db.table("cases").update(case.id, row)
                    self.db.execute("DELETE FROM lessons WHERE case_id = ?", [case.id])
                for lesson in case.lessons:
                    lesson.case_id = case.id
                    lesson.id = self.db.table("lessons").insert(_lesson_to_row(lesson)).last_pk
                assert case.id is not None
                add_events(self.db, case.id, events)
                add_revision(self.db, case.id, revision)
        except sqlite3.Error as exc:
            raise _write_error(exc) from None
        return int(case.id)

    def save_many(self, cases: Iterable[Case]) -> builtins.list[int]:
        """Save several cases in one transaction: all or nothing."""
        ids: builtins.list[int] = []
        try:
            with write_transaction(self.db):
                for case in cases:
                    ids.append(self.save(case))
        except sqlite3.Error as exc:
            raise _write_error(exc) from None
        return ids

    def bulk_insert(self, cases: builtins.list[Case]) -> None:
        """Insert many new cases (and their lessons) in one transaction; for imports and generators."""
        for case in cases:
            case.validate()
        try:
            with write_transaction(self.db):
                start = int(self.db.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0])
                rows = []
                for offset, case in enumerate(cases, start=1):
                    case.id = start + offset
                    rows.append(_case_to_row(case))
                self.db.table("cases").insert_all(rows, batch_size=500)
                lessons = []
                for case in cases:
                    for lesson in case.lessons:
                        lesson.case_id = case.id
                        lessons.append(_lesson_to_row(lesson))
                if lessons:
                    self.db.table("lessons").insert_all(lessons, batch_size=500)
        except sqlite3.Error as exc:
            raise _write_error(exc) from None

    def delete(self, case_id: int) -> None:
        """Remove a case and its lessons (for an unfinished case that is discarded)."""
        try:
            with write_transaction(self.db):
                for table in ("lessons", "case_events", "reply_revisions"):
                    self.db.execute(f"DELETE FROM {table} WHERE case_id = ?", [case_id])
                self.db.execute("DELETE FROM cases WHERE id = ?", [case_id])
        except sqlite3.Error as exc:
            raise _write_error(exc) from None

    # ------------------------------------------------------------ reading

    def _exists(self, case_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is not None

    def get(self, case_id: int) -> Case:
        rows = list(self.db.query("SELECT * FROM cases WHERE id = ?", [case_id]))
        if not rows:
            raise StoreError(f"Zaak {case_id} bestaat niet.")
        case = row_to_case(rows[0])
        case.lessons = self._lessons_for([case_id]).get(case_id, [])
        case.revisions = revision_counts(self.db, [case_id]).get(case_id, 0)
        return case

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM cases").fetchone()[0])

    def count_matching(self, filters: CaseFilter | None = None) -> int:
        where, params = where_of(filters or CaseFilter())
        return int(self.db.execute(f"SELECT count(*) FROM cases {where}", params).fetchone()[0])

    def list(self, filters: CaseFilter | None = None, limit: int | None = None, offset: int = 0) -> builtins.list[Case]:
        """Cases, newest first, with their lessons."""
        where, params = where_of(filters or CaseFilter())
        sql = f"SELECT * FROM cases {where} ORDER BY received_at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return self._with_lessons([row_to_case(r) for r in self.db.query(sql, params)])

    def iter_all(self, batch: int = 1000) -> Iterator[Case]:
        """Every case, oldest first, in batches (for exports of big histories)."""
        return self.iter_cases(None, batch)

    def iter_cases(
        self, filters: CaseFilter | None = None, batch: int = 1000, skip: frozenset[str] = frozenset({"explain"})
    ) -> Iterator[Case]:
        """Matching cases, oldest first, fetched in batches so memory stays flat (exports).

        ``skip`` names JSON columns (explain, path, scores, session) an export does not need:
        they are not decoded, which halves the cost per case.
        """
        where, params = where_of(filters or CaseFilter())
        where = f"{where} AND" if where else "WHERE"
        last = 0
        while True:
            rows = list(
                self.db.query(f"SELECT * FROM cases {where} id > ? ORDER BY id LIMIT ?", [*params, last, batch])
            )
            if not rows:
                return
            yield from self._with_lessons([row_to_case(r, skip) for r in rows])
            last = rows[-1]["id"]

    def iter_json_lines(self, filters: CaseFilter | None = None) -> Iterator[str]:
        """Matching cases as JSON text, oldest first: the same records as ``case_record``, built by
        SQLite's JSON functions (no Python objects per case), streamed from one statement."""
        where, params = where_of(filters or CaseFilter())
        for (line,) in self.db.execute(f"SELECT {_JSON_RECORD} FROM cases {where} ORDER BY id", params):
            yield line

    def _search_sql(self, text: str, filters: CaseFilter | None, columns: str) -> tuple[str, builtins.list[Any]] | None:
        """The full-text query (None when the text has no words); LIMIT and OFFSET still to bind."""
        cleaned = "".join(ch if ch.isprintable() and ch != '"' else " " for ch in text)
        query = " ".join(f'"{word}"' for word in cleaned.split())
        if not query:
            return None
        where, params = where_of(filters or CaseFilter(), prefix="cases.")
        where = f"{where} AND" if where else "WHERE"
        sql = f"""
            WITH hits(hit_id, score) AS (
                SELECT rowid, rank FROM cases_fts WHERE cases_fts MATCH ?
                UNION ALL
                SELECT l.case_id, f.rank FROM lessons_fts f JOIN lessons l ON l.id = f.rowid
                WHERE lessons_fts MATCH ?
            ), best AS (SELECT hit_id, min(score) AS score FROM hits GROUP BY hit_id)
            SELECT {columns} FROM best JOIN cases ON cases.id = best.hit_id
            {where} 1 = 1
            ORDER BY best.score, cases.received_at DESC, cases.id DESC LIMIT ? OFFSET ?
        """
        return sql, [query, query, *params]

    def search(
        self, text: str, filters: CaseFilter | None = None, limit: int = 200, offset: int = 0
    ) -> builtins.list[Case]:
        """Full-text search over comment, reply, author and lessons; best matches first."""
        built = self._search_sql(text, filters, "cases.*")
        if built is None:
            return self.list(filters, limit=limit, offset=offset)
        sql, params = built
        try:
            rows = list(self.db.query(sql, [*params, limit, offset]))
        except sqlite3.OperationalError as exc:
            raise StoreError(f"Zoeken lukt niet met deze zoektekst ({exc}).") from None
        return self._with_lessons([row_to_case(r) for r in rows])

    def search_json_lines(
        self, text: str, filters: CaseFilter | None = None, limit: int = 200, offset: int = 0
    ) -> Iterator[str]:
        """Like :meth:`search`, as JSON records (``case_record``) streamed from SQLite."""
        built = self._search_sql(text, filters, _JSON_RECORD)
        if built is None:
            yield from self.list_json_lines(filters, limit, offset)
            return
        sql, params = built
        try:
            cursor = self.db.execute(sql, [*params, limit, offset])
        except sqlite3.OperationalError as exc:
            raise StoreError(f"Zoeken lukt niet met deze zoektekst ({exc}).") from None
        for (line,) in cursor:
            yield line

    def list_json_lines(self, filters: CaseFilter | None = None, limit: int = 200, offset: int = 0) -> Iterator[str]:
        """Like :meth:`list`, as JSON records (``case_record``) streamed from SQLite."""
        where, params = where_of(filters or CaseFilter())
        cursor = self.db.execute(
            f"SELECT {_JSON_RECORD} FROM cases {where} ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        for (line,) in cursor:
            yield line

    def open_sessions(self) -> builtins.list[Case]:
        """Unfinished wizard walks that can be resumed, newest first."""
        rows = self.db.query("SELECT * FROM cases WHERE session IS NOT NULL ORDER BY updated_at DESC, id DESC")
        return self._with_lessons([row_to_case(r) for r in rows])

    def negative_cases_by(self, author: str, exclude_id: int | None = None) -> builtins.list[Case]:
        """Earlier negative cases of one writer (for the repeat-critic advice)."""
        if not author.strip():
            return []
        rows = self.db.query(
            "SELECT * FROM cases WHERE lower(author) = lower(?) AND id IS NOT ? ORDER BY received_at",
            [author.strip(), exclude_id],
        )
        return [c for c in (row_to_case(r) for r in rows) if c.is_negative]

    def negative_count_by(self, author: str, exclude_id: int | None = None) -> int:
        """How many earlier negative cases one writer has: the count of :meth:`negative_cases_by`,
        grouped in SQL (no case objects), for the history's detail pane."""
        if not author.strip():
            return 0
        flow = shipped_flowchart()
        rows = self.db.execute(
            "SELECT outcome, label, count(*) FROM cases WHERE lower(author) = lower(?) AND id IS NOT ? "
            "GROUP BY outcome, label",
            [author.strip(), exclude_id],
        ).fetchall()
        return sum(n for outcome, label, n in rows if flow.is_negative(outcome, label))

    def is_repeat_writer(self, author: str, *, negative: bool = True, exclude_id: int | None = None) -> bool:
        """Whether a case of ``author`` (negative or not) makes them a repeat critic (app.domain.writers)."""
        return repeat_with(len(self.negative_cases_by(author, exclude_id=exclude_id)), negative)

    def months(self) -> builtins.list[str]:
        """Months ('YYYY-MM') that have cases, newest first (for the month filter)."""
        rows = self.db.execute(
            "SELECT DISTINCT substr(received_at, 1, 7) AS m FROM cases WHERE session IS NULL ORDER BY m DESC"
        ).fetchall()
        return [r[0] for r in rows if r[0]]

    def negative_counts_by_author(self) -> dict[str, int]:
        """Per writer (lower case), how many negative cases the history holds."""
        counts: dict[str, int] = {}
        flow = shipped_flowchart()
        # Grouped in SQL (a few hundred rows even for 100,000 cases); the flowchart decides what is negative.
        rows = self.db.execute(
            "SELECT author, outcome, label, count(*) FROM cases WHERE author != '' AND session IS NULL "
            "GROUP BY author, outcome, label"
        ).fetchall()
        for author, outcome, label, n in rows:
            if flow.is_negative(outcome, label):
                key = author.strip().lower()
                counts[key] = counts.get(key, 0) + n
        return counts

    def repeat_writers(self) -> set[str]:
        """Writers (lower case) the history marks as repeat critics (the ↻ in the history)."""
        return {author for author, n in self.negative_counts_by_author().items() if is_repeat_writer(n)}

    def _lessons_for(self, case_ids: builtins.list[int]) -> dict[int, builtins.list[Lesson]]:
        result: dict[int, builtins.list[Lesson]] = {}
        for start in range(0, len(case_ids), 500):
            chunk = case_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(f"SELECT * FROM lessons WHERE case_id IN ({marks}) ORDER BY id", chunk):
                result.setdefault(row["case_id"], []).append(row_to_lesson(row))
        return result

    def _with_lessons(self, cases: builtins.list[Case]) -> builtins.list[Case]:
        ids = [c.id for c in cases if c.id is not None]
        lessons, revisions = self._lessons_for(ids), revision_counts(self.db, ids)
        for case in cases:
            case.lessons = lessons.get(case.id or -1, [])
            case.revisions = revisions.get(case.id or -1, 0)
        return cases

    # ------------------------------------------------------------ settings

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except (TypeError, json.JSONDecodeError):
            return default

    def set_setting(self, key: str, value: Any) -> None:
        try:
            with write_transaction(self.db):
                self.db.table("settings").upsert({"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key")
        except sqlite3.Error as exc:
            raise _write_error(exc) from None

    # ------------------------------------------------------------ backup

    def backup(self, target: str | Path | None = None) -> Path:
        """A consistent copy of the whole history; next to the file by default."""
        dest = Path(target) if target else backup_path_for(self.path, "reservekopie")
        return backup_to(self.db, dest, history=self.path)

    def integrity_ok(self) -> bool:
        return bool(self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


# ---------------------------------------------------------------- mapping

_VALID = "CASE WHEN json_valid({0}) THEN {0} ELSE '{1}' END"
# One case as JSON, field for field what app.domain.export.case_record makes of it
# (tests/store/test_robust.py compares the two).
_JSON_RECORD = f"""json_object(
    'id', id, 'text', text, 'platform', platform, 'author', coalesce(author, ''), 'link', coalesce(link, ''),
    'posted_at', posted_at, 'received_at', received_at, 'handled_at', handled_at,
    'label', nullif(label, ''),
    'scores', CASE WHEN coalesce(label, '') != '' THEN json({_VALID.format("scores", "{}")}) END,
    'flags', json(CASE WHEN coalesce(label, '') != '' THEN {_VALID.format("flags", "[]")} ELSE '[]' END),
    'model_version', CASE WHEN coalesce(label, '') != '' THEN coalesce(model_version, '') END,
    'path', json((SELECT json_group_array(json_object(
        'question', json_extract(value, '$.node_id'), 'answer', json_extract(value, '$.answer_id'),
        'suggested', json_extract(value, '$.suggested'), 'at', coalesce(json_extract(value, '$.answered_at'), '')))
        FROM json_each({_VALID.format("cases.path", "[]")})
        WHERE type = 'object' AND json_type(value, '$.node_id') IS NOT NULL
        AND json_type(value, '$.answer_id') IS NOT NULL)),
    'outcome', outcome, 'reply', coalesce(reply, ''), 'status', status, 'follow_up', follow_up,
    'unfinished', json(CASE WHEN session IS NOT NULL THEN 'true' ELSE 'false' END),
    'lessons', json((SELECT json_group_array(json_object(
        'text', l.text, 'tags', json({_VALID.format("l.tags", "[]")}), 'created_at', l.created_at))
        FROM (SELECT * FROM lessons WHERE case_id = cases.id ORDER BY id) AS l)),
    'drafted_by', coalesce(drafted_by, ''), 'approved_by', coalesce(approved_by, ''), 'approved_at', approved_at,
    'revisions', (SELECT count(*) FROM reply_revisions WHERE case_id = cases.id))"""


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _case_to_row(case: Case) -> dict[str, Any]:
    pred = case.prediction
    return {
        "id": case.id,
        "text": case.text,
        "platform": case.platform,
        "author": case.author or "",
        "link": case.link or "",
        "posted_at": case.posted_at,
        "received_at": case.received_at,
        "handled_at": case.handled_at,
        "label": pred.label if pred else None,
        "scores": _json(dict(pred.scores)) if pred else None,
        "flags": _json(list(pred.flags)) if pred else None,
        "explain": _json(list(pred.explain)) if pred else None,
        "model_version": pred.model_version if pred else None,
        "path": _json([_step_dict(s) for s in case.path]),
        "outcome": case.outcome,
        "reply": case.reply or "",
        "status": case.status,
        "follow_up": case.follow_up,
        "session": _json(case.session),
        "created_at": case.created_at,
        "updated_at": case.updated_at,
        "drafted_by": case.drafted_by or "",
        "approved_by": case.approved_by or "",
        "approved_at": case.approved_at,
    }


def _step_dict(step: Step) -> dict[str, Any]:
    return {
        "node_id": step.node_id,
        "answer_id": step.answer_id,
        "suggested": step.suggested,
        "answered_at": step.answered_at,
    }


def _loads(value: str | None, default: Any) -> Any:
    if not value:
        return default
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return default


def row_to_case(row: dict[str, Any], skip: frozenset[str] = frozenset()) -> Case:
    """A case from its row in ``cases`` (without lessons: see :func:`row_to_lesson`); the one mapping."""
    prediction = None
    if row.get("label"):
        prediction = Prediction(
            label=row["label"],
            scores={} if "scores" in skip else _loads(row.get("scores"), {}),
            flags=tuple(_loads(row.get("flags"), [])),
            model_version=row.get("model_version") or "",
            explain=() if "explain" in skip else tuple(_loads(row.get("explain"), [])),
        )
    steps = (
        []
        if "path" in skip
        else [
            Step(s["node_id"], s["answer_id"], s.get("suggested"), s.get("answered_at") or "")
            for s in _loads(row.get("path"), [])
            if isinstance(s, dict) and "node_id" in s and "answer_id" in s
        ]
    )
    return Case(
        id=row["id"],
        text=row["text"],
        platform=row["platform"],
        author=row.get("author") or "",
        link=row.get("link") or "",
        posted_at=row.get("posted_at"),
        received_at=row["received_at"],
        handled_at=row.get("handled_at"),
        prediction=prediction,
        path=steps,
        outcome=row.get("outcome"),
        reply=row.get("reply") or "",
        status=row["status"],
        follow_up=row.get("follow_up"),
        session=_loads(row.get("session"), None),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        **team_columns(row),
    )


def _lesson_to_row(lesson: Lesson) -> dict[str, Any]:
    return {
        "case_id": lesson.case_id,
        "text": lesson.text,
        "tags": _json([t for t in lesson.tags if t.strip()]),
        "created_at": lesson.created_at,
    }


def row_to_lesson(row: dict[str, Any]) -> Lesson:
    """A lesson from its row in ``lessons``, with the moment it was written."""
    return Lesson(
        id=row["id"],
        case_id=row["case_id"],
        text=row["text"],
        tags=list(_loads(row.get("tags"), [])),
        created_at=row["created_at"],
    )


def where_of(filters: CaseFilter, prefix: str = "") -> tuple[str, builtins.list[Any]]:
    """The WHERE clause (or '') and its parameters for ``filters``."""
    clauses: builtins.list[str] = []
    params: builtins.list[Any] = []
    if filters.month:
        year, number = (int(x) for x in filters.month.split("-"))
        following = f"{year + 1:04d}-01" if number == 12 else f"{year:04d}-{number + 1:02d}"
        clauses.append(f"{prefix}received_at >= ? AND {prefix}received_at < ?")  # a range: uses the index
        params += [filters.month, following]
    for column in ("label", "status", "platform"):
        value = getattr(filters, column)
        if value:
            clauses.append(f"{prefix}{column} = ?")
            params.append(value)
    if filters.author:
        clauses.append(f"lower({prefix}author) = lower(?)")
        params.append(filters.author)
    if not filters.include_open_sessions:
        clauses.append(f"{prefix}session IS NULL")
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
