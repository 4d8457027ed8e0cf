from __future__ import annotations

import contextlib
import io
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

import app.store.db as db_module
from app.cli import main
from app.domain.case import Case
from app.errors import StoreError
from app.store import CaseStore
from app.store.migrations import MIGRATIONS


def test_missing_directory_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "geschiedenis.sqlite3"
    with CaseStore.open(path) as store:
        store.save(Case(text="hallo"))
    assert path.exists()


def test_non_sqlite_file_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notities.sqlite3"
    path.write_bytes(b"Dit is mijn boodschappenlijst\n" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="geen geschiedenisbestand"):
        CaseStore.open(path)
    assert path.read_bytes() == before


def test_foreign_sqlite_file_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ander.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE klanten (naam TEXT)")
    other.execute("INSERT INTO klanten VALUES ('Jan')")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="ander programma"):
        CaseStore.open(path)
    assert path.read_bytes() == before


def test_corrupt_file_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "geschiedenis.sqlite3"
    with CaseStore.open(path) as store:
        store.save_many([Case(text=f"reactie {i} " + "x" * 2000) for i in range(200)])
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 8)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"beschadigd|geopend"):
        CaseStore.open(path)
    assert path.read_bytes() == before


def _damaged_history(tmp_path: Path) -> Path:
    path = tmp_path / "geschiedenis.sqlite3"
    with CaseStore.open(path) as store:
        store.save_many(
            [Case(text=f"reactie {i} " + "x" * 2000, received_at="2026-10-02T10:00:00+00:00") for i in range(200)]
        )
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 8)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    return path


def test_commands_that_only_read_skip_the_full_check_and_still_say_damage_in_one_line(tmp_path: Path) -> None:
    path = _damaged_history(tmp_path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="beschadigd"):
        CaseStore.open(path)  # commands that write: every page is checked at opening
    err = io.StringIO()
    for args in (["report", "--month", "2026-10", "--out", str(tmp_path / "r.csv")], ["cases", "export"]):
        with contextlib.redirect_stderr(err):
            code = main([*args, "--db", str(path)], stdout=io.StringIO())
        assert code == 1, err.getvalue()
    lines = err.getvalue().splitlines()
    assert len(lines) == 2 and all("beschadigd" in line and "Traceback" not in line for line in lines), lines
    assert path.read_bytes() == before
    assert not (tmp_path / "r.csv").exists()


def test_a_pending_migration_checks_every_page_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _damaged_history(tmp_path)
    checks: list[str] = []
    original = db_module._quick_check
    monkeypatch.setattr(db_module, "_quick_check", lambda db, p: (checks.append(str(p)), original(db, p)))
    monkeypatch.setattr(MIGRATIONS, "pending", lambda db: ["0099_new"])
    before = path.read_bytes()
    with pytest.raises(StoreError, match="beschadigd"):
        CaseStore.open(path, verify=False)
    assert checks == [str(path)] and path.read_bytes() == before


def test_the_report_counts_walk_their_index(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "h.sqlite3") as store:
        plan = " ".join(
            row[3]
            for row in store.db.execute(
                "EXPLAIN QUERY PLAN SELECT label, outcome, platform, status, count(*) FROM cases "
                "WHERE session IS NULL AND +received_at >= ? AND +received_at < ? "
                "GROUP BY label, outcome, platform, status",
                ["2026-10", "2026-11"],
            )
        )
    assert "idx_cases_counts" in plan and "TEMP B-TREE" not in plan, plan


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="map"):
        CaseStore.open(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_directory_gives_clear_error(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(StoreError, match=r"alleen-lezen|kan niet"):
            CaseStore.open(ro / "geschiedenis.sqlite3")
    finally:
        ro.chmod(stat.S_IRWXU)


def test_read_only_location_as_root_too(tmp_path: Path) -> None:
    # Under a path that is a file, no directory can be made: same clear error for everyone.
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="kan niet worden gemaakt"):
        CaseStore.open(blocker / "sub" / "geschiedenis.sqlite3")


def test_migration_makes_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "geschiedenis.sqlite3"
    with CaseStore.open(path) as store:
        store.save(Case(text="bewaar mij"))
    assert not list(tmp_path.glob("*voor-migratie*"))

    newer = Migrations(MIGRATIONS.name)
    for migration in MIGRATIONS._migrations:
        newer(name=migration.name)(migration.fn)

    @newer(name="9999_test_extra_kolom")
    def add_column(db: Database) -> None:
        db["cases"].add_column("extra", str)

    monkeypatch.setattr(db_module, "MIGRATIONS", newer)
    with CaseStore.open(path) as store:
        assert "extra" in store.db["cases"].columns_dict
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS._migrations) + 1
    (backup,) = tmp_path.glob("*voor-migratie*")
    with CaseStore.open(backup) as old:  # the backup is the old schema, with the data
        assert [c.text for c in old.list()] == ["bewaar mij"]


def test_failed_migration_rolls_back_and_keeps_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "geschiedenis.sqlite3"
    with CaseStore.open(path) as store:
        store.save(Case(text="bewaar mij"))
    newer = Migrations(MIGRATIONS.name)
    for migration in MIGRATIONS._migrations:
        newer(name=migration.name)(migration.fn)

    @newer(name="9999_kapot")
    def broken(db: Database) -> None:
        db["cases"].add_column("half", str)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(db_module, "MIGRATIONS", newer)
    with pytest.raises(StoreError):
        CaseStore.open(path)
    monkeypatch.undo()
    with CaseStore.open(path) as store:
        assert [c.text for c in store.list()] == ["bewaar mij"]
        assert "half" not in store.db["cases"].columns_dict


def test_read_only_database_gives_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root can write anywhere, so simulate what SQLite reports on a read-only medium.
    def read_only(db: Database, path: Path) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(db_module, "_configure", read_only)
    with pytest.raises(StoreError, match="alleen-lezen"):
        CaseStore.open(tmp_path / "geschiedenis.sqlite3")


def test_restore_backup_keeps_a_safety_copy(tmp_path: Path) -> None:
    from app.store.db import restore_from

    path = tmp_path / "geschiedenis.sqlite3"
    with CaseStore.open(path) as store:
        store.save(Case(text="oud"))
        backup = store.backup(tmp_path / "kopie.sqlite3")
        store.save(Case(text="nieuw na de kopie"))
    safety = restore_from(backup, path)
    with CaseStore.open(path) as store:
        assert [c.text for c in store.list()] == ["oud"]
    with CaseStore.open(safety) as old:
        assert {c.text for c in old.list()} == {"oud", "nieuw na de kopie"}


def test_restore_refuses_a_foreign_file_and_changes_nothing(tmp_path: Path) -> None:
    from app.store.db import restore_from

    path = tmp_path / "geschiedenis.sqlite3"
    with CaseStore.open(path) as store:
        store.save(Case(text="blijft"))
    foreign = tmp_path / "ander.db"
    other = sqlite3.connect(foreign)
    other.execute("CREATE TABLE x (y)")
    other.commit()
    other.close()
    with pytest.raises(StoreError):
        restore_from(foreign, path)
    with CaseStore.open(path) as store:
        assert [c.text for c in store.list()] == ["blijft"]
