"""Write resources/lexicons/woorden.txt.gz: the Dutch word list app/nlp/lexicon.py reads.

    python packaging/wordlist.py            # rewrite the file from the installed spacy-lookups-data
    python packaging/wordlist.py --check    # exit 1 when the committed file differs from a fresh build

Source: the Dutch lemma tables of spacy-lookups-data (Explosion, MIT licence; pip install
"reageerwijzer[data]"). Kept: lower-case words of letters only, 2 to 30 long. Each line is
``<kind> <word>``: ``n`` a noun (its lemma), ``v`` a verb or verb form ('liet', 'aangereden') that
is no noun, ``w`` any other Dutch word or word form (adjectives, adverbs, plural and inflected
forms), and one line ``r <suffix> <replacement>`` per rule that turns a plural or diminutive noun
into its lemma ('ratten' → 'rat'). The file is written with a fixed gzip time stamp, so the same
tables give the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "lexicons" / "woorden.txt.gz"
# The MIT licence asks for its notice with every copy of a substantial part: it ships beside the list.
LICENCE = ROOT / "resources" / "lexicons" / "woorden.LICENSE.txt"
_WORD = re.compile(r"^[a-zà-öø-ÿ]{2,30}$")


def _tables() -> dict[str, object]:
    try:
        import spacy_lookups_data  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        raise SystemExit('spacy-lookups-data ontbreekt: pip install "reageerwijzer[data]"') from None
    folder = Path(spacy_lookups_data.__file__).parent / "data"
    return {
        name: json.loads(gzip.decompress((folder / f"nl_lemma_{name}.json.gz").read_bytes()))
        for name in ("index", "lookup", "rules", "exc")
    }


def _licence() -> str:
    from importlib.metadata import distribution

    dist = distribution("spacy-lookups-data")
    text = next((f.read_text() for f in dist.files or [] if f.name.upper().startswith("LICENSE")), None)
    head = (
        "resources/lexicons/woorden.txt.gz is made by packaging/wordlist.py from the Dutch lemma tables of\n"
        f"spacy-lookups-data {dist.version} (https://github.com/explosion/spacy-lookups-data), under this licence:\n\n"
    )
    return head + (text or "MIT License")


def build() -> bytes:
    """The gzip-compressed word list."""
    tables = _tables()
    index, lookup, rules = tables["index"], tables["lookup"], tables["rules"]
    assert isinstance(index, dict) and isinstance(lookup, dict) and isinstance(rules, dict)
    nouns = {w for w in index["noun"] if _WORD.match(w)}
    words = set(lookup) | set(lookup.values())
    for kind, lemmas in index.items():
        if kind != "noun":
            words |= set(lemmas)
    others = {w for w in words if _WORD.match(w)} - nouns
    verb_lemmas = set(index["verb"])
    verbs = {w for w in others if w in verb_lemmas or lookup.get(w) in verb_lemmas}
    lines = [f"r {suffix or '-'} {replacement or '-'}" for suffix, replacement in rules["noun"]]
    lines += [f"n {w}" for w in sorted(nouns)]
    lines += [f"v {w}" for w in sorted(verbs)]
    lines += [f"w {w}" for w in sorted(others - verbs)]
    text = "\n".join(lines) + "\n"
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="vergelijk met het vastgelegde bestand, schrijf niets")
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        same = TARGET.exists() and gzip.decompress(TARGET.read_bytes()) == gzip.decompress(data)
        print("woordenlijst klopt" if same else f"{TARGET.relative_to(ROOT)} wijkt af: draai packaging/wordlist.py")
        return 0 if same else 1
    TARGET.write_bytes(data)
    LICENCE.write_text(_licence(), encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(data) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
