"""A file opened with the app from the desktop opens as a history instead of a usage error."""

from __future__ import annotations

from pathlib import Path

from app.launch import cli_commands, desktop_argv


def test_history_file_becomes_db(tmp_path: Path) -> None:
    history = tmp_path / "Winkel geschiedenis.sqlite3"
    history.write_bytes(b"")
    assert desktop_argv([str(history)], cli_commands()) == ["--db", str(history)]


def test_other_file_opens_the_window(tmp_path: Path) -> None:
    note = tmp_path / "reactie.txt"
    note.write_text("Zijn jullie open?", encoding="utf-8")
    assert desktop_argv([str(note)], cli_commands()) == []


def test_commands_and_options_pass_through(tmp_path: Path) -> None:
    commands = cli_commands()
    assert "classify" in commands and "report" in commands
    assert desktop_argv(["classify", "in.jsonl"], commands) == ["classify", "in.jsonl"]
    assert desktop_argv(["--version"], commands) == ["--version"]
    assert desktop_argv([], commands) == []
    assert desktop_argv(["bestaat-niet.sqlite3"], commands) == ["bestaat-niet.sqlite3"]
