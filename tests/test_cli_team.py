"""`reageerwijzer cases submit | approve | send-back | edit-reply` and `cases list --status`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli import main
from app.domain.flowchart import APPROVAL_WAITING, shipped_flowchart

FLOW = shipped_flowchart()
WAITING = FLOW.approval_status(APPROVAL_WAITING)
# A complaint walked through the chart: the answers that lead to an outcome with a reply.
COMPLAINT = {
    "text": "Mijn taart was beschimmeld!",
    "platform": "facebook",
    "author": "Klant",
    "reply": "Wat vervelend, sorry! Sanne",
}


def run(args: list[str], stdin: bytes = b"") -> tuple[int, str]:
    out = io.StringIO()
    code = main(args, stdin=io.BytesIO(stdin), stdout=out)
    return code, out.getvalue()


@pytest.fixture
def history(db_path: Path) -> str:
    path = next(p for p in _paths() if FLOW.node(p["outcome"]).reply_expected)
    answers = [step.split("=", 1)[1] for step in path["path"]]
    line = json.dumps({**COMPLAINT, "answers": answers}).encode()
    code, out = run(["cases", "import", "--db", str(db_path)], line)
    assert code == 0, out
    return str(db_path)


def _paths() -> list[dict[str, object]]:
    code, out = run(["flow", "--paths"])
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_submit_list_send_back_edit_approve(history: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(["cases", "submit", "1", "--by", "Sanne", "--db", history])
    assert code == 0 and json.loads(out)["status"] == WAITING
    code, out = run(["cases", "list", "--status", WAITING, "--db", history])
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1]

    assert run(["cases", "approve", "1", "--by", "Sanne", "--db", history])[0] == 1
    assert "zelf" in capsys.readouterr().err

    code, out = run(["cases", "send-back", "1", "--by", "Piet", "--comment", "Noem de oplossing", "--db", history])
    assert code == 0 and json.loads(out)["events"][-1] == {
        "kind": "teruggestuurd",
        "by": "Piet",
        "at": json.loads(out)["events"][-1]["at"],
        "comment": "Noem de oplossing",
    }
    new = "Wat vervelend, sorry! Je krijgt een nieuwe taart. Sanne"
    assert run(["cases", "edit-reply", "1", "--by", "Sanne", "--reply", new, "--db", history])[0] == 0
    assert run(["cases", "submit", "1", "--by", "Sanne", "--db", history])[0] == 0
    code, out = run(["cases", "approve", "1", "--by", "Piet", "--db", history])
    result = json.loads(out)
    assert code == 0 and result["approved_by"] == "Piet" and result["drafted_by"] == "Sanne"
    assert result["status"] not in (WAITING,) and result["revisions"][0]["previous"] == COMPLAINT["reply"]

    code, out = run(["cases", "show", "1", "--db", history])
    shown = json.loads(out)
    assert shown["reply"] == new and shown["team"]["approved_by"] == "Piet"
    assert [e["kind"] for e in shown["team"]["events"]] == ["ingediend", "teruggestuurd", "ingediend", "goedgekeurd"]


def test_errors_are_one_line(history: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["cases", "approve", "1", "--by", "Piet", "--db", history])[0] == 1
    assert "wacht niet op goedkeuring" in capsys.readouterr().err
    assert run(["cases", "approve", "42", "--by", "Piet", "--db", history])[0] == 1
    assert "bestaat niet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        run(["cases", "send-back", "1", "--by", "Piet", "--db", history])
    assert stop.value.code == 2 and "--comment" in capsys.readouterr().err
    assert run(["cases", "edit-reply", "1", "--by", "Piet", "--db", history])[0] == 1
    err = capsys.readouterr().err
    assert "--reply" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as stop:
        run(["cases", "list", "--status", "klaar", "--db", history])
    assert stop.value.code == 2 and WAITING in capsys.readouterr().err


def test_edit_reply_from_a_file(history: str, tmp_path: Path) -> None:
    text_file = tmp_path / "antwoord.txt"
    text_file.write_text("Sorry! Bel ons even op 012-3456789. Sanne", encoding="utf-8")
    code, out = run(["cases", "edit-reply", "1", "--by", "Sanne", "--reply-file", str(text_file), "--db", history])
    assert code == 0 and json.loads(out)["revisions"][0]["previous"] == COMPLAINT["reply"]
    code, out = run(["cases", "show", "1", "--db", history])
    assert json.loads(out)["reply"] == "Sorry! Bel ons even op 012-3456789. Sanne"


def test_export_carries_the_team_fields_and_import_takes_them_back(history: str, tmp_path: Path) -> None:
    import csv

    from app.domain.export import CSV_ENCODING

    assert run(["cases", "submit", "1", "--by", "Sanne", "--db", history])[0] == 0
    new = "Wat vervelend, sorry! Je krijgt een nieuwe taart. Sanne"
    assert run(["cases", "edit-reply", "1", "--by", "Sanne", "--reply", new, "--db", history])[0] == 0
    assert run(["cases", "approve", "1", "--by", "Piet", "--db", history])[0] == 0

    code, out = run(["cases", "export", "--db", history])
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and record["drafted_by"] == "Sanne" and record["approved_by"] == "Piet"
    assert record["approved_at"] and record["revisions"] == 1

    target = tmp_path / "zaken.csv"
    assert run(["cases", "export", "--format", "csv", "--out", str(target), "--db", history])[0] == 0
    with target.open(encoding=CSV_ENCODING, newline="") as handle:
        header, row = list(csv.reader(handle, delimiter=";"))
    # The new columns come last: a reader of the older file finds its columns where they were.
    assert header[:16][-2:] == ["reactietijd_minuten", "lessen"]
    assert header[16:] == ["opgesteld_door", "goedgekeurd_door", "goedgekeurd_op", "eerdere_antwoorden"]
    assert row[16:] == ["Sanne", "Piet", record["approved_at"], "1"]

    other = tmp_path / "ander.sqlite3"
    code, out = run(["cases", "import", "--db", str(other)], (json.dumps(record) + "\n").encode())
    assert code == 0, out
    code, out = run(["cases", "export", "--db", str(other)])
    (back,) = [json.loads(line) for line in out.splitlines()]
    for key in ("drafted_by", "approved_by", "approved_at", "outcome", "status", "reply"):
        assert back[key] == record[key], key
    assert back["revisions"] == 0  # earlier versions are not in the export: nothing to take back

    bad = json.dumps({**record, "approved_at": "gisteren"}).encode()
    code, out = run(["cases", "import", "--db", str(other)], bad)
    assert code != 0 and "approved_at" in json.loads(out)["error"]
