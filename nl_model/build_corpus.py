"""Build nl_model/corpus/train.jsonl and dev.jsonl from the hand-written parts.

    python nl_model/build_corpus.py

Steps: validate every part file, drop exact duplicates (after normalising case,
accents and punctuation), group near-duplicates (character 5-gram Jaccard >= 0.5,
or one text nearly contained in the other) and put each group wholly in train or
wholly in dev, so the dev split shares no near-duplicate with train. The split is
stratified per label and deterministic (groups are ordered by a hash of their text).
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.categories import CATEGORIES, FLAGS  # noqa: E402
from app.nlp.corpus import Example, near_duplicate_pairs, normalise, read_examples, write_examples  # noqa: E402

CORPUS = ROOT / "nl_model" / "corpus"
DEV_SHARE = 0.18


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def main() -> int:
    examples: list[Example] = []
    for part in sorted((CORPUS / "parts").glob("*.jsonl")):
        examples.extend(read_examples(part))
    seen: set[str] = set()
    unique: list[Example] = []
    for ex in examples:
        key = normalise(ex.text)
        if key in seen:
            continue
        seen.add(key)
        unique.append(ex)
    print(f"{len(examples)} voorbeelden gelezen, {len(examples) - len(unique)} exacte dubbelen verwijderd")

    parent = list(range(len(unique)))
    pairs = near_duplicate_pairs([ex.text for ex in unique])
    for i, j in pairs:
        parent[_find(parent, i)] = _find(parent, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(unique)):
        groups[_find(parent, i)].append(i)
    print(f"{len(pairs)} bijna-dubbele paren in {sum(1 for g in groups.values() if len(g) > 1)} groepen")

    # Stratify on the label of each group's first member.
    by_label: dict[str, list[list[int]]] = defaultdict(list)
    for members in groups.values():
        by_label[unique[members[0]].label].append(members)
    dev_ids: set[int] = set()
    for label in CATEGORIES:
        label_groups = sorted(by_label[label], key=lambda g: hashlib.sha1(unique[g[0]].text.encode()).hexdigest())
        target = round(DEV_SHARE * sum(len(g) for g in label_groups))
        taken = 0
        for members in label_groups:
            if taken >= target:
                break
            if len(members) > 3:  # big families of similar texts stay in train
                continue
            dev_ids.update(members)
            taken += len(members)

    train = [ex for i, ex in enumerate(unique) if i not in dev_ids]
    dev = [ex for i, ex in enumerate(unique) if i in dev_ids]
    write_examples(CORPUS / "train.jsonl", train)
    write_examples(CORPUS / "dev.jsonl", dev)
    for name, split in (("train", train), ("dev", dev)):
        labels = Counter(ex.label for ex in split)
        flags = Counter(f for ex in split for f in ex.flags)
        print(
            f"{name}: {len(split)} — "
            + ", ".join(f"{c} {labels[c]}" for c in CATEGORIES)
            + " | "
            + ", ".join(f"{f} {flags[f]}" for f in FLAGS)
        )
    leaks = near_duplicate_pairs([ex.text for ex in dev], [ex.text for ex in train])
    print(f"bijna-dubbelen tussen dev en train: {len(leaks)}")
    return 1 if leaks else 0


if __name__ == "__main__":
    raise SystemExit(main())
