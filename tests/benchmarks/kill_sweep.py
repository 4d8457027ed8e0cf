"""Kill -9 sweep: first open, export, report and backup never leave a broken or partial file.

    python tests/benchmarks/kill_sweep.py [--db /tmp/groot.sqlite3] [--kills 5]

Kills each command at random moments and prints, per command, how often the target was
absent, complete or PARTIAL (must be 0) afterwards, and whether a history whose first
open was killed still opens. Uses the big benchmark history (made if missing).
"""

from __future__ import annotations

import argparse
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="the big history (made with 100,000 cases if missing)")
    parser.add_argument("--kills", type=int, default=5)
    args = parser.parse_args()
    from app.errors import StoreError
    from app.store import CaseStore
    from tests.benchmarks.generate_history import generate

    rng = random.Random(1)
    work = Path(tempfile.mkdtemp())
    big = Path(args.db) if args.db else work / "groot.sqlite3"
    if not big.exists():
        with CaseStore.open(big) as store:
            generate(store, 100_000, "2026-10")
    with CaseStore.open(big) as store:
        total = store.count()

    def run_and_kill(command: list[str], low: float, high: float) -> None:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", *command], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(low, high))
        process.send_signal(signal.SIGKILL)
        process.wait()

    refused = 0
    for i in range(4 * args.kills):
        db = work / f"nieuw{i}.sqlite3"
        run_and_kill(["cases", "list", "--db", str(db)], 0.1, 0.8)
        try:
            with CaseStore.open(db) as store:
                store.count()
        except StoreError as exc:
            refused += 1
            print(f"  niet meer te openen: {exc}")
    print(f"eerste keer openen: {4 * args.kills} keer gekild, {refused} daarna geweigerd (moet 0 zijn)")

    def backup_ok(path: Path) -> bool:
        with CaseStore.open(path) as store:
            return store.count() == total

    checks: list[tuple[str, list[str], str, Callable[[Path], bool]]] = [
        ("export csv", ["cases", "export", "--format", "csv"], "e.csv", lambda p: p.read_bytes().count(b"\n") > total),
        ("export json", ["cases", "export"], "e.jsonl", lambda p: p.read_bytes().count(b"\n") == total),
        ("report csv", ["report", "--month", "2026-10"], "r.csv", lambda p: p.read_bytes().endswith(b"\r\n")),
        (
            "anoniem csv",  # scrubbing names: the slowest of the CSVs
            ["report", "--month", "2026-10", "--anonymise"],
            "a.csv",
            lambda p: p.read_bytes().endswith(b"\r\n"),
        ),
        ("report pdf", ["report", "--month", "2026-10"], "r.pdf", lambda p: b"%%EOF" in p.read_bytes()[-1024:]),
        ("backup", ["cases", "backup"], "b.sqlite3", backup_ok),
    ]
    for label, command, name, complete in checks:
        absent = whole = partial = orphans = 0
        for _ in range(args.kills):
            target = work / name
            target.unlink(missing_ok=True)
            run_and_kill([*command, "--db", str(big), "--out", str(target)], 0.3, 2.5)
            orphans += _leftover_workers(str(target))
            if not target.exists():
                absent += 1
            elif complete(target):
                whole += 1
            else:
                partial += 1
        print(
            f"{label:<12} {args.kills} keer gekild: {absent} geen bestand, {whole} compleet, "
            f"{partial} HALF (moet 0 zijn), {orphans} achtergebleven processen (moet 0 zijn)"
        )
    return 0


def _leftover_workers(target: str) -> int:
    """Processes of the killed command still running 3 s later (forked workers of an anonymised CSV)."""
    deadline = time.monotonic() + 3
    while True:
        found = subprocess.run(["pgrep", "-f", target], check=False, capture_output=True, text=True).stdout.split()
        if not found or time.monotonic() > deadline:
            return len(found)
        time.sleep(0.1)


if __name__ == "__main__":
    raise SystemExit(main())
