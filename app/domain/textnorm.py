"""Text normalisation shared by topic detection and the corpus tools."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def normalise(text: str) -> str:
    """Lower case, no accents, letters and digits only, single spaces."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9€]+", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=256)
def _compiled(keywords: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(prefixes, phrases) normalised once per keyword list."""
    prefixes, phrases = [], []
    for keyword in keywords:
        key = normalise(keyword.rstrip("*"))
        if not key:
            continue
        if keyword.endswith("*") and " " not in key:
            prefixes.append(key)
        else:
            phrases.append(f" {key} ")
    return tuple(prefixes), tuple(phrases)


def keyword_hits(text: str, keywords: list[str] | tuple[str, ...], *, normalised: str | None = None) -> int:
    """How many keywords occur in the text. 'word*' matches any word starting so;
    several words match as a phrase. Matching ignores case, accents and punctuation."""
    norm = normalised if normalised is not None else normalise(text)
    prefixes, phrases = _compiled(tuple(keywords))
    hits = 0
    if prefixes:
        hits += sum(1 for w in norm.split() for p in prefixes if w.startswith(p))
    if phrases:
        padded = f" {norm} "
        hits += sum(1 for phrase in phrases if phrase in padded)
    return hits
