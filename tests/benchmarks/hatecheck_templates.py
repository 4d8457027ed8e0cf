"""How the category model does on HateCheck sentence templates it never saw (prints, asserts nothing).

    .venv/bin/python tests/benchmarks/hatecheck_templates.py [--data ../shared/data]

Trains the pipeline as nl_model/train.py does, but with only the HateCheck cases whose template id
is divisible by 4, and measures on the other templates of our (even) half: a stand-in for the held
back odd half. Takes about a minute and a half; writes nothing.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.nlp import train as T  # noqa: E402
from app.nlp.corpus import read_examples  # noqa: E402
from app.nlp.pipeline import Assistant  # noqa: E402
from app.nlp.public_data import HATECHECK_MAPPING  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    rows = list(csv.DictReader((args.data / "hatecheck_nl_train.csv").open(encoding="utf-8")))
    seen = [r for r in rows if int(float(r["templ_id"])) % 4 == 0]
    unseen = [r for r in rows if int(float(r["templ_id"])) % 4 != 0]
    with tempfile.TemporaryDirectory() as folder:
        part = Path(folder) / "hatecheck_kwart.jsonl"
        with part.open("w", encoding="utf-8") as handle:
            for r in seen:
                cats, flags = HATECHECK_MAPPING[r["functionality"]]
                record = {"text": r["test_case"], "cats": cats, "flags": flags, "template": r["templ_id"].split(".")[0]}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        # The other partial files (our own hand-written contrast sentences) stay as they are.
        others = [name for name in T.training_partial() if "hatecheck" not in name]
        nlp, averages, _ = T.train(log=lambda *_: None, overrides={"training.partial": [str(part), *others]})
    with nlp.use_params(averages):
        T.fit_calibration(nlp, read_examples(T.DEV))
        results = Assistant(nlp, ROOT).analyse_many([r["test_case"] for r in unseen], explain=False)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row, result in zip(unseen, results, strict=True):
        functionality = row["functionality"]
        abuse = HATECHECK_MAPPING[functionality][0].get("beledigend") == 1.0
        group = "beledigend genoemd (moet)" if abuse else "niet beledigend genoemd (moet)"
        for key in (group, functionality):
            counts[key][0] += int((result.label == "beledigend") == abuse)
            counts[key][1] += 1
        if functionality.startswith("threat"):
            counts["dreiging gevlagd"][0] += int("bedreiging" in result.flags)
            counts["dreiging gevlagd"][1] += 1
    print(f"getraind op {len(seen)} HateCheck-gevallen, gemeten op {len(unseen)} uit andere sjablonen")
    for key, (right, total) in sorted(counts.items(), key=lambda kv: (not kv[0][0].isupper() and "_" in kv[0], kv[0])):
        print(f"  {key:32s} {right / total:6.1%}  ({right}/{total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
