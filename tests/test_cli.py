from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main
from app.store import CaseStore

IMPORT_LINES = [
    {
        "text": "Drie weken gewacht op bestelling #4821, kapot!",
        "platform": "facebook",
        "author": "Sanne",
        "answers": ["negatief", "nee", "nee", "nee", "ja"],
        "reply": "Hoi Sanne, wat vervelend.",
        "lesson": "Beter inpakken",
        "tags": ["levering"],
    },
    {
        "text": "Heerlijke taart; =1+1 zei de rekenmachine",
        "platform": "instagram",
        "author": "Ahmed",
        "answers": ["positief", "publiek", "nee"],
    },
    {
        "text": "Zijn jullie maandag open?",
        "platform": "google",
        "answers": ["vraag", "ja"],
        "received_at": "2026-03-02T09:00:00+00:00",
    },
]


def run(args: list[str], stdin: bytes = b"") -> tuple[int, str]:
    out = io.StringIO()
    code = main(args, stdin=io.BytesIO(stdin), stdout=out)
    return code, out.getvalue()


def run_process(
    args: list[str], stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, env=env, timeout=60, check=False
    )


def jsonl(items: list[dict]) -> bytes:
    return "\n".join(json.dumps(i, ensure_ascii=False) for i in items).encode()


@pytest.fixture
def filled(db_path: Path) -> Path:
    code, out = run(["cases", "import", "--db", str(db_path)], jsonl(IMPORT_LINES))
    assert code == 0, out
    return db_path


def test_version() -> None:
    result = run_process(["--version"])
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"reageerwijzer {__version__}"


def test_flow_check_shipped_and_broken(tmp_path: Path) -> None:
    code, out = run(["flow", "--check"])
    assert code == 0 and out.startswith("OK")
    bad = tmp_path / "kapot.toml"
    from app.resources import resource_path

    bad.write_text(
        resource_path("flowchart.toml").read_text(encoding="utf-8").replace('next = "grap"', 'next = "grappig"'),
        encoding="utf-8",
    )
    result = run_process(["flow", "--check", str(bad)])
    err = result.stderr.decode()
    assert result.returncode == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(bad) in err and "knooppunt 'beledigend'" in err and "grappig" in err


def test_flow_paths_lists_every_outcome() -> None:
    code, out = run(["flow", "--paths"])
    outcomes = {json.loads(line)["outcome"] for line in out.splitlines()}
    assert code == 0 and "uitkomst_herstel" in outcomes and len(outcomes) == 13


def test_import_reports_each_line_and_continues(db_path: Path) -> None:
    lines = (
        jsonl(IMPORT_LINES[:1])
        + b"\nniet json\n"
        + json.dumps({"text": "x", "answers": ["foo"]}).encode()
        + b"\n"
        + jsonl(IMPORT_LINES[1:])
    )
    code, out = run(["cases", "import", "--db", str(db_path)], lines)
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # some lines failed
    assert [r.get("id") for r in results] == [1, None, None, 2, 3]
    assert results[1] == {"error": results[1]["error"], "line": 2}
    assert "foo" in results[2]["error"]


def test_list_search_show(filled: Path) -> None:
    code, out = run(["cases", "list", "--db", str(filled)])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 3
    code, out = run(["cases", "search", "inpakken", "--db", str(filled)])
    assert [json.loads(line)["author"] for line in out.splitlines()] == ["Sanne"]
    code, out = run(["cases", "show", "1", "--db", str(filled)])
    shown = json.loads(out)
    assert shown["outcome"] == "uitkomst_herstel" and shown["lessons"][0]["tags"] == ["levering"]
    code, out = run(["cases", "list", "--month", "2026-03", "--table", "--db", str(filled)])
    assert "Zijn jullie maandag open?" in out and "Sanne" not in out


def test_show_missing_case_is_one_line_error(filled: Path) -> None:
    result = run_process(["cases", "show", "99", "--db", str(filled)])
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "reageerwijzer: Zaak 99 bestaat niet."


def test_export_json_and_csv_roundtrip(filled: Path, tmp_path: Path) -> None:
    code, out = run(["cases", "export", "--format", "json", "--db", str(filled)])
    assert code == 0 and len(out.splitlines()) == 3
    target = tmp_path / "export.csv"
    code, _ = run(["cases", "export", "--format", "csv", "--out", str(target), "--db", str(filled)])
    assert code == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 3
    assert rows[1]["reactie"].startswith("Heerlijke taart")
    assert rows[0]["lessen"] == "Beter inpakken"


def test_csv_neutralises_formulas(db_path: Path, tmp_path: Path) -> None:
    run(
        ["cases", "import", "--db", str(db_path)],
        jsonl([{"text": '=HYPERLINK("http://x")', "answers": ["vraag", "ja"]}]),
    )
    target = tmp_path / "e.csv"
    run(["cases", "export", "--format", "csv", "--out", str(target), "--db", str(db_path)])
    with target.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle, delimiter=";"))
    assert row["reactie"] == '\'=HYPERLINK("http://x")'


def test_env_var_chooses_database(filled: Path) -> None:
    env = {**os.environ, "REAGEERWIJZER_DB": str(filled)}
    result = run_process(["cases", "list"], env=env)
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 3


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["cases", "list", "--month", "2026-13"], "ongeldige maand"),
        (["cases", "import", "bestaat-niet.jsonl"], "niet gevonden"),
        (["cases", "frobnicate"], "invalid choice"),
        (["flow", "--check", "nergens.toml"], "niet gevonden"),
        (["cases", "show", "abc"], "geen zaaknummer"),
    ],
)
def test_bad_arguments_give_one_line(args: list[str], fragment: str, db_path: Path) -> None:
    if args[0] == "cases":
        args = [*args, "--db", str(db_path)]
    result = run_process(args)
    err = result.stderr.decode()
    assert result.returncode != 0
    assert fragment in err and "Traceback" not in err and err.count("\n") == 1


def test_not_a_database_gives_one_line(tmp_path: Path) -> None:
    path = tmp_path / "foto.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    result = run_process(["cases", "list", "--db", str(path)])
    err = result.stderr.decode()
    assert result.returncode == 1 and "geen geschiedenisbestand" in err and err.count("\n") == 1


def test_kill_during_saves_loses_nothing_that_was_saved(db_path: Path) -> None:
    items = [
        {
            "text": f"Reactie nummer {i} 😀",
            "platform": "x",
            "author": f"schrijver{i % 7}",
            "answers": ["negatief", "nee", "nee", "nee", "ja"],
            "lesson": f"les {i}",
            "tags": ["test"],
        }
        for i in range(1000)
    ]
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "cases", "import", "--db", str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdin and proc.stdout
    saved: list[int] = []
    chunk = 50
    # Feed in lock-step so the process is busy saving a fresh chunk when it is killed.
    for start in range(0, 1000, chunk):
        proc.stdin.write(jsonl(items[start : start + chunk]) + b"\n")
        proc.stdin.flush()
        if len(saved) >= 300:
            break
        while len(saved) < start + chunk:
            line = proc.stdout.readline()
            assert line, "import stopped before it could be killed"
            saved.append(json.loads(line)["id"])
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with CaseStore.open(db_path) as store:
        assert store.integrity_ok()
        ids = {c.id for c in store.list()}
        assert set(saved) <= ids
        assert len(ids) < 1000
        for case_id in ids:  # every case that made it in has its lesson: saves are atomic
            assert store.get(case_id).lessons[0].text.startswith("les ")


def test_classify_contract_order_and_errors(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b'{"id": "a", "text": "Zijn jullie zondag open?", "platform": "x"}\n'
        b"kapot}\n"
        b'{"id": "c"}\n'
        b"\xff\xfe\n"
        b'{"text": "Heerlijke taart, dank jullie wel!"}\n'
    )
    result = run_process(["classify", str(source)])
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(rows) == 5
    assert rows[0]["id"] == "a" and rows[0]["platform"] == "x" and "text" not in rows[0]
    assert rows[0]["label"] == "vraag"
    assert set(rows[0]["scores"]) == {"positief", "vraag", "klacht", "onwaarheid", "grap_satire", "beledigend"}
    assert all(0.0 <= v <= 1.0 for v in rows[0]["scores"].values())
    assert isinstance(rows[0]["flags"], list) and isinstance(rows[0]["explain"], list)
    assert rows[0]["model_version"].startswith("reageerwijzer_nl-")
    assert rows[1] == {"error": rows[1]["error"], "line": 2}
    assert rows[2]["line"] == 3 and "text" in rows[2]["error"]
    assert rows[3]["line"] == 4 and "UTF-8" in rows[3]["error"]
    assert rows[4]["id"] == 5 and rows[4]["label"] == "positief"


def test_classify_from_stdin_many_lines_keeps_order() -> None:
    texts = [
        f"Vraagje {i}: zijn jullie morgen open?" if i % 2 else f"Super lekker gegeten, nummer {i}!" for i in range(150)
    ]
    stdin = jsonl([{"id": i, "text": t} for i, t in enumerate(texts)])
    result = run_process(["classify", "--no-explain"], stdin=stdin)
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == list(range(150))
    assert all(r["explain"] == [] for r in rows)


PROFILE_JSON = {
    "name": "Bakkerij De Korenschoof",
    "signers": ["Marieke"],
    "email": "info@korenschoof.nl",
    "opening_hours": "di–vr 7:30–18:00, za 7:30–16:00",
}


def test_profile_set_show_and_bad_file(db_path: Path, tmp_path: Path) -> None:
    good = tmp_path / "profiel.json"
    good.write_text(json.dumps(PROFILE_JSON), encoding="utf-8")
    code, out = run(["profile", "set", str(good), "--db", str(db_path)])
    assert code == 0 and "Korenschoof" in out
    code, out = run(["profile", "show", "--db", str(db_path)])
    assert json.loads(out)["email"] == "info@korenschoof.nl"
    bad = tmp_path / "kapot.json"
    bad.write_text('{"register": "jij"}', encoding="utf-8")
    result = run_process(["profile", "set", str(bad), "--db", str(db_path)])
    assert result.returncode == 1 and "aanspreekvorm" in result.stderr.decode()
    code, out = run(["profile", "pause-message", "--db", str(db_path)])
    assert code == 0 and "Marieke" in out


def test_suggest_contract(db_path: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profiel.json"
    profile.write_text(json.dumps(PROFILE_JSON), encoding="utf-8")
    run(["profile", "set", str(profile), "--db", str(db_path)])
    lines = [
        {
            "id": "k",
            "text": "Al drie weken wacht ik op mijn bestelling #4821 en niemand reageert op mijn mails!",
            "author": "Sanne de Vries",
            "platform": "facebook",
        },
        {"id": "v", "text": "Zijn jullie zaterdag open?", "author": "Joke"},
        {"id": "b", "text": "Stelletje oplichters, schaam je kapot, tuig van de richel!"},
        {"id": "p", "text": "Hoi", "platform": "myspace"},
    ]
    result = run_process(["suggest", "--db", str(db_path), "--platform", "x"], stdin=jsonl(lines) + b"\nkapot\n")
    assert result.returncode == 0, result.stderr
    rows = {r.get("id", r.get("line")): r for r in map(json.loads, result.stdout.decode().splitlines())}
    complaint = rows["k"]
    assert (
        complaint["label"] == "klacht" and complaint["outcome"] == "uitkomst_herstel" and complaint["respond"] is True
    )
    # Unanswered mails: not asked to mail again; the order number stays out of a public reply.
    assert complaint["channel"] == "dm" and "info@korenschoof.nl" not in complaint["draft"]
    assert "4821" not in complaint["draft"] and "mail" in complaint["draft"]
    assert complaint["slots"] and complaint["checklist"] and complaint["advice"]
    question = rows["v"]
    assert "7:30" in question["draft"] and question["slots"] == []
    assert len(question["draft"]) <= 280 or question["draft_short"]
    insult = rows["b"]
    assert insult["respond"] is False and insult["draft"] is None
    assert "platform" in rows["p"]["error"]
    assert rows[5]["line"] == 5 and "JSON" in rows[5]["error"]


def test_suggest_repeat_writer_from_history(db_path: Path) -> None:
    earlier = [
        {
            "text": f"Weer niks ontvangen, klacht {i}",
            "author": "Kees Kritisch",
            "answers": ["negatief", "nee", "nee", "nee", "ja"],
        }
        for i in range(3)
    ]
    run(["cases", "import", "--db", str(db_path)], jsonl(earlier))
    line = {
        "text": "Alweer een kapotte bestelling, echt belachelijk. Ik wil mijn geld terug.",
        "author": "Kees Kritisch",
    }
    result = run_process(["suggest", "--db", str(db_path)], stdin=jsonl([line]))
    row = json.loads(result.stdout)
    assert any("3 negatieve" in w for w in row["warnings"])


def test_report_cli_pdf_and_csv(tmp_path: Path) -> None:
    from tests.report_fixture import fill

    db = tmp_path / "h.sqlite3"
    fill(db).close()
    pdf = tmp_path / "okt.pdf"
    result = run_process(["report", "--month", "2026-10", "--db", str(db), "--out", str(pdf), "--anonymise"])
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    csv_file = tmp_path / "okt.csv"
    result = run_process(
        ["report", "--month", "2026-10", "--db", str(db), "--out", str(csv_file), "--anonymise", "weglaten"]
    )
    assert result.returncode == 0, result.stderr
    with csv_file.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 8
    assert {r["schrijver"] for r in rows} == {""}
    assert rows[0]["reactie"].startswith("Drie weken")
    assert "Sanne" not in csv_file.read_text(encoding="utf-8-sig")
    hostile = next(r for r in rows if "script" in r["reactie"])
    assert "\x00" not in hostile["reactie"]


def test_suggest_in_english_keeps_the_draft_dutch(db_path: Path) -> None:
    line = {"text": "Drie weken op mijn pakket gewacht en niemand neemt de telefoon op.", "platform": "facebook"}
    english = json.loads(run_process(["suggest", "--lang", "en", "--db", str(db_path)], stdin=jsonl([line])).stdout)
    dutch = json.loads(run_process(["suggest", "--db", str(db_path)], stdin=jsonl([line])).stdout)
    assert english["outcome"] == dutch["outcome"] == "uitkomst_herstel"
    assert english["outcome_title"] == "Find out, put it right and apologise"
    assert dutch["outcome_title"] == "Uitzoeken, herstellen en excuses"
    assert english["draft"] == dutch["draft"]  # replies go out in the business's language


def test_report_cli_in_english(tmp_path: Path) -> None:
    from tests.report_fixture import fill

    pypdf = pytest.importorskip("pypdf")
    db = tmp_path / "h.sqlite3"
    fill(db).close()
    for lang, title in (("en", "Monthly report October 2026"), ("nl", "Maandrapport oktober 2026")):
        pdf = tmp_path / f"okt-{lang}.pdf"
        result = run_process(["report", "--month", "2026-10", "--db", str(db), "--out", str(pdf), "--lang", lang])
        assert result.returncode == 0, result.stderr
        assert title in " ".join(pypdf.PdfReader(str(pdf)).pages[0].extract_text().split())
    result = run_process(["report", "--month", "2026-10", "--db", str(db), "--out", "x.pdf", "--lang", "de"])
    assert result.returncode != 0 and b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--month", "2026-13", "--out", "x.pdf"], "ongeldige maand"),
        (["--month", "2026-10", "--out", "x.docx"], ".pdf of .csv"),
        (["--month", "2026-10", "--out", "/bestaat/niet/x.pdf"], "bestaat niet"),
    ],
)
def test_report_cli_errors(args: list[str], fragment: str, db_path: Path) -> None:
    result = run_process(["report", *args, "--db", str(db_path)])
    err = result.stderr.decode()
    assert result.returncode == 1 and fragment in err and "Traceback" not in err
