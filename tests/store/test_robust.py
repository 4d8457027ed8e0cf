"""Never lose the history: first open, versions, writers waiting their turn, private files, backups."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.domain.case import Case
from app.errors import StoreError
from app.store import CaseStore
from app.store import db as dbmod
from app.store.db import open_database, restore_from


def _case(n: int) -> Case:
    return Case(text=f"Reactie {n}", platform="facebook", author=f"Schrijver {n}")


def test_crash_during_first_open_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "nieuw.sqlite3"

    def crash(_db: object) -> None:
        raise KeyboardInterrupt  # stands in for a kill in the middle of migration 0001

    monkeypatch.setattr(dbmod.MIGRATIONS, "apply", crash)
    with pytest.raises(KeyboardInterrupt):
        open_database(path)
    assert list(tmp_path.iterdir()) == []  # nothing half-made under the final name, no temp left
    monkeypatch.undo()
    with CaseStore.open(path) as store:
        assert store.count() == 0


def test_half_migrated_file_of_an_older_version_is_finished(tmp_path: Path) -> None:
    # What a kill during migration 0001 left behind before creation was atomic:
    # an empty migrations table, application_id still 0.
    path = tmp_path / "half.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
    conn.commit()
    conn.close()
    with CaseStore.open(path) as store:
        store.save(_case(1))
        assert store.count() == 1


@pytest.mark.parametrize("kind", ["empty-file", "empty-sqlite", "fifo"])
def test_empty_and_special_files_are_refused_untouched(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.db"
    if kind == "empty-file":
        path.touch()
    elif kind == "empty-sqlite":
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 0")
        conn.execute("VACUUM")
        conn.close()
    else:
        os.mkfifo(path)
    before = path.stat()
    with pytest.raises(StoreError):
        open_database(path)
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def test_history_of_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with CaseStore.open(path) as store:
        store.save(_case(1))
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reageerwijzer', '0099_x', '2030')"
    )
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    data = path.read_bytes()
    with pytest.raises(StoreError, match="nieuwere versie"):
        CaseStore.open(path)
    assert path.read_bytes() == data
    # It can still be viewed, read-only, from the command line; writing commands are refused.
    import io

    from app.cli import main

    out = io.StringIO()
    assert main(["cases", "list", "--db", str(path)], stdout=out) == 0
    assert "Reactie 1" in out.getvalue()
    assert main(["cases", "import", "--db", str(path)], stdin=io.BytesIO(b'{"text": "x"}\n'), stdout=out) == 1
    assert path.read_bytes() == data


def test_name_too_long_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="geopend"):
        open_database(tmp_path / ("x" * 300 + ".db"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_history_wal_backup_and_folder_are_private(tmp_path: Path) -> None:
    path = tmp_path / "nieuwe-map" / "h.sqlite3"
    with CaseStore.open(path) as store:
        store.save(_case(1))
        wal = Path(str(path) + "-wal")
        assert wal.exists()
        backup = store.backup()
        for file in (path, wal, backup):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_failed_backup_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "h.sqlite3"
    with CaseStore.open(path) as store:
        store.save(_case(1))

        def broken(_path: Path) -> None:
            raise StoreError("De reservekopie is niet in orde (test).")

        monkeypatch.setattr(dbmod, "_verify_sqlite", broken)
        with pytest.raises(StoreError):
            store.backup(tmp_path / "kopie.sqlite3")
    assert sorted(p.name for p in tmp_path.iterdir() if "kopie" in p.name or p.name.startswith(".")) == []


@pytest.mark.parametrize("name", ["map#1/kopie.sqlite3", "vraag?/kopie%20.sqlite3", "100%/k#?.sqlite3"])
def test_restore_from_a_path_with_uri_characters(tmp_path: Path, name: str) -> None:
    source = tmp_path / name
    source.parent.mkdir(parents=True)
    with CaseStore.open(tmp_path / "bron.sqlite3") as store:
        store.save(_case(1))
        store.backup(source)
    target = tmp_path / "h.sqlite3"
    with CaseStore.open(target) as store:
        store.save(_case(2))
        store.save(_case(3))
    before = set(tmp_path.rglob("*"))
    restore_from(source, target)
    with CaseStore.open(target) as store:
        assert store.count() == 1
    stray = {p for p in set(tmp_path.rglob("*")) - before if "voor-terugzetten" not in p.name}
    assert stray == set()


def _import_many(path: str, start: int, count: int) -> int:
    with CaseStore.open(path) as store:
        for n in range(start, start + count):
            store.save(_case(n))
    return count


@pytest.mark.parametrize("writers", [2, 4])
def test_concurrent_writers_all_wait_their_turn(tmp_path: Path, writers: int) -> None:
    path = tmp_path / "h.sqlite3"
    with CaseStore.open(path):
        pass
    per_writer = 150
    context = multiprocessing.get_context("spawn")
    with context.Pool(writers) as pool:
        results = pool.starmap(_import_many, [(str(path), i * per_writer, per_writer) for i in range(writers)])
    assert sum(results) == writers * per_writer
    with CaseStore.open(path) as store:
        assert store.count() == writers * per_writer
        assert store.integrity_ok()


def test_a_writer_waits_for_a_long_transaction(tmp_path: Path) -> None:
    """A second connection that holds the write lock briefly does not make a save fail."""
    import threading

    path = tmp_path / "h.sqlite3"
    with CaseStore.open(path) as store:
        blocker = sqlite3.connect(path, check_same_thread=False)
        blocker.execute("BEGIN IMMEDIATE")
        timer = threading.Timer(0.5, blocker.commit)
        timer.start()
        try:
            assert store.save(_case(1)) == 1
        finally:
            timer.join()
            blocker.close()


def test_sql_json_export_matches_case_record(tmp_path: Path) -> None:
    import json

    from app.domain.case import Lesson
    from app.domain.export import case_record
    from app.domain.wizard import Prediction, Step

    with CaseStore.open(tmp_path / "h.sqlite3") as store:
        store.save(Case(text="zonder label 'quote' \"dubbel\" \\ \n\t é 😀", platform="x"))
        store.save(
            Case(
                text="met alles",
                author="Jan",
                link="https://x.test/1",
                prediction=Prediction("klacht", {"klacht": 0.75, "vraag": 0.25}, ("haat",), "v1", ("kapot",)),
                path=[Step("aard", "negatief", "negatief", "2026-01-01T00:00:00"), Step("beledigend", "nee")],
                outcome="uitkomst_herstel",
                reply="Sorry!",
                status="beantwoord",
                follow_up="2026-02-01",
                lessons=[Lesson("les één", ["a", "b"]), Lesson("les twee")],
            )
        )
        store.save(Case(text="onaf", session={"step": 1}))
        store.db.execute("UPDATE cases SET path = 'kapot', scores = NULL WHERE id = 3")
        store.db.conn.commit()
        expected = [case_record(c) for c in store.iter_cases(None, skip=frozenset())]
        assert [json.loads(line) for line in store.iter_json_lines()] == expected


def test_list_and_search_json_lines_match_the_case_lists(tmp_path: Path) -> None:
    import json

    from app.domain.case import Lesson
    from app.domain.export import case_record

    with CaseStore.open(tmp_path / "h.sqlite3") as store:
        for n in range(30):
            store.save(
                Case(
                    text=f"taart {n}" if n % 3 else f"brood {n}",
                    received_at=f"2026-10-{1 + n % 28:02d}T10:00:00",
                    lessons=[Lesson(f"les over taart {n}")] if n % 5 == 0 else [],
                )
            )
        for args in ((None, 10, 0), (None, 10, 25)):
            assert [json.loads(x) for x in store.list_json_lines(*args)] == [
                case_record(c) for c in store.list(args[0], limit=args[1], offset=args[2])
            ]
        for text in ("taart", "brood", "les", "  "):
            assert [json.loads(x) for x in store.search_json_lines(text, None, 7, 2)] == [
                case_record(c) for c in store.search(text, None, limit=7, offset=2)
            ]
