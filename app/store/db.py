"""Opening the history database safely: checks, WAL, migrations with a backup.

- A new history is built under a temporary name and linked into place only
  when it is complete, so a crash during the first open leaves no half file.
- A file of another program, a damaged file, an empty file and a history of a
  newer version are refused and left untouched.
- Writes start with ``BEGIN IMMEDIATE`` under a busy timeout and are retried,
  so a second writer (the window and the CLI at once) waits its turn.
- History, WAL, SHM and backups are private (0600) in private folders (0700).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

import sqlite_utils

from app.errors import StoreError
from app.fileio import (
    APPLICATION_ID,
    SIDE_FILES,
    SQLITE_HEADER,
    OutputError,
    check_output,
    commit_file,
    fsync_dir,
    make_private,
    private_dir,
    temporary_path,
)
from app.store.migrations import MIGRATIONS


class NewerVersionError(StoreError):
    """The history was written by a newer version: it may be viewed read-only, never written."""


BUSY_TIMEOUT_MS = 5000
WRITE_ATTEMPTS = 12  # with the busy timeout: a writer waits up to about a minute before giving up
# Tables our migrations create (with their FTS shadow tables): a file with only these is ours.
_OUR_TABLE_PREFIXES = (
    "_sqlite_migrations",
    "cases",
    "case_events",
    "reply_revisions",
    "lessons",
    "settings",
    "trainees",
    "practice_attempts",
    "crisis_runs",
)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0]


def _check_file(path: Path) -> bool:
    """Refuse files that are not SQLite. Returns whether the file already exists."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        raise StoreError(f"De geschiedenis {path} kan niet worden geopend: {_describe(exc)}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise StoreError(f"De geschiedenis kan niet worden geopend: {path} is een map, geen bestand.")
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(f"{path} is geen gewoon bestand en dus geen geschiedenis; kies een ander bestand.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"De geschiedenis {path} kan niet worden gelezen: {_describe(exc)}.") from None
    if not header:
        raise StoreError(
            f"{path} is een leeg bestand, geen geschiedenis van Reageerwijzer. "
            "Het bestand is niet aangeraakt; kies een ander bestand of een nieuwe naam."
        )
    if header != SQLITE_HEADER:
        raise StoreError(
            f"{path} is geen geschiedenisbestand van Reageerwijzer (geen SQLite-database). "
            "Het bestand is niet aangeraakt; kies een ander bestand."
        )
    return True


def _prepare_directory(path: Path) -> None:
    try:
        private_dir(path.parent)
    except OSError as exc:
        raise StoreError(
            f"De map {path.parent} voor de geschiedenis kan niet worden gemaakt: {_describe(exc)}."
        ) from None


def _is_ours_table(name: str) -> bool:
    return any(name == p or name.startswith(p + "_") for p in _OUR_TABLE_PREFIXES)


def _is_foreign(db: sqlite_utils.Database) -> bool:
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return False
    if app_id != 0:
        return True
    # application_id 0: a file of an older version whose first open was interrupted is
    # recognised by its migrations table (possibly still empty) and only our tables.
    tables = db.table_names()
    if "_sqlite_migrations" not in tables:
        return True
    if not all(_is_ours_table(t) for t in tables):
        return True
    sets = {r[0] for r in db.execute("SELECT DISTINCT migration_set FROM _sqlite_migrations").fetchall()}
    return not sets <= {MIGRATIONS.name}


def _newer_version(db: sqlite_utils.Database) -> bool:
    known = {m.name for m in MIGRATIONS._migrations}
    user_version = db.execute("PRAGMA user_version").fetchone()[0]
    if user_version > len(known):
        return True
    if "_sqlite_migrations" not in db.table_names():
        return False
    return any(m.name not in known for m in MIGRATIONS.applied(db))


def backup_path_for(path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix or '.sqlite3'}")
    counter = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.{label}-{stamp}-{counter}{path.suffix or '.sqlite3'}")
        counter += 1
    return candidate


def _verify_sqlite(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise StoreError(f"De reservekopie is niet in orde ({result}); er is niets opgeslagen.")


def backup_to(db: sqlite_utils.Database, target: Path, history: Path | None = None) -> Path:
    """Copy a consistent snapshot of the open database to ``target`` (SQLite backup API).

    The copy is made in a temporary file next to ``target``, checked with
    ``integrity_check`` and only then renamed into place; a failure leaves nothing behind.
    """
    target = Path(target)
    try:
        if not target.parent.exists():
            private_dir(target.parent)
        check_output(target, history)
    except OutputError as exc:
        raise StoreError(f"Kan geen reservekopie maken: {exc}.") from None
    except OSError as exc:
        raise StoreError(f"Kan geen reservekopie maken in {target}: {_describe(exc)}.") from None
    try:
        temp = temporary_path(target, ".sqlite3-tmp")
    except OutputError as exc:
        raise StoreError(f"Kan geen reservekopie maken: {exc}.") from None
    try:
        dest = sqlite3.connect(str(temp))
        try:
            db.conn.backup(dest)
            # A backup is one self-contained file: no WAL, so opening it read-only leaves no side files.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        commit_file(temp, target, verify=_verify_sqlite)
    except OutputError as exc:
        raise StoreError(f"Kan geen reservekopie maken: {exc}.") from None
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"Kan geen reservekopie maken in {target}: {_describe(exc)}.") from None
    finally:
        for leftover in (temp, *(temp.with_name(temp.name + side) for side in SIDE_FILES)):
            with suppress(OSError):
                leftover.unlink()
    return target


def _create_new(path: Path) -> None:
    """Build a complete, migrated history under a temporary name and link it into place."""
    try:
        temp = temporary_path(path, ".nieuw")
    except OutputError as exc:
        raise StoreError(f"De geschiedenis {path} kan niet worden gemaakt: {exc}.") from None
    try:
        conn = sqlite3.connect(str(temp))
        try:
            db = sqlite_utils.Database(conn)
            db.execute("PRAGMA journal_mode = WAL")
            _migrate(db, temp, had_content=False)
        finally:
            conn.close()
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        try:
            os.link(temp, path)  # never replaces a file another process made meanwhile
        except FileExistsError:
            pass
        except OSError:
            if not path.exists():
                os.rename(temp, path)
        fsync_dir(path.parent)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"De geschiedenis {path} kan niet worden gemaakt: {_describe(exc)}.") from None
    finally:
        for leftover in (temp, *(temp.with_name(temp.name + side) for side in SIDE_FILES)):
            with suppress(OSError):
                leftover.unlink()


def _check_contents(db: sqlite_utils.Database, path: Path, verify: bool = True) -> None:
    """Raise StoreError when the opened file is damaged, another program's or from a newer version.

    ``verify=False`` (commands that only read): the whole-file ``quick_check`` runs only when the
    file is about to be migrated; damage met while reading is reported then (DamagedHistoryError).
    """
    if verify:
        _quick_check(db, path)
    if _is_foreign(db):
        raise StoreError(
            f"{path} is een SQLite-bestand van een ander programma, geen geschiedenis van Reageerwijzer. "
            "Het bestand is niet aangeraakt; kies een ander bestand."
        )
    if _newer_version(db):
        raise NewerVersionError(
            f"De geschiedenis {path} is gemaakt met een nieuwere versie van Reageerwijzer; "
            "werk het programma bij. Het bestand is niet aangeraakt."
        )
    if not verify and MIGRATIONS.pending(db):
        _quick_check(db, path)  # never migrate (write) a damaged file


def _quick_check(db: sqlite_utils.Database, path: Path) -> None:
    result = db.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise StoreError(damaged_message(path, result))


def damaged_message(path: Path, detail: str) -> str:
    """The one line for a damaged history, found at opening or while reading."""
    return (
        f"De geschiedenis {path} is beschadigd ({detail}). Het bestand is niet aangeraakt; "
        "zet een reservekopie terug of kies een nieuw bestand."
    )


def _open_error(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    """The one-line message for an SQLite error while opening or migrating the history."""
    message = _describe(exc)
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return StoreError(
            f"De geschiedenis {path} kan niet worden beschreven (alleen-lezen?): {message}. "
            "Kies een map waarin je mag schrijven."
        )
    if "locked" in message or "busy" in message:
        return StoreError(f"De geschiedenis {path} is bezet door een ander programma; probeer het zo opnieuw.")
    return StoreError(f"De geschiedenis {path} kan niet worden geopend: {message}. Het bestand is niet aangeraakt.")


def open_database(path: str | Path, verify: bool = True) -> sqlite_utils.Database:
    """Open (or create) a history file and bring its schema up to date.

    Never overwrites a file that is not ours or is damaged: such a file raises
    :class:`StoreError` with a message that says what to do. ``verify=False`` skips the check of
    every page when nothing will be written (see :func:`_check_contents`).
    """
    path = Path(path)
    if str(path) == ":memory:":
        db = sqlite_utils.Database(memory=True)
        _configure(db, path)
        _migrate(db, path, had_content=False)
        return db
    exists = _check_file(path)
    if not exists:
        _prepare_directory(path)
        _create_new(path)
        _check_file(path)
    for private in (path, *(path.with_name(path.name + side) for side in SIDE_FILES)):
        if private.exists():
            make_private(private)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(f"De geschiedenis {path} kan niet worden geopend: {_describe(exc)}.") from None
    db = sqlite_utils.Database(conn)
    try:
        _check_contents(db, path, verify)
        _configure(db, path)
        _migrate(db, path, had_content=True)
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _open_error(path, exc) from None
    for private in (path.with_name(path.name + side) for side in SIDE_FILES):
        if private.exists():
            make_private(private)
    return db


# Marks a connection opened by open_database_readonly: write_transaction refuses it before SQLite is asked.
_VIEW_ONLY = "_reageerwijzer_view_only"
VIEW_ONLY_MESSAGE = (
    "Alleen bekijken: deze geschiedenis is gemaakt met een nieuwere versie van Reageerwijzer; er is niets opgeslagen."
)


def open_database_readonly(path: str | Path) -> sqlite_utils.Database:
    """Open an existing history for reading only (also one of a newer version); never writes."""
    path = Path(path)
    if not _check_file(path):
        raise StoreError(f"De geschiedenis {path} bestaat niet.")
    try:
        conn = sqlite3.connect(file_uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        db = sqlite_utils.Database(conn)
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok" or _is_foreign(db):
            conn.close()
            raise StoreError(f"{path} is geen (gezonde) geschiedenis van Reageerwijzer; er is niets veranderd.")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        raise StoreError(f"De geschiedenis {path} kan niet worden gelezen: {_describe(exc)}.") from None
    setattr(db, _VIEW_ONLY, True)
    return db


def _configure(db: sqlite_utils.Database, path: Path) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    # What is deleted (a discarded case, an erased person) is overwritten, not left in free pages.
    db.execute("PRAGMA secure_delete = ON")
    if str(path) != ":memory:":
        if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        # FULL: a save that returned survives a crash of the program and of the machine.
        db.execute("PRAGMA synchronous = FULL")


def _migrate(db: sqlite_utils.Database, path: Path, had_content: bool) -> None:
    if not MIGRATIONS.pending(db):
        return
    if had_content and str(path) != ":memory:" and MIGRATIONS.applied(db):
        # Outside the write transaction: the backup API reads through this connection.
        backup_to(db, backup_path_for(path, "voor-migratie"), history=path)
    with write_transaction(db):
        # Re-check under the write lock: another process may have migrated meanwhile.
        if not MIGRATIONS.pending(db):
            return
        MIGRATIONS.apply(db)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS.applied(db))}")


def _begin_immediate(conn: sqlite3.Connection) -> None:
    delay = 0.05
    for attempt in range(WRITE_ATTEMPTS):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            message = str(exc)
            if ("locked" not in message and "busy" not in message) or attempt == WRITE_ATTEMPTS - 1:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction that waits for other writers (``BEGIN IMMEDIATE`` + busy timeout + retries).

    Nested use becomes a savepoint. Rolled back on any exception. A history opened for viewing
    only is refused with :data:`VIEW_ONLY_MESSAGE` before anything is tried.
    """
    if getattr(db, _VIEW_ONLY, False):
        raise StoreError(VIEW_ONLY_MESSAGE)
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    _begin_immediate(conn)
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    else:
        conn.commit()


def file_uri(path: Path, mode: str) -> str:
    return f"{path.absolute().as_uri()}?mode={mode}"


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
            current = sqlite_utils.Database(sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000))
            try:
                safety = backup_to(current, backup_path_for(target, "voor-terugzetten"), history=target)
            finally:
                current.close()
        # The backup API writes into the target inside one transaction: all or nothing.
        dest = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            checked.conn.backup(dest)
        finally:
            dest.close()
        make_private(target)
    except sqlite3.Error as exc:
        raise StoreError(f"Terugzetten is mislukt: {_describe(exc)}. Er is niets overschreven.") from None
    finally:
        checked.close()
    return safety


def open_database_readonly_check(path: Path) -> sqlite_utils.Database:
    """Open a file only if it is a healthy Reageerwijzer history; no migration, no writes."""
    path = Path(path)
    try:
        exists = _check_file(path)
    except StoreError as exc:
        raise StoreError(f"{exc} Er is niets veranderd.") from None
    if not exists:
        raise StoreError(f"{path} bestaat niet.")
    try:
        conn = sqlite3.connect(file_uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(f"{path} kan niet worden geopend: {_describe(exc)}.") from None
    db = sqlite_utils.Database(conn)
    try:
        ok = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        ours = not _is_foreign(db) and "cases" in db.table_names()
        newer = ours and _newer_version(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path} is geen bruikbare geschiedenis: {_describe(exc)}.") from None
    if newer:
        conn.close()
        raise StoreError(f"{path} is gemaakt met een nieuwere versie van Reageerwijzer; er is niets veranderd.")
    if not ok or not ours:
        conn.close()
        raise StoreError(f"{path} is geen (gezonde) geschiedenis van Reageerwijzer; er is niets veranderd.")
    return db
