"""Copy the labelled comments of the draft test rounds into a corpus part.

    python nl_model/import_rounds.py [--upto r39]

Writes text, label and flags of every comment in ``tests/data/draft_expectations*.toml`` up to the
given round to ``corpus/parts/rondes.jsonl``; then run ``build_corpus.py`` and ``train.py``. Later
rounds stay out, so that ``tests/benchmarks/draft_expectations.py --chain`` can measure the whole
chain on them, on text the classifier never saw. See ``app/nlp/round_corpus.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.nlp.corpus import write_examples  # noqa: E402
from app.nlp.round_corpus import LAST_ROUND, round_examples  # noqa: E402

ROUNDS = ROOT / "tests" / "data"
OUTPUT = ROOT / "nl_model" / "corpus" / "parts" / "rondes.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Concepttestrondes als corpusdeel")
    parser.add_argument("--upto", default=f"r{LAST_ROUND}", help="laatste ronde die meetelt (standaard %(default)s)")
    args = parser.parse_args(argv)
    upto = int(str(args.upto).lstrip("r"))
    examples = round_examples(ROUNDS, upto)
    write_examples(OUTPUT, examples)
    print(f"{len(examples)} reacties uit de rondes 1–{upto} geschreven naar {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
