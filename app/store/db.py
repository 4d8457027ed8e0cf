"""Opening the history database safely: checks, WAL, migrations with a backup."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import sqlite_utils

from app.errors import StoreError
from app.store.migrations import MIGRATIONS

# 'RWZ1': marks a file as a Reageerwijzer history, so a foreign SQLite file is refused.
APPLICATION_ID = 0x52575A31
SQLITE_HEADER = b"SQLite format 3\x00"


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0]


def _check_file(path: Path) -> bool:
    """Refuse files that are not SQLite. Returns whether the file already has content."""
    if path.is_dir():
        raise StoreError(f"De geschiedenis kan niet worden geopend: {path} is een map, geen bestand.")
    if not path.exists():
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"De geschiedenis {path} kan niet worden gelezen: {_describe(exc)}.") from None
    if not header:
        return False
    if header != SQLITE_HEADER:
        raise StoreError(
            f"{path} is geen geschiedenisbestand van Reageerwijzer (geen SQLite-database). "
            "Het bestand is niet aangeraakt; kies een ander bestand."
        )
    return True


def _prepare_directory(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"De map {path.parent} voor de geschiedenis kan niet worden gemaakt: {_describe(exc)}."
        ) from None


def _is_foreign(db: sqlite_utils.Database) -> bool:
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return False
    if app_id != 0:
        return True
    # application_id 0: an empty database is fine, and so is one whose first migration
    # ran but was interrupted before the id was written; anything else is not ours.
    tables = db.table_names()
    if not tables:
        return False
    if "_sqlite_migrations" in tables:
        row = db.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATIONS.name]
        ).fetchone()
        return row[0] == 0
    return True


def backup_path_for(path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix or '.sqlite3'}")
    counter = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.{label}-{stamp}-{counter}{path.suffix or '.sqlite3'}")
        counter += 1
    return candidate


def backup_to(db: sqlite_utils.Database, target: Path) -> Path:
    """Copy a consistent snapshot of the open database to ``target`` (SQLite backup API)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(str(target))
        try:
            db.conn.backup(dest)
        finally:
            dest.close()
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"Kan geen reservekopie maken in {target}: {_describe(exc)}.") from None
    return target


def open_database(path: str | Path) -> sqlite_utils.Database:
    """Open (or create) a history file and bring its schema up to date.

    Never overwrites a file that is not ours or is damaged: such a file raises
    :class:`StoreError` with a message that says what to do.
    """
    path = Path(path)
    if str(path) == ":memory:":
        db = sqlite_utils.Database(memory=True)
        _configure(db, path)
        _migrate(db, path, had_content=False)
        return db
    had_content = _check_file(path)
    _prepare_directory(path)
    try:
        conn = sqlite3.connect(str(path), timeout=10)
    except sqlite3.Error as exc:
        raise StoreError(f"De geschiedenis {path} kan niet worden geopend: {_describe(exc)}.") from None
    db = sqlite_utils.Database(conn)
    try:
        if had_content:
            result = db.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise StoreError(
                    f"De geschiedenis {path} is beschadigd ({result}). Het bestand is niet aangeraakt; "
                    "zet een reservekopie terug of kies een nieuw bestand."
                )
            if _is_foreign(db):
                raise StoreError(
                    f"{path} is een SQLite-bestand van een ander programma, geen geschiedenis van Reageerwijzer. "
                    "Het bestand is niet aangeraakt; kies een ander bestand."
                )
        _configure(db, path)
        _migrate(db, path, had_content)
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        message = _describe(exc)
        if "readonly" in message or "read-only" in message or "unable to open" in message:
            raise StoreError(
                f"De geschiedenis {path} kan niet worden beschreven (alleen-lezen?): {message}. "
                "Kies een map waarin je mag schrijven."
            ) from None
        raise StoreError(
            f"De geschiedenis {path} kan niet worden geopend: {message}. Het bestand is niet aangeraakt."
        ) from None
    return db


def _configure(db: sqlite_utils.Database, path: Path) -> None:
    db.execute("PRAGMA busy_timeout = 10000")
    db.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        db.enable_wal()
        # FULL: a save that returned survives a crash of the program and of the machine.
        db.execute("PRAGMA synchronous = FULL")


def _migrate(db: sqlite_utils.Database, path: Path, had_content: bool) -> None:
    pending = MIGRATIONS.pending(db)
    if not pending:
        return
    if had_content and str(path) != ":memory:" and MIGRATIONS.applied(db):
        backup_to(db, backup_path_for(path, "voor-migratie"))
    MIGRATIONS.apply(db)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS.applied(db))}")


def restore_from(backup: Path, target: Path) -> Path | None:
    """Replace the history at ``target`` with a backup file, after checking the backup.

    The current file is first copied aside (…voor-terugzetten-….sqlite3); that
    copy's path is returned (None when there was no current file). The caller
    must have closed its connection to ``target``.
    """
    backup, target = Path(backup), Path(target)
    if backup.resolve() == target.resolve():
        raise StoreError("Dit is het bestand dat nu in gebruik is; kies een reservekopie.")
    checked = open_database_readonly_check(backup)
    safety: Path | None = None
    try:
        if target.exists() and target.stat().st_size:
            current = sqlite_utils.Database(sqlite3.connect(str(target), timeout=10))
            try:
                safety = backup_to(current, backup_path_for(target, "voor-terugzetten"))
            finally:
                current.close()
        dest = sqlite3.connect(str(target), timeout=10)
        try:
            checked.conn.backup(dest)
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise StoreError(f"Terugzetten is mislukt: {_describe(exc)}. Er is niets overschreven.") from None
    finally:
        checked.close()
    return safety


def open_database_readonly_check(path: Path) -> sqlite_utils.Database:
    """Open a file only if it is a healthy Reageerwijzer history; no migration, no writes."""
    if not _check_file(path):
        raise StoreError(f"{path} bestaat niet of is leeg.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise StoreError(f"{path} kan niet worden geopend: {_describe(exc)}.") from None
    db = sqlite_utils.Database(conn)
    try:
        ok = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        ours = not _is_foreign(db) and "cases" in db.table_names()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path} is geen bruikbare geschiedenis: {_describe(exc)}.") from None
    if not ok or not ours:
        conn.close()
        raise StoreError(f"{path} is geen (gezonde) geschiedenis van Reageerwijzer; er is niets veranderd.")
    return db
