"""Started without a console (Windows GUI mode, a desktop menu): no stdin, stdout or stderr.

``reageerwijzer --version <&-`` used to end in AttributeError on ``sys.stdin.buffer``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import _ensure_std_streams


def run_closed(args: list[str], redirect: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m app ARGS`` under sh with the given redirections (e.g. ``<&-``)."""
    script = '"$0" -m app "$@" ' + redirect
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    return subprocess.run(
        ["sh", "-c", script, sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
        env=env,
    )


def test_version_with_stdin_closed(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    result = run_closed(["--version"], f'<&- >"{out}"', tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").strip() == f"reageerwijzer {__version__}"


def test_version_with_everything_closed(tmp_path: Path) -> None:
    result = run_closed(["--version"], "<&- >&- 2>&-", tmp_path)
    assert result.returncode == 0


def test_classify_file_with_stdin_closed(tmp_path: Path) -> None:
    comments = tmp_path / "in.jsonl"
    comments.write_text(json.dumps({"id": "a", "text": "Zijn jullie op zondag open?"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_closed(["classify", "--no-explain", str(comments)], f'<&- >"{out}"', tmp_path)
    assert result.returncode == 0, result.stderr
    row = json.loads(out.read_text(encoding="utf-8"))
    assert row["id"] == "a" and row["label"] == "vraag"


def test_classify_from_closed_stdin_is_empty_not_a_crash(tmp_path: Path) -> None:
    result = run_closed(["classify"], "<&-", tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_error_with_stderr_closed_still_exits_nonzero(tmp_path: Path) -> None:
    result = run_closed(["report", "--month", "2026-01", "--out", "x.txt", "--db", "h.sqlite3"], "<&- 2>&-", tmp_path)
    assert result.returncode == 1


@pytest.mark.slow
def test_window_opens_with_stdin_closed(tmp_path: Path) -> None:
    result = run_closed(["--smoke-window"], "<&-", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "assistent ready" in result.stdout


def test_none_streams_are_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    monkeypatch.setattr(sys, "stdout", None)
    _ensure_std_streams()
    assert sys.stdin is not None and sys.stdout is not None
    assert sys.stdin.fileno() == 0 and sys.stdout.fileno() == 1
