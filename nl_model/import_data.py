"""Convert the public data in ../shared/data into committed training files.

    python nl_model/import_data.py [--data ../shared/data]

Writes nl_model/corpus/hatecheck_nl_train.jsonl (Multilingual HateCheck, Dutch
training half, CC BY 4.0, as partial labels; train only, never in dev) and
nl_model/lexicons/pattern_positief.txt / pattern_negatief.txt (Pattern's Dutch
sentiment lexicon, PDDL). See app/nlp/public_data.py for the mapping.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.nlp.public_data import hatecheck_examples, pattern_lexicons, write_lexicon, write_partial  # noqa: E402

HATECHECK_OUT = ROOT / "nl_model" / "corpus" / "hatecheck_nl_train.jsonl"
LEXICONS = ROOT / "nl_model" / "lexicons"
PATTERN_CREDIT = (
    "Afgeleid van Pattern's Nederlandse sentimentlexicon (nl-sentiment.xml),\n"
    "De Smedt & Daelemans 2012, CLiPS, Universiteit Antwerpen; PDDL.\n"
    "Gemaakt door nl_model/import_data.py: bijvoeglijke naamwoorden met gemiddelde polariteit {sign}0,3."
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    cases = hatecheck_examples(args.data / "hatecheck_nl_train.csv")
    write_partial(HATECHECK_OUT, cases)
    print(f"HateCheck: {len(cases)} gevallen -> {HATECHECK_OUT.relative_to(ROOT)}")
    print("  " + ", ".join(f"{k.split(':')[1]} {v}" for k, v in sorted(Counter(c.source for c in cases).items())))
    positive, negative = pattern_lexicons(args.data / "nl-sentiment.xml")
    write_lexicon(LEXICONS / "pattern_positief.txt", positive, PATTERN_CREDIT.format(sign=">= "))
    write_lexicon(LEXICONS / "pattern_negatief.txt", negative, PATTERN_CREDIT.format(sign="<= -"))
    print(f"Pattern: {len(positive)} positieve en {len(negative)} negatieve bijvoeglijke naamwoorden")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
