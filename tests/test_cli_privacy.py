"""`reageerwijzer cases forget` and `reageerwijzer privacy` (app/cli/cases.py, app/cli/privacy.py)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli import main

LINES = [
    {"text": "Drie weken gewacht!", "author": "Jan de Vries", "platform": "facebook", "lesson": "Jan de Vries bellen"},
    {"text": "Mijn buurman Jan de Vries is fan", "author": "Fatima", "platform": "instagram"},
    {"text": "Lekker brood", "author": "@jandevries", "platform": "x"},
]


def run(args: list[str], stdin: bytes = b"") -> tuple[int, str]:
    out = io.StringIO()
    code = main(args, stdin=io.BytesIO(stdin), stdout=out)
    return code, out.getvalue()


def _filled(db_path: Path) -> Path:
    data = "\n".join(json.dumps(line) for line in LINES).encode()
    code, out = run(["cases", "import", "--db", str(db_path)], data)
    assert code == 0, out
    return db_path


def _bytes(db_path: Path) -> bytes:
    files = [db_path, db_path.with_name(db_path.name + "-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def test_forget_by_author(db_path: Path) -> None:
    _filled(db_path)
    assert b"Vries" in _bytes(db_path)
    code, out = run(["cases", "forget", "--author", "Jan de Vries", "--db", str(db_path)])
    assert code == 0
    assert "Gewist: 2 zaken en 1 les" in out and "Vries" not in out
    data = _bytes(db_path).lower()
    assert b"vries" not in data and "vries".encode("utf-16-le") not in data
    code, out = run(["cases", "search", "vries", "--db", str(db_path)])
    assert (code, out) == (0, "")
    code, out = run(["cases", "list", "--db", str(db_path)])
    assert [json.loads(line)["author"] for line in out.splitlines()] == ["Fatima"]


def test_forget_by_handle_and_usage(db_path: Path) -> None:
    _filled(db_path)
    code, out = run(["cases", "forget", "--handle", "@jandevries", "--db", str(db_path)])
    assert code == 0 and "Gewist: 1 zaak" in out  # a one-word handle; 'Jan de Vries' is --author
    with pytest.raises(SystemExit) as usage:
        run(["cases", "forget", "--db", str(db_path)])
    assert usage.value.code == 2  # one of --author or --handle is required
    code, _ = run(["cases", "forget", "--author", "@", "--db", str(db_path)])
    assert code == 1


def test_privacy_register_and_retention(db_path: Path) -> None:
    _filled(db_path)
    code, out = run(["privacy", "retention", "--months", "6", "--reason", "Half jaar is genoeg", "--db", str(db_path)])
    assert code == 0 and "6 maanden" in out
    code, out = run(["privacy", "retention", "--months", "6", "--db", str(db_path)])
    assert code == 1  # the reason is required
    code, out = run(["privacy", "retention", "--apply", "--db", str(db_path)])
    assert code == 0 and "0 zaken" in out
    code, out = run(["privacy", "register", "--db", str(db_path)])
    assert code == 0
    assert out.startswith("Verwerkingsregister") and "6 maanden" in out and "Half jaar is genoeg" in out
    assert str(db_path.resolve()) in out
    code, out = run(["privacy", "register", "--lang", "en", "--db", str(db_path)])
    assert code == 0 and out.startswith("Record of processing") and "6 months" in out
    assert "Half jaar is genoeg" in out  # the owner's own reason, as written


def test_hostile_arguments_give_one_line(db_path: Path) -> None:
    for args in (
        ["privacy", "retention", "--months", "6", "--reason", "\udc80 kapot"],
        ["cases", "forget", "--author", "x" * 5000],
        ["cases", "forget", "--handle", "\ud800\ud800"],
        ["privacy"],
    ):
        code, _ = run([*args, "--db", str(db_path)] if args != ["privacy"] else args)
        assert code == 1, args
