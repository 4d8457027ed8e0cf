"""The assistant on comments an outsider wrote apart from the corpus (prints, asserts nothing).

    .venv/bin/python tests/benchmarks/outside_set.py [--data nl_model/probes/buitenstaander.jsonl]

``nl_model/probes/buitenstaander.jsonl``: 360 comments (60 per label, with flags and a kind) written
in session 5 by someone who had read only the annotation guide, never the corpus, the probes or
the code. Never train or tune on it. Prints category macro-F1 per label for the shipped pipeline
and for the two TF-IDF + logistic-regression baselines of ``nl_model/evaluate.py`` trained on
``corpus/train.jsonl``, flag F1, and accuracy per kind.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.domain.categories import CATEGORIES, FLAGS  # noqa: E402
from app.nlp.corpus import Example, read_examples  # noqa: E402
from app.nlp.evaluate import baseline  # noqa: E402
from app.nlp.metrics import multi_label_report, single_label_report  # noqa: E402
from app.nlp.pipeline import Assistant  # noqa: E402
from app.nlp.train import TRAIN  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT / "nl_model" / "probes" / "buitenstaander.jsonl")
    parser.add_argument("--model", type=Path, default=None, help="another trained pipeline (default: the shipped one)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [r["label"] for r in rows]
    results = Assistant.load(args.model).analyse_many([r["text"] for r in rows], explain=False)
    labels = single_label_report(gold, [r.label for r in results], CATEGORIES)
    print(labels.format(f"Buitenstaander ({len(rows)} reacties) — categorieën (spaCy-pipeline)"))
    flags = multi_label_report([set(r["flags"]) for r in rows], [set(r.flags) for r in results], FLAGS)
    print(flags.format("\nvlaggen (spaCy-pipeline)"))
    outside = [Example(r["text"], r["label"], tuple(r["flags"])) for r in rows]
    train = read_examples(TRAIN)
    for balanced in (False, True):
        base = baseline(train, outside, balanced=balanced)[0].macro_f1
        name = "met gebalanceerde klassegewichten" if balanced else "zoals in evaluate.py"
        print(f"baseline TF-IDF + LR {name}: {base:.3f} (spaCy {labels.macro_f1 - base:+.3f})")
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row, result in zip(rows, results, strict=True):
        kinds[row.get("kind", "?")][0] += int(row["label"] == result.label)
        kinds[row.get("kind", "?")][1] += 1
    print("\njuist per soort: " + ", ".join(f"{k} {r}/{n}" for k, (r, n) in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
