"""Anonymised CSV rows scrubbed by worker processes (app/domain/anonymise_pool.py)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from app.domain import anonymise_pool
from app.domain.anonymise import anonymised_fields
from app.domain.anonymise_pool import OPEN, pool_workers, pooled_anonymised_fields
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


def test_months_whose_texts_repeat_are_scrubbed_in_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard replies and copied comments: the remembered scrubs of one process beat workers."""
    from app import forkpool

    monkeypatch.setattr(forkpool.threading, "active_count", lambda: 1)
    monkeypatch.setattr(forkpool.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(forkpool.sys, "platform", "linux")
    assert pool_workers(90_000, 0.1) == 2
    assert pool_workers(90_000, anonymise_pool.REPEATS) == 0
    with CaseStore.open(tmp_path / "h.sqlite3") as store:
        for i in range(6):
            reply = "Dank je wel!" if i < 4 else f"Antwoord {i}"
            store.save(Case(f"Reactie {i % 3}", "x", "", received_at=f"2026-10-0{i + 1}T10:00:00+00:00", reply=reply))
        # texts: 'Reactie 0..2' twice each (3 repeat), replies: 'Dank je wel!' four times (3 repeat), two unique
        assert ReportQueries(store).repeat_share("2026-10") == pytest.approx(6 / 12)
        assert ReportQueries(store).repeat_share("2026-09") == 0.0
