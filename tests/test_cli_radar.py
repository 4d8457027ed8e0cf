"""`reageerwijzer radar --db PATH --now ISO`."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

import pytest

from app.cli import main
from tests.radar_fixture import NOW, burst, history, scattered_month


def run(*args: str) -> tuple[int, dict, str]:
    out = io.StringIO()
    code = main(["radar", *args], stdout=out)
    text = out.getvalue()
    return code, json.loads(text) if text.strip() else {}, text


def test_burst_and_scattered_month(db_path: Path, tmp_path: Path) -> None:
    history(db_path, scattered_month() + burst())
    code, data, text = run("--db", str(db_path), "--now", NOW.isoformat())
    assert code == 0 and text.count("\n") == 1
    assert data["level"] == "crisis" and data["topic"] == "de kipsalade"
    assert len(data["cases"]) >= 8 and data["since"] and data["reasons"]
    calm = tmp_path / "calm.sqlite3"
    history(calm, scattered_month())
    code, data, _ = run("--db", str(calm), "--now", "2026-03-14T13:00")
    assert code == 0 and data["level"] == "rustig" and data["reasons"] == []


def test_follow_up_can_be_marked_done(db_path: Path) -> None:
    history(db_path, scattered_month() + burst())
    later = (NOW + timedelta(days=3)).isoformat()
    _, data, _ = run("--db", str(db_path), "--now", later)
    [wave] = data["follow_up"]
    assert "kipsalade" in wave["draft"]
    code, data, _ = run("--db", str(db_path), "--now", later, "--done", wave["id"])
    assert code == 0 and data["follow_up"] == []


def test_errors_are_one_line(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    history(db_path, scattered_month())
    assert main(["radar", "--db", str(db_path), "--now", "gisteren"], stdout=io.StringIO()) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["radar", "--db", str(db_path), "--done", "nergens@1"], stdout=io.StringIO()) == 1
    assert "golf" in capsys.readouterr().err
