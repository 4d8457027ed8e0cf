"""`reageerwijzer learn`, and classify/suggest with the history's adapted assistant."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli import main

COMPLAINT = ["negatief", "nee", "nee", "nee", "ja"]
PRAISE = ["positief", "publiek", "nee"]


def run(*argv: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), stdin=io.BytesIO(stdin.encode()), stdout=out)
    return code, out.getvalue()


def import_cases(db: Path, rows: list[tuple[str, list[str]]]) -> None:
    lines = "\n".join(json.dumps({"text": t, "platform": "google", "answers": a}) for t, a in rows)
    code, _ = run("cases", "import", "--db", str(db), stdin=lines)
    assert code == 0


def test_too_few_cases_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "h.sqlite3"
    import_cases(db, [("Lange wachttijd.", COMPLAINT), ("Lekker!", PRAISE)])
    code, _ = run("learn", "--db", str(db))
    assert code != 0
    assert "Te weinig om van te leren" in capsys.readouterr().err


@pytest.mark.slow
def test_learn_then_classify_with_the_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.nlp import adapt

    # The command's wiring is tested here; the five-fold cross-validation and the training itself in
    # tests/nlp/test_adapt.py, so two folds of one short epoch.
    monkeypatch.setattr(adapt, "FOLDS", 2)
    monkeypatch.setattr(adapt, "EPOCHS", 1)
    monkeypatch.setattr(adapt, "REHEARSAL_MIN", 0)
    db = tmp_path / "bakkerij.sqlite3"
    remarks = [
        f"De {w} was vandaag niet zoals anders."
        for w in (
            "croissant",
            "tompouce",
            "vlaai",
            "kwarktaart",
            "appelflap",
            "krentenbol",
            "roggebrood",
            "baguette",
            "stol",
            "worstenbrood",
            "bossche bol",
            "eierkoek",
        )
    ]
    praise = [
        f"Wat een heerlijke {w}, complimenten!"
        for w in (
            "croissant",
            "tompouce",
            "vlaai",
            "kwarktaart",
            "appelflap",
            "krentenbol",
            "roggebrood",
            "baguette",
            "stol",
            "worstenbrood",
            "bossche bol",
            "eierkoek",
        )
    ]
    import_cases(db, [(t, COMPLAINT) for t in remarks] + [(t, PRAISE) for t in praise])
    code, out = run("learn", "--db", str(db))
    assert code == 0, capsys.readouterr().err
    assert "Bijgeleerd van 24 eigen zaken" in out and "→" in out
    assert (tmp_path / "bakkerij.sqlite3.model" / "meta.json").exists()
    text = json.dumps({"text": "De saucijzenbroodjes waren vandaag niet zoals anders."})
    _, adapted = run("classify", "--db", str(db), stdin=text)
    _, shipped = run("classify", stdin=text)
    _, other = run("classify", "--db", str(tmp_path / "ander.sqlite3"), stdin=text)
    assert "+eigen-" in json.loads(adapted)["model_version"]
    assert "+eigen-" not in json.loads(shipped)["model_version"]
    assert json.loads(other) == json.loads(shipped)
    code, out = run("learn", "--undo", "--db", str(db))
    assert code == 0 and "meegeleverde" in out
    _, again = run("classify", "--db", str(db), stdin=text)
    assert json.loads(again) == json.loads(shipped)


def test_exclude_and_include_a_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.domain.flowchart import shipped_flowchart
    from app.nlp import adapt
    from app.store import CaseStore

    db = tmp_path / "h.sqlite3"
    import_cases(db, [("Lange wachttijd.", COMPLAINT), ("Lekker!", PRAISE)])
    code, out = run("learn", "--exclude", "1", "--db", str(db))
    assert code == 0 and "telt niet mee" in out
    with CaseStore.open(db) as store:
        assert adapt.excluded_ids(store) == {1}
        examples = adapt.examples_from_cases(store.iter_all(), shipped_flowchart(), adapt.excluded_ids(store))
        assert [e.text for e in examples] == ["Lekker!"]
    code, out = run("learn", "--include", "1", "--db", str(db))
    assert code == 0 and "telt weer mee" in out
    code, _ = run("learn", "--exclude", "99", "--db", str(db))
    assert code != 0 and "99" in capsys.readouterr().err
