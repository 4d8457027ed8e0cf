"""Text normalisation, one place for all of the app: topic detection, drafts, the report's word
counts, the corpus tools and the language pipeline (which sets every token's NORM with
:func:`word_form`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_REPEATS = re.compile(r"(.)\1{2,}")
_MASKING = re.compile(r"[*#@$!.]")


def _plain(text: str) -> str:
    """Lower case without accents."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


_NOT_WORD = re.compile(r"[^a-z0-9€]+")


def sentences(text: str) -> list[str]:
    """The text split after each '.', '!' or '?' followed by white space: 'Top! Echt.' → ['Top!', 'Echt.']."""
    return re.split(r"(?<=[.!?])\s+", text)


def normalise(text: str) -> str:
    """Lower case, no accents, letters and digits only, single spaces."""
    # Plain ASCII has no accents: the Unicode pass is skipped (most comments; same result).
    text = _NOT_WORD.sub(" ", text.lower() if text.isascii() else _plain(text))
    return " ".join(text.split())


@lru_cache(maxsize=50_000)
def word_form(word: str) -> str:
    """The normal form of one word (a token's NORM in the language pipeline): lower case, accents
    off, runs of 3+ equal letters cut to 2 ('heeeel' -> 'heel'), masking stars inside a word
    removed ('k*t' -> 'kt' stays one feature). Punctuation at the edges stays: it is a token."""
    text = _REPEATS.sub(r"\1\1", _plain(word))
    if len(text) > 2 and any(ch.isalpha() for ch in text):
        text = text[0] + _MASKING.sub("", text[1:-1]) + text[-1]
    return text


Keywords = tuple[tuple[str, ...], tuple[str, ...]]  # (prefixes, phrases padded with spaces)


@lru_cache(maxsize=256)
def compiled_keywords(keywords: tuple[str, ...]) -> Keywords:
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
    return count_hits(norm.split(), f" {norm} ", compiled_keywords(tuple(keywords)))


def count_hits(words: list[str], padded: str, keywords: Keywords) -> int:
    """:func:`keyword_hits` on a normalised text given as its words and as ``' text '``."""
    prefixes, phrases = keywords
    hits = sum(1 for w in words for p in prefixes if w.startswith(p)) if prefixes else 0
    return hits + sum(1 for phrase in phrases if phrase in padded)
