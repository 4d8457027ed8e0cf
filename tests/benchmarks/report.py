"""Benchmark: monthly report from a history of 100,000+ cases (target: PDF in ≤ 1 s, issue #16).

    python tests/benchmarks/report.py [--cases 110000]

Generates the history once (seeded) in a temporary folder, then times building
and rendering the PDF of the busiest month three times, and the whole
`reageerwijzer report` command once (wall and processor time: on a busy, shared machine the
processor time is the stable figure). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=110_000)
    parser.add_argument("--month", default="2026-10")
    args = parser.parse_args()
    from app.domain.report import build_report
    from app.render.report_pdf import render_pdf
    from app.store import CaseStore
    from app.store.reporting import ReportQueries
    from tests.benchmarks.generate_history import generate

    folder = Path(tempfile.mkdtemp())
    db = folder / "groot.sqlite3"
    started = time.perf_counter()
    with CaseStore.open(db) as store:
        generate(store, args.cases, args.month)
        total = store.count()
    print(f"geschiedenis: {total} zaken gemaakt in {time.perf_counter() - started:.1f} s")
    with CaseStore.open(db) as store:
        for run in range(3):
            t0, c0 = time.perf_counter(), time.process_time()
            report = build_report(ReportQueries(store), args.month, "Bakkerij De Korenschoof", "pseudoniem")
            t1 = time.perf_counter()
            pages = render_pdf(report, folder / "rapport.pdf")
            t2, c2 = time.perf_counter(), time.process_time()
            print(
                f"run {run + 1}: {report.count} reacties in {args.month}; cijfers {t1 - t0:.2f} s, "
                f"PDF ({pages} p.) {t2 - t1:.2f} s, samen {t2 - t0:.2f} s (CPU {c2 - c0:.2f} s)"
            )
    for target, label in (
        ("cli.pdf", "hele opdracht 'reageerwijzer report' (met opstarten van Python en Qt)"),
        ("maand.csv", "CSV van de maand"),
    ):
        t0 = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        command = ["-m", "app", "report", "--month", args.month, "--db", str(db), "--out", str(folder / target)]
        subprocess.run([sys.executable, *command], check=True, capture_output=True, cwd=ROOT)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        print(f"{label}: {time.perf_counter() - t0:.2f} s (CPU {cpu:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
