"""Anonymised CSV rows scrubbed by worker processes (app/domain/anonymise_pool.py)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from app.domain import anonymise_pool
from app.domain.anonymise import anonymised_fields
from app.domain.anonymise_pool import OPEN, pooled_anonymised_fields
from app.domain.case import Case, Lesson
from app.domain.export import write_csv_fields
from app.store import CaseStore
from app.store.reporting import ReportQueries
from tests.benchmarks.generate_history import generate

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")

_NAMED = [
    ("Jan de Vries", "Jan de Vries deed niks; @jandevries: bel 06-12345678 of jan.devries@gmail.com", "Sorry Jan!"),
    ("@pietbakker", "Piet Bakker hier. Fatima en Bo hielpen me, vraag naar meneer De Graaf", "Dank Piet, groet Bo"),
    ("Fatima", "Zeg tegen Jan de Vries dat Fatima blij is", "Groet, Marieke"),
    ("Kees", f"Een teken {OPEN}p rare tekst\ue001 van Jan de Vries", "Hoi Kees"),
    ("Jan de Vries", "Nog een keer: Piet Bakker en Sanne van Dijk", "Groet, Marieke"),
    ("Sanne van Dijk", "Schrijver 2 had gelijk, zegt Bram Jansen tegen Piet Kees", "Dag Sanne"),
    ("Bram", "Ik ben Bram Jansen, Kees Fatima weet het", "Dag Bram, groet Kees Visser"),
    ("Els", "Let op je deur, meneer de bakker.", "Dag Els"),
    ("Piet Bakker", "Piet Bakker hier", "Dag Piet"),
]


def _history(path: Path) -> CaseStore:
    store = CaseStore.open(path)
    generate(store, 300, "2026-10", seed=3)
    for i, (author, text, reply) in enumerate(_NAMED * 3):
        store.save(
            Case(
                text,
                "facebook",
                author,
                received_at=f"2026-10-{10 + i % 9:02d}T10:{i:02d}:00+00:00",
                reply=reply,
                status="beantwoord",
                lessons=[Lesson(f"{author} terugbellen", [])] if i % 2 else [],
            )
        )
    return store


@pytest.mark.parametrize("mode", ["pseudoniem", "weglaten"])
def test_workers_write_the_same_file_as_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    monkeypatch.setattr(anonymise_pool, "_CHUNK", 7)  # many jobs, so rows and numbers cross workers
    monkeypatch.setattr(anonymise_pool, "_SAMPLE", 1)  # one row here (nothing repeats yet), the rest in workers
    jobs: list[int] = []
    original = anonymise_pool.ordered_map

    def counted(*args: object) -> object:
        for result in original(*args):  # type: ignore[arg-type]
            jobs.append(1)
            yield result

    monkeypatch.setattr(anonymise_pool, "ordered_map", counted)
    with _history(tmp_path / "h.sqlite3") as store:
        queries = ReportQueries(store)
        authors = queries.month_authors("2026-10")
        one, many = io.StringIO(), io.StringIO()
        count = write_csv_fields(anonymised_fields(queries.iter_month_fields("2026-10"), mode, authors), one)
        rows = pooled_anonymised_fields(queries.iter_month_fields("2026-10"), mode, authors, workers=2)
        assert write_csv_fields(rows, many) == count > 250
    assert many.getvalue() == one.getvalue() and len(jobs) > 30
    assert "Persoon" in one.getvalue() or mode == "weglaten"
    assert "Vries" not in many.getvalue() and "Fatima" not in many.getvalue() and OPEN in many.getvalue()


def test_texts_that_repeat_are_scrubbed_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard replies and copied comments: the remembered scrubs beat handing texts to workers."""
    from app.domain.export import CSV_FIELDS

    monkeypatch.setattr(anonymise_pool, "_SAMPLE", 4)
    monkeypatch.setattr(anonymise_pool, "ordered_map", lambda *_a: pytest.fail("workers used"))

    def row(i: int, author: str, text: str) -> tuple[object, ...]:
        values = dict.fromkeys(CSV_FIELDS, "")
        values.update(id=i, schrijver=author, reactie=text, antwoord="Dank je! Groet, Marieke", lessen="")
        return tuple(values[c] for c in CSV_FIELDS)

    rows = [row(i, "Jan de Vries", f"Top gedaan, {'Piet' if i % 2 else 'Fatima'}!") for i in range(40)]
    authors = ["Jan de Vries"]
    one = [list(r) for r in anonymised_fields(iter(rows), "pseudoniem", authors)]
    many = [list(r) for r in pooled_anonymised_fields(iter(rows), "pseudoniem", authors, workers=2)]
    assert many == one and "Piet" not in str(many)
