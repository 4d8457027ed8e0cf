"""Benchmark: the CLI on a history of 100,000 cases (90,000 in one month). Prints figures; asserts nothing.

    python tests/benchmarks/big_history.py [--cases 100000] [--db /tmp/groot.sqlite3]

Targets (issue #16): `cases list` default output ≤ 1 s; report PDF for the month ≤ 1 s
(build + render, measured in-process, and the whole command with Python/Qt start-up);
report CSV and `cases export` ≤ 3 s and ≤ 150 MB peak RSS. Each command runs in its
own process; wall time, processor time (user + system: what counts on a busy, shared
machine) and the peak resident memory of that process are printed; with ``--repeat N`` the run
with the least processor time of N counts. Byte code is cached, as in an installed app.
``--unique`` adds the anonymised CSV on a copy without repeated texts (the worst case for the
anonymiser, which scrubs a repeated text once).
With ``--db`` the generated history is kept and reused on the next run; ``--root`` runs the
commands of another checkout (e.g. main, for a before/after comparison on the same history).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

# Runs one command in a child process and reports that child's peak RSS (kB on Linux) and its
# processor time (user + system): on a shared, busy machine wall time says little, CPU time is stable.
_MEASURE = (
    "import resource, subprocess, sys, time; t = time.perf_counter(); "
    "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE); "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(p.returncode, time.perf_counter() - t, u.ru_maxrss, u.ru_utime + u.ru_stime, "
    "p.stderr.decode(errors='replace').strip().replace(chr(10), ' | ')[:200])"
)


def measure(args: list[str], root: Path = ROOT) -> tuple[int, float, float, float, str]:
    """(exit code, wall seconds, peak RSS in MB, CPU seconds, stderr) of ``reageerwijzer ARGS`` run from ``root``."""
    # Byte code may be cached, as in an installed app (a session with PYTHONDONTWRITEBYTECODE would
    # otherwise compile every module from source on every run).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        cwd=root,
        env={**env, "PYTHONPATH": str(root)},
        check=True,
    )
    code, seconds, rss_kb, cpu, *rest = result.stdout.split(" ", 4)
    return int(code), float(seconds), int(rss_kb) / 1024, float(cpu), (rest[0].strip() if rest else "")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--month", default="2026-10")
    parser.add_argument("--db", help="keep the generated history here and reuse it when it exists")
    parser.add_argument("--root", type=Path, default=ROOT, help="run the commands of this checkout (before/after)")
    parser.add_argument("--only", help="run only the commands whose label contains this text")
    parser.add_argument(
        "--repeat", type=int, default=1, help="run each command this often; the run with least CPU counts"
    )
    parser.add_argument(
        "--unique",
        action="store_true",
        help="also time the anonymised CSV on a copy where every comment and reply is unique",
    )
    args = parser.parse_args()
    from app.domain.report import build_report
    from app.render.report_pdf import render_pdf
    from app.store import CaseStore
    from app.store.reporting import ReportQueries
    from tests.benchmarks.generate_history import generate

    folder = Path(tempfile.mkdtemp())
    db = Path(args.db) if args.db else folder / "groot.sqlite3"
    if not db.exists():
        started = time.perf_counter()
        with CaseStore.open(db) as store:
            generate(store, args.cases, args.month)
        print(f"geschiedenis gemaakt in {time.perf_counter() - started:.1f} s")
    with CaseStore.open(db) as store:
        total = store.count()
        in_month = ReportQueries(store).totals(args.month).count
    size = db.stat().st_size / 1e6
    print(f"geschiedenis: {db} — {total} zaken, {in_month} in {args.month}, {size:.0f} MB")

    with CaseStore.open(db) as store:
        for run in range(2):
            t0, c0 = time.perf_counter(), time.process_time()
            report = build_report(ReportQueries(store), args.month, "Bakkerij De Korenschoof", "pseudoniem")
            t1 = time.perf_counter()
            pages = render_pdf(report, folder / "rapport.pdf", history=db)
            t2, c2 = time.perf_counter(), time.process_time()
            print(
                f"rapport in het proces, run {run + 1}: cijfers {t1 - t0:.2f} s + PDF ({pages} p.) {t2 - t1:.2f} s "
                f"= {t2 - t0:.2f} s, CPU {c2 - c0:.2f} s (doel ≤ 1 s)"
            )

    d = str(db)
    goal = "≤ 3 s, ≤ 150 MB"
    month = ["--month", args.month, "--db", d]
    commands = [
        ("cases list (standaard)", ["cases", "list", "--db", d], "≤ 1 s"),
        ("cases list --table", ["cases", "list", "--table", "--db", d], ""),
        ("cases search de --limit 100000", ["cases", "search", "de", "--limit", "100000", "--db", d], ""),
        ("report PDF (hele opdracht)", ["report", *month, "--out", str(folder / "r.pdf")], ""),
        ("report CSV", ["report", *month, "--out", str(folder / "r.csv")], goal),
        ("report CSV --anonymise", ["report", *month, "--anonymise", "--out", str(folder / "a.csv")], ""),
        ("cases export CSV", ["cases", "export", "--format", "csv", "--db", d, "--out", str(folder / "e.csv")], goal),
        ("cases export JSON", ["cases", "export", "--db", d, "--out", str(folder / "e.jsonl")], goal),
    ]
    if args.unique:
        # The generated comments come from the corpus (about 7,000 texts) and replies are few, and
        # the anonymiser scrubs a repeated text once: the worst case has no repeats at all.
        unique = folder / "uniek.sqlite3"
        _unique_copy(db, unique)
        anonymise = ["report", "--month", args.month, "--db", str(unique), "--anonymise"]
        commands.append(("report CSV --anonymise, uniek", [*anonymise, "--out", str(folder / "u.csv")], ""))
    rows = []
    for label, command, target in commands:
        if args.only and args.only not in label:
            continue
        measure(["--version"], args.root)  # byte code cached before the first timing
        code, seconds, rss, cpu, err = min(
            (measure(command, args.root) for _ in range(args.repeat)), key=lambda m: m[3]
        )
        figures = {"seconds": round(seconds, 2), "cpu": round(cpu, 2), "peak_rss_mb": round(rss)}
        rows.append({"command": label, "exit": code, **figures})
        note = f"  (doel {target})" if target else ""
        print(
            f"{label:<34} {seconds:6.2f} s  CPU {cpu:5.2f} s  {rss:6.0f} MB  exit {code}{note}"
            + (f"  [{err}]" if code else "")
        )
    print(json.dumps(rows, ensure_ascii=False))
    for extra in folder.glob("uniek.sqlite3*"):
        extra.unlink()  # 150 MB
    return 0


def _unique_copy(source: Path, target: Path) -> None:
    """A copy of the history in which every comment and reply carries its case number."""
    import sqlite3

    with sqlite3.connect(source) as conn, sqlite3.connect(target) as copy:
        conn.backup(copy)
        copy.execute(
            "UPDATE cases SET text = text || ' (' || id || ')', "
            "reply = CASE WHEN reply != '' THEN reply || ' #' || id ELSE reply END"
        )
    conn.close()
    copy.close()


if __name__ == "__main__":
    raise SystemExit(main())
