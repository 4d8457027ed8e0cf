"""Benchmark: the crisis radar on a big history. Prints figures; asserts nothing.

    python tests/benchmarks/radar.py [--cases 100000] [--month 2026-03] [--db /tmp/groot.sqlite3]

Times `check` (index read, topic analysis of the recent negative comments, verdict) in-process at
the end of the generated month, and the whole `reageerwijzer radar` command with start-up.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--month", default="2026-03")
    parser.add_argument("--db")
    args = parser.parse_args()
    from app.nlp.topics import analyse_topics, topic_finder
    from app.store import CaseStore
    from app.store.radar import RadarQueries, check
    from tests.benchmarks.generate_history import generate

    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "groot.sqlite3"
    with CaseStore.open(path) as store:
        if store.count() == 0:
            generate(store, args.cases, args.month)
        rows = store.db.execute("SELECT max(coalesce(posted_at, received_at)) FROM cases").fetchone()[0]
        now = datetime.fromisoformat(rows)
        now = now if now.tzinfo else now.replace(tzinfo=UTC)
        topic_finder()
        start = time.perf_counter()
        recent = RadarQueries(store).rows_since(now.replace(day=1))
        read = time.perf_counter() - start
        start = time.perf_counter()
        report = check(store, now, analyse_topics)
        took = time.perf_counter() - start
    print(f"history: {args.cases} cases; rows read for the month: {len(recent)} in {read:.3f} s")
    print(f"check at {now.isoformat()}: level {report.result.level}, {took:.2f} s (topic matchers loaded)")
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "app", "radar", "--db", str(path), "--now", now.isoformat()],
        capture_output=True,
        check=False,
        cwd=ROOT,
    )
    print(f"reageerwijzer radar: exit {done.returncode}, {time.perf_counter() - start:.2f} s with start-up")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
