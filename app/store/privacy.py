"""Privacy in the history file: retention, erasing one person for good, and the register's facts.

Erasing is thorough: the person's cases (also unfinished ones, the autosaves) and the lessons that
name them are deleted, the name is cut out of every other text in every table, the search index is
rebuilt, and the file is rebuilt (``VACUUM``) and its WAL emptied (``wal_checkpoint(TRUNCATE)``),
so the name's bytes are nowhere in the file or its WAL. ``secure_delete`` overwrites what is deleted
in between. Only the fact that an erasure happened is recorded, never the name.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.anonymise import Pseudonyms
from app.domain.privacy import (
    ERASED,
    ErasureRecord,
    ForgetOutcome,
    RegisterFacts,
    RetentionPolicy,
    cutoff,
    person_pattern,
    register_text,
    signer_role,
    stored_reason,
    token_pattern,
)
from app.domain.shared import now_iso
from app.errors import StoreError
from app.store.cases import CaseStore
from app.store.db import write_transaction

POLICY_KEY = "privacy.bewaartermijn"
LOG_KEY = "privacy.wissingen"
BACKUP_LABELS = ("reservekopie", "voor-migratie", "voor-terugzetten")
_SKIP_TABLES = ("_sqlite_migrations", "sqlite_")
BATCH = 500
MODEL_SUFFIX = ".model"  # the learned assistant's folder next to the history (app.nlp.adapt)
PREVIOUS_SUFFIX = ".model.vorige"


def load_policy(store: CaseStore) -> RetentionPolicy:
    return RetentionPolicy.from_dict(store.get_setting(POLICY_KEY, {}))


def save_policy(store: CaseStore, policy: RetentionPolicy) -> None:
    policy.validate()
    policy.reason = stored_reason(policy.reason)
    policy.chosen_at = now_iso()
    store.set_setting(POLICY_KEY, policy.to_dict())


def erasures(store: CaseStore) -> list[ErasureRecord]:
    raw = store.get_setting(LOG_KEY, [])
    records = [ErasureRecord.from_dict(item) for item in raw] if isinstance(raw, list) else []
    return [r for r in records if r is not None]


def backups_of(path: Path) -> list[Path]:
    """Backups the app made next to the history (reservekopie, voor-migratie, voor-terugzetten)."""
    path = Path(path)
    found: list[Path] = []
    try:
        for candidate in path.parent.iterdir():
            name = candidate.name
            if name.startswith(f"{path.stem}.") and any(f".{label}-" in name for label in BACKUP_LABELS):
                found.append(candidate)
    except OSError:
        return []
    return sorted(found)


# ---------------------------------------------------------------- the tables


def _text_columns(store: CaseStore) -> dict[str, list[str]]:
    """Every ordinary table with its text columns (not the search index, not SQLite's own)."""
    result: dict[str, list[str]] = {}
    virtual = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")}
    for table in store.db.table_names():
        if table.startswith(_SKIP_TABLES) or table in virtual or any(table.startswith(v + "_") for v in virtual):
            continue
        columns = [
            row[1]
            for row in store.db.execute(f'PRAGMA table_info("{table}")').fetchall()
            if row[2].upper() in ("TEXT", "")
        ]
        if columns:
            result[table] = columns
    return result


def _children_of(store: CaseStore, parent: str) -> list[tuple[str, str]]:
    """(table, column) pairs that refer to ``parent``'s id by a foreign key."""
    pairs = []
    for table in store.db.table_names():
        for row in store.db.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
            if row[2] == parent:
                pairs.append((table, row[3]))
    return pairs


def _delete_cases(store: CaseStore, ids: list[int]) -> int:
    """Delete cases with everything that refers to them; returns the number of lessons deleted."""
    lessons = 0
    children = _children_of(store, "cases")
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        marks = ",".join("?" * len(chunk))
        for table, column in children:
            cursor = store.db.execute(f'DELETE FROM "{table}" WHERE "{column}" IN ({marks})', chunk)
            if table == "lessons":
                lessons += cursor.rowcount
        store.db.execute(f"DELETE FROM cases WHERE id IN ({marks})", chunk)
    return lessons


@dataclass(frozen=True)
class _Erase:
    """What to cut out: ``pattern`` everywhere; ``own`` (also a surname guessed from a handle) in the
    person's own records, JSON objects that name ``writer`` as one of their values (an autosave of
    their comment); elsewhere 'de bakker' stays the baker."""

    pattern: re.Pattern[str]
    own: re.Pattern[str]
    writer: re.Pattern[str]

    def text(self, value: str) -> str:
        """Cut the name out of a text; JSON stays valid JSON (names only inside its strings)."""
        stripped = value.lstrip()
        if stripped[:1] in ("{", "["):
            try:
                data = json.loads(value)
            except ValueError:
                return self.pattern.sub(ERASED, value)
            return json.dumps(self._walk(data, self.pattern), ensure_ascii=False)
        return self.pattern.sub(ERASED, value)

    def _walk(self, data: Any, pattern: re.Pattern[str]) -> Any:
        if isinstance(data, str):
            return pattern.sub(ERASED, data)
        if isinstance(data, list):
            return [self._walk(v, pattern) for v in data]
        if isinstance(data, dict):
            if any(isinstance(v, str) and self.writer.fullmatch(v.strip()) for v in data.values()):
                pattern = self.own  # the person's own record: their surname and first name go too
            return {pattern.sub(ERASED, k): self._walk(v, pattern) for k, v in data.items()}
        return data


def _scrub_tables(store: CaseStore, erase: _Erase) -> int:
    """Replace the name in every text column of every table; returns the number of values changed."""
    changed = 0
    for table, columns in _text_columns(store).items():
        for column in columns:
            rows = store.db.execute(f'SELECT rowid, "{column}" FROM "{table}" WHERE rw_names("{column}")').fetchall()
            for rowid, value in rows:
                store.db.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', [erase.text(value), rowid])
                changed += 1
    return changed


def _fts_tables(store: CaseStore) -> list[str]:
    rows = store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING FTS%'"
    ).fetchall()
    return [r[0] for r in rows]


def compact(store: CaseStore, *, thorough: bool = True) -> bool:
    """Merge the search index (dropping what was deleted) and empty the WAL; ``thorough`` (an
    erasure) also rebuilds the index from the texts and the whole file. Returns whether the WAL is
    empty. With ``secure_delete`` the pages that merging frees are overwritten; rebuilding the
    file (``VACUUM``) leaves no free page at all, at the cost of rewriting it (seconds for 100,000 cases).
    """
    with write_transaction(store.db):
        for table in _fts_tables(store):
            if thorough:
                store.db.execute(f'INSERT INTO "{table}"("{table}") VALUES(\'rebuild\')')
            store.db.execute(f'INSERT INTO "{table}"("{table}") VALUES(\'optimize\')')
    if thorough:
        store.db.execute("VACUUM")
    if str(store.path) == ":memory:":
        return True
    busy, _frames, _done = store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    wal = store.path.with_name(store.path.name + "-wal")
    return not busy and (not wal.exists() or wal.stat().st_size == 0)


# ---------------------------------------------------------------- erasing one person


def forget(store: CaseStore, who: str) -> ForgetOutcome:
    """Erase one person (a name or a handle) from the whole history file and its WAL."""
    pattern = person_pattern(who)
    conn = store.db.conn
    # A case is theirs when its writer is exactly this name or handle (not the name a handle spells).
    writer = person_pattern(who, surname=False, spelled=False)
    conn.create_function("rw_names", 1, lambda v: v is not None and bool(pattern.search(str(v))), deterministic=True)
    conn.create_function(
        "rw_writer", 1, lambda v: v is not None and bool(writer.fullmatch(str(v).strip())), deterministic=True
    )
    store.db.execute("PRAGMA secure_delete = ON")
    try:
        with write_transaction(store.db):
            ids = [
                r[0]
                for r in store.db.execute("SELECT id FROM cases WHERE rw_writer(author) OR rw_names(link)").fetchall()
            ]
            lessons = _delete_cases(store, ids)
            named = store.db.execute("SELECT id FROM lessons WHERE rw_names(text) OR rw_names(tags)")
            lesson_ids = [r[0] for r in named]
            for start in range(0, len(lesson_ids), BATCH):
                chunk = lesson_ids[start : start + BATCH]
                store.db.execute(f"DELETE FROM lessons WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            lessons += len(lesson_ids)
            scrubbed = _scrub_tables(store, _Erase(pattern, person_pattern(who, guessed=True), writer))
            record = ErasureRecord(now_iso(), len(ids), lessons, scrubbed)
            log = [r.to_dict() for r in erasures(store)] + [record.to_dict()]
            store.db.table("settings").upsert({"key": LOG_KEY, "value": json.dumps(log)}, pk="key")
        wal_empty = compact(store)
    except sqlite3.Error as exc:
        raise StoreError(f"Wissen is niet gelukt: {str(exc).splitlines()[0]}. Er is niets gewist.") from None
    finally:
        conn.create_function("rw_names", 1, None)
        conn.create_function("rw_writer", 1, None)
    if str(store.path) == ":memory:":
        return ForgetOutcome(record, [], None, wal_empty)
    return ForgetOutcome(record, backups_of(store.path), store.path.parent, wal_empty, models_naming(store.path, who))


def models_naming(history: Path, who: str) -> list[Path]:
    """Learned assistants of this history (``<history>.model``, ``.model.vorige``) whose files hold the name.

    Their word lists (spaCy's vocab strings) keep every word they were trained on; the app does
    not delete a learned assistant on its own, the message tells the owner where it is.
    """
    pattern = token_pattern(who)
    found = []
    for folder in (history.with_name(history.name + MODEL_SUFFIX), history.with_name(history.name + PREVIOUS_SUFFIX)):
        if not folder.is_dir():
            continue
        for file in folder.rglob("*"):
            try:
                if file.is_file() and pattern.search(file.read_bytes().decode("utf-8", errors="ignore")):
                    found.append(folder)
                    break
            except OSError:
                continue
    return found


# ---------------------------------------------------------------- retention


def apply_retention(store: CaseStore, now: datetime | None = None) -> int:
    """Anonymise every case that passed the retention period; returns how many were changed.

    Finished cases keep their figures (dates, category, outcome, status) but lose the writer's
    name and handle, the link, the explanation words, and every name in the comment, reply and
    lessons. Unfinished walks (autosaves) past the period are deleted: they hold no statistics.
    """
    limit = cutoff(load_policy(store).months, now)
    pending = store.db.execute(
        "SELECT count(*) FROM cases WHERE received_at < ? AND anonymised_at IS NULL", [limit]
    ).fetchone()[0]
    if not pending:
        return 0
    names = Pseudonyms("weglaten", [r[0] for r in store.db.execute("SELECT DISTINCT author FROM cases")])
    done = now_iso()
    store.db.execute("PRAGMA secure_delete = ON")
    try:
        with write_transaction(store.db):
            unfinished = [
                r[0]
                for r in store.db.execute(
                    "SELECT id FROM cases WHERE received_at < ? AND session IS NOT NULL", [limit]
                ).fetchall()
            ]
            _delete_cases(store, unfinished)
            rows = store.db.execute(
                "SELECT id, author, text, reply FROM cases WHERE received_at < ? AND anonymised_at IS NULL", [limit]
            ).fetchall()
            for case_id, author, text, reply in rows:
                store.db.execute(
                    "UPDATE cases SET author = '', link = '', explain = NULL, text = ?, reply = ?, anonymised_at = ? "
                    "WHERE id = ?",
                    [names.scrub(text, [author]) or ERASED, names.scrub(reply or ""), done, case_id],
                )
            _scrub_children(store, names, [r[0] for r in rows])
        compact(store, thorough=False)
    except sqlite3.Error as exc:
        raise StoreError(f"Anonimiseren na de bewaartermijn is niet gelukt: {str(exc).splitlines()[0]}.") from None
    return len(rows) + len(unfinished)


# Columns of rows that belong to a case and say who of the staff did what, and when: kept.
_STAFF_COLUMNS = frozenset({"person", "kind", "tags"})


def _scrub_children(store: CaseStore, names: Pseudonyms, case_ids: list[int]) -> None:
    """Names out of every text that belongs to these cases: lessons, earlier versions of the reply,
    comments on approvals (tables that refer to a case); who of the staff did it is kept."""
    for table, column in _children_of(store, "cases"):
        texts = [
            c
            for c in _text_columns(store).get(table, [])
            if c != column and c not in _STAFF_COLUMNS and not c.endswith(("_at", "_by")) and c != "at"
        ]
        if not texts:
            continue
        for start in range(0, len(case_ids), BATCH):
            chunk = case_ids[start : start + BATCH]
            marks = ",".join("?" * len(chunk))
            selected = ", ".join(f'"{c}"' for c in texts)
            for rowid, *values in store.db.execute(
                f'SELECT rowid, {selected} FROM "{table}" WHERE "{column}" IN ({marks})', chunk
            ).fetchall():
                scrubbed = [names.scrub(v) or ERASED if isinstance(v, str) and v else v for v in values]
                if scrubbed != values:
                    assignments = ", ".join(f'"{c}" = ?' for c in texts)
                    store.db.execute(f'UPDATE "{table}" SET {assignments} WHERE rowid = ?', [*scrubbed, rowid])


# ---------------------------------------------------------------- the register


def register(store: CaseStore) -> str:
    from app.store.profile import load_profile

    try:
        profile = load_profile(store)
        business, people = profile.name, [signer_role(name) for name in profile.signers]
    except StoreError:
        business, people = "", []
    anonymised = store.db.execute("SELECT count(*) FROM cases WHERE anonymised_at IS NOT NULL").fetchone()[0]
    facts = RegisterFacts(
        business=business,
        path=store.path.resolve() if str(store.path) != ":memory:" else store.path,
        policy=load_policy(store),
        cases=store.count(),
        anonymised=int(anonymised),
        erasures=erasures(store),
        backups=backups_of(store.path) if str(store.path) != ":memory:" else [],
        roles=people,
    )
    return register_text(facts)
