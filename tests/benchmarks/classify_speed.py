"""Benchmark: `reageerwijzer classify` as a whole process on 15,000 comments, run N times.

    python tests/benchmarks/classify_speed.py [--runs 3]

Uses the measurement of ``nl_model/evaluate.py`` (``app.nlp.evaluate.speed``: the train and dev
comments over and over, default output, start-up included) and prints every run and the median of
comments per second on the clock, per processor second, and peak memory. The processor figure
hardly changes with other load on the machine; the clock figure does. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from app.nlp.corpus import read_examples
    from app.nlp.evaluate import SPEED_COMMENTS, speed
    from app.nlp.train import DEV, TRAIN

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    texts = [example.text for example in read_examples(TRAIN) + read_examples(DEV)]
    runs = []
    for i in range(args.runs):
        runs.append(speed(texts))
        wall, cpu, rss = runs[-1]
        print(f"run {i + 1}: {wall:.0f} reacties/s (klok), {cpu:.0f} per processorseconde, piek {rss:.0f} MB")
    print(
        f"mediaan over {args.runs} runs, {SPEED_COMMENTS} reacties: "
        f"{statistics.median(r[0] for r in runs):.0f} reacties/s (klok), "
        f"{statistics.median(r[1] for r in runs):.0f} per processorseconde, "
        f"piek {statistics.median(r[2] for r in runs):.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
