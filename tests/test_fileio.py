"""Outputs never hit the history and never leave half a file under the final name."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from app.fileio import OutputError, atomic_output, check_output
from app.store import CaseStore
from app.store.db import open_database


@pytest.fixture
def history(tmp_path: Path) -> Path:
    path = tmp_path / "h.db"
    with CaseStore.open(path):
        pass
    return path


def test_refuses_the_history_its_side_files_and_links(history: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.csv"
    os.link(history, link)
    sym = tmp_path / "sym.pdf"
    sym.symlink_to(history)
    for target in (history, tmp_path / "sub" / ".." / "h.db", link, sym, Path(str(history) + "-wal")):
        if target.parent.name == "sub":
            (tmp_path / "sub").mkdir(exist_ok=True)
        with pytest.raises(OutputError, match="geschiedenis"):
            check_output(target, history)
    assert open_database(history).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_refuses_any_history_or_backup_even_without_knowing_the_history(history: Path, tmp_path: Path) -> None:
    with CaseStore.open(history) as store:
        backup = store.backup(tmp_path / "kopie.bak")
    with pytest.raises(OutputError, match="reservekopie"):
        check_output(backup)
    check_output(tmp_path / "nieuw.csv")  # an ordinary new file is fine


def test_failed_write_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("oud")
    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write("half")
        raise RuntimeError("stop")
    assert target.read_text() == "oud"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_full_disk_reports_failure_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.csv"

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match="schijf is vol"), atomic_output(target) as handle:
        handle.write("x" * 100)
    assert list(tmp_path.iterdir()) == []


def test_new_output_is_private_and_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with atomic_output(target) as handle:
        handle.write("{}\n")
    assert target.read_text() == "{}\n"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_refuses_devices_and_directories(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="map"):
        check_output(tmp_path)
    with pytest.raises(OutputError, match="gewoon bestand"):
        check_output("/dev/null")
    with pytest.raises(OutputError, match="bestaat niet"):
        check_output(tmp_path / "nergens" / "x.csv")


def test_temporaries_of_a_killed_writer_are_removed(tmp_path: Path) -> None:
    import subprocess
    import sys

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    stale = tmp_path / f".out.csv.{int(dead.stdout)}.abc.tmp"
    stale.write_text("half")
    with atomic_output(tmp_path / "out.csv") as handle:
        handle.write("heel")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]
