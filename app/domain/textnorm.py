"""Text normalisation shared by topic detection and the corpus tools."""

from __future__ import annotations

import re
import unicodedata


def normalise(text: str) -> str:
    """Lower case, no accents, letters and digits only, single spaces."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9€]+", " ", text)
    return " ".join(text.split())


def keyword_hits(text: str, keywords: list[str] | tuple[str, ...]) -> int:
    """How many keywords occur in the text. 'word*' matches any word starting so;
    several words match as a phrase. Matching ignores case, accents and punctuation."""
    norm = normalise(text)
    words = norm.split()
    padded = f" {norm} "
    hits = 0
    for keyword in keywords:
        key = normalise(keyword.rstrip("*"))
        if not key:
            continue
        if keyword.endswith("*") and " " not in key:
            hits += sum(1 for w in words if w.startswith(key))
        elif f" {key} " in padded:
            hits += 1
    return hits
