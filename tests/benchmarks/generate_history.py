"""Generate a realistic history for benchmarks and manual testing.

    python tests/benchmarks/generate_history.py --db /tmp/groot.sqlite3 --cases 100000 --month 2026-10

Comments come from the corpus (nl_model/corpus); each case walks the flowchart
the way the assistant would for its label, with platforms, writers, reply times,
follow-ups and lessons drawn from a seeded random generator (same seed, same history).
Most cases land in ``--month``; a tenth are spread over the five months before.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.case import Case, Lesson  # noqa: E402
from app.domain.categories import PLATFORMS  # noqa: E402
from app.domain.flowchart import shipped_flowchart  # noqa: E402
from app.domain.suggest import auto_walk  # noqa: E402
from app.domain.wizard import Prediction, Step  # noqa: E402
from app.nlp.corpus import read_examples  # noqa: E402
from app.store import CaseStore  # noqa: E402

FIRST = [
    "Sanne",
    "Kees",
    "Fatima",
    "Jan",
    "Lotte",
    "Ahmed",
    "Joke",
    "Pieter",
    "Mila",
    "Daan",
    "Noor",
    "Yusuf",
    "Els",
    "Bram",
]
LAST = ["de Vries", "Jansen", "El Amrani", "Bakker", "Peeters", "Visser", "Smit", "Claes", "Mulder", "de Boer"]
LESSONS = [
    ("Pakketten ruimer inpakken in de feestdagen", ["levering"]),
    ("Sneller reageren op zaterdag: iemand van dienst", ["snelheid"]),
    ("Allergenen duidelijk op de kaart zetten", ["veiligheid"]),
    ("Geruchten meteen met een link naar de website rechtzetten", ["gerucht"]),
]


def month_start(month: str) -> datetime:
    year, number = (int(x) for x in month.split("-"))
    return datetime(year, number, 1, tzinfo=UTC)


def generate(store: CaseStore, count: int, month: str, seed: int = 7) -> None:
    rng = random.Random(seed)
    flow = shipped_flowchart()
    examples = read_examples(ROOT / "nl_model" / "corpus" / "train.jsonl")
    writers = [f"{first} {last}" for first in FIRST for last in LAST] + [
        f"@{f.lower()}{i}" for f in FIRST for i in range(5)
    ]
    regulars = writers[:6]
    start = month_start(month)
    batch: list[Case] = []
    for _ in range(count):
        ex = examples[rng.randrange(len(examples))]
        if rng.random() < 0.1:
            months_back = rng.randint(1, 5)
            base = start - timedelta(days=30 * months_back)
        else:
            base = start
        posted = base + timedelta(seconds=rng.randrange(0, 28 * 86400))
        received = posted + timedelta(minutes=rng.expovariate(1 / 20))
        handled = received + timedelta(minutes=rng.choice([rng.expovariate(1 / 30), rng.expovariate(1 / 600)]))
        scores = {c: 0.02 for c in ("positief", "vraag", "klacht", "onwaarheid", "grap_satire", "beledigend")}
        scores[ex.label] = 0.9
        path, outcome = auto_walk(flow, ex.label, ex.flags, can_answer=rng.random() < 0.7)
        author = rng.choice(regulars) if rng.random() < 0.05 else rng.choice(writers)
        status = outcome.default_status
        follow_up = None
        if status in ("monitoren", "open") and rng.random() < 0.3:
            follow_up = (handled + timedelta(days=rng.randint(1, 14))).date().isoformat()
        lessons = (
            [Lesson(*LESSONS[rng.randrange(len(LESSONS))], created_at=handled.isoformat())]
            if rng.random() < 0.02
            else []
        )
        batch.append(
            Case(
                text=ex.text,
                platform=rng.choice(list(PLATFORMS)[:7]),
                author=author,
                posted_at=posted.isoformat(),
                received_at=received.isoformat(),
                handled_at=handled.isoformat(),
                prediction=Prediction(ex.label, scores, ex.flags, "generator"),
                path=[Step(q, a, a, handled.isoformat()) for q, a in path],
                outcome=outcome.id,
                reply="Dank voor je reactie! Groet, Marieke" if outcome.respond == "ja" else "",
                status=status,
                follow_up=follow_up,
                lessons=lessons,
                created_at=handled.isoformat(),
                updated_at=handled.isoformat(),
            )
        )
        if len(batch) == 5000:
            store.bulk_insert(batch)
            batch = []
    if batch:
        store.bulk_insert(batch)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--month", default=datetime.now(UTC).strftime("%Y-%m"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    with CaseStore.open(args.db) as store:
        generate(store, args.cases, args.month, args.seed)
        total = store.count()
    print(f"{args.cases} zaken gemaakt in {time.perf_counter() - started:.1f} s; de geschiedenis telt er nu {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
