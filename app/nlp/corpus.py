"""Reading the corpus, its fingerprint, and finding near-duplicate comments.

No spaCy here: the corpus tools and their tests run without the model.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.categories import CATEGORIES, FLAGS
from app.domain.textnorm import normalise as _normalise
from app.errors import DataFileError

SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.5
NEAR_DUPLICATE_CONTAINMENT = 0.8


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    flags: tuple[str, ...] = ()


def json_records(path: Path) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(where, record, text) for every line of a JSON Lines data file; a line that is no JSON
    object or has no text stops the read with the file and line number."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"regel {number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataFileError(str(path), f"geen geldige JSON ({exc.msg})", where) from None
            text = data.get("text") if isinstance(data, dict) else None
            if not isinstance(text, str) or not text.strip():
                raise DataFileError(str(path), "veld 'text' ontbreekt of is leeg", where)
            yield where, data, text


def read_examples(path: Path) -> list[Example]:
    """Read and validate a corpus file in the DESIGN.md format."""
    examples: list[Example] = []
    for where, data, text in json_records(path):
        label, flags = data.get("label"), data.get("flags", [])
        if label not in CATEGORIES:
            raise DataFileError(str(path), f"onbekende categorie {label!r}", where)
        if not isinstance(flags, list) or any(f not in FLAGS for f in flags):
            raise DataFileError(str(path), f"ongeldige vlaggen {flags!r}", where)
        examples.append(Example(text, label, tuple(sorted(set(flags)))))
    return examples


def write_examples(path: Path, examples: Iterable[Example]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for ex in examples:
            handle.write(
                json.dumps({"text": ex.text, "label": ex.label, "flags": list(ex.flags)}, ensure_ascii=False) + "\n"
            )


def files_hash(paths: Sequence[Path]) -> str:
    """SHA-256 over the bytes of the given files, in the given order."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def normalise(text: str) -> str:
    """Lower case, no accents, letters and digits only, single spaces, followed by the emoji
    and symbols of the text: 'Lekker dan 😍' and 'Lekker dan 🙄' are different comments.
    Text of only punctuation keeps it ('?' and '...' differ)."""
    plain = " ".join(_normalise(text).replace("€", " ").split())
    symbols = "".join(ch for ch in text if unicodedata.category(ch) == "So")
    key = f"{plain} {symbols}".strip()
    return key or "".join(text.split())


def shingles(text: str) -> frozenset[str]:
    norm = normalise(text)
    if len(norm) <= SHINGLE:
        return frozenset({norm})
    return frozenset(norm[i : i + SHINGLE] for i in range(len(norm) - SHINGLE + 1))


def is_near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    inter = len(a & b)
    if inter == 0:
        return False
    if inter / len(a | b) >= NEAR_DUPLICATE_JACCARD:
        return True
    return inter / min(len(a), len(b)) >= NEAR_DUPLICATE_CONTAINMENT and min(len(a), len(b)) >= 20


def near_duplicate_pairs(left: Sequence[str], right: Sequence[str] | None = None) -> list[tuple[int, int]]:
    """Index pairs (i, j) of near-duplicates: within ``left``, or between ``left`` and ``right``.

    Candidates come from an inverted index of rare shingles, so this stays fast
    for tens of thousands of short texts.
    """
    left_sh = [shingles(t) for t in left]
    right_sh = left_sh if right is None else [shingles(t) for t in right]
    index: dict[str, list[int]] = defaultdict(list)
    for j, sh in enumerate(right_sh):
        for s in sh:
            index[s].append(j)
    limit = max(50, len(right_sh) // 20)  # ignore shingles that half the corpus shares
    pairs: list[tuple[int, int]] = []
    for i, sh in enumerate(left_sh):
        counts: dict[int, int] = defaultdict(int)
        for s in sh:
            posting = index[s]
            if len(posting) > limit:
                continue
            for j in posting:
                counts[j] += 1
        for j, shared in counts.items():
            if right is None and j <= i:
                continue
            if shared * 5 < min(len(sh), len(right_sh[j])):  # cannot reach the thresholds
                continue
            if is_near_duplicate(sh, right_sh[j]):
                pairs.append((i, j))
    return pairs
