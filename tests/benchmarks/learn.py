"""Benchmark of `reageerwijzer learn`: does the assistant get better on the owner's kind of comments,
without forgetting the rest, fast enough?

    .venv/bin/python tests/benchmarks/learn.py [--cases 160]

Stands in for an owner: dev comments the shipped assistant gets wrong are split in two. One half
(plus some it gets right) becomes a history of handled cases, imported with the answer paths an
owner would choose; `reageerwijzer learn` runs on it; the other half, with as many comments it got
right, is classified with `classify --db` before and after. The rest of dev checks forgetting.
Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.cli import main as cli  # noqa: E402
from app.domain.categories import CATEGORIES  # noqa: E402
from app.domain.flowchart import shipped_flowchart  # noqa: E402
from app.nlp.corpus import read_examples  # noqa: E402
from app.nlp.metrics import single_label_report  # noqa: E402
from app.nlp.pipeline import Assistant  # noqa: E402
from app.nlp.train import DEV  # noqa: E402


def path_for(label: str) -> list[str]:
    flow = shipped_flowchart()
    for path in flow.all_paths():
        labels = set(CATEGORIES)
        for node, answer in path:
            chosen = flow.node(node).answer(answer)
            if chosen.labels:
                labels &= set(chosen.labels)
        if labels == {label}:
            return [a for _, a in path]
    raise SystemExit(f"geen pad voor {label}")


def run(*argv: str, stdin: str = "") -> str:
    out = io.StringIO()
    code = cli(list(argv), stdin=io.BytesIO(stdin.encode()), stdout=out)
    if code:
        raise SystemExit(f"reageerwijzer {' '.join(argv)} faalde ({code})")
    return out.getvalue()


def classify(db: Path, texts: list[str]) -> list[str]:
    lines = "\n".join(json.dumps({"text": t}) for t in texts)
    output = run("classify", "--no-explain", "--db", str(db), stdin=lines)
    return [json.loads(line)["label"] for line in output.splitlines()]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=160)
    args = parser.parse_args()
    dev = read_examples(DEV)
    shipped = Assistant.load()
    predicted = [a.label for a in shipped.analyse_many([e.text for e in dev], explain=False)]
    wrong = [e for e, p in zip(dev, predicted, strict=True) if p != e.label]
    right = [e for e, p in zip(dev, predicted, strict=True) if p == e.label]
    rng = random.Random(11)
    rng.shuffle(wrong)
    rng.shuffle(right)
    n_wrong = min(len(wrong) // 2, args.cases * 3 // 4)
    history_cases = wrong[:n_wrong] + right[: args.cases - n_wrong]
    test = wrong[n_wrong:] + right[args.cases - n_wrong : args.cases - n_wrong + len(wrong[n_wrong:])]
    rest = right[args.cases - n_wrong + len(wrong[n_wrong:]) :]
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "eigen.sqlite3"
        rows = [{"text": e.text, "platform": "google", "answers": path_for(e.label)} for e in history_cases]
        run("cases", "import", "--db", str(db), stdin="\n".join(json.dumps(r) for r in rows))
        before = classify(db, [e.text for e in test])
        before_rest = classify(db, [e.text for e in rest])
        started = time.perf_counter()
        summary = run("learn", "--db", str(db))
        seconds = time.perf_counter() - started
        after = classify(db, [e.text for e in test])
        after_rest = classify(db, [e.text for e in rest])
    gold = [e.label for e in test]
    acc_before = sum(g == p for g, p in zip(gold, before, strict=True)) / len(gold)
    acc_after = sum(g == p for g, p in zip(gold, after, strict=True)) / len(gold)
    rest_gold = [e.label for e in rest]
    f1_before = single_label_report(rest_gold, before_rest, CATEGORIES).macro_f1
    f1_after = single_label_report(rest_gold, after_rest, CATEGORIES).macro_f1
    print(summary.strip())
    print(f"geschiedenis: {len(history_cases)} zaken ({n_wrong} die de meegeleverde assistent fout had)")
    print(f"learn: {seconds:.1f} s (heel proces, 2 cores)")
    print(f"andere reacties van dezelfde soort ({len(test)}): {acc_before:.1%} → {acc_after:.1%} juist")
    print(f"rest van dev ({len(rest)}), vergeten?: macro-F1 {f1_before:.3f} → {f1_after:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
