"""Inflected adjectives, told by their form and resources/fact_words.toml: 'de Franse klanten' (a noun after one,
never a verb) and 'nen elektrische van ergens anders' (one standing alone, for the thing named before it)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_fact_words import fact_words


def _inflected_end(end: str) -> str:
    """An adjective ending as it is spelled inflected, without the -e: 'baar' → 'bar', 'loos' → 'loz'."""
    if len(end) >= 3 and end[-3] == end[-2] and end[-2] in "aeou":
        return end[:-3] + end[-2] + {"s": "z", "f": "v"}.get(end[-1], end[-1])
    return end


def inflected_adjective(word: str) -> bool:
    """Whether a word, as written, is an inflected adjective: a common one ('kleine', resources/fact_words.toml
    inflected_adjectives), a derived one ('rustige', 'betaalbare', 'Belgische'), a comparative or superlative
    ('oudere', 'beste') or one of a place or language, capitalised ('Franse', 'Vlaamse')."""
    lower = word.lower()
    if len(lower) < 4 or not lower.endswith("e") or lower.endswith(("ee", "ie", "oe")):
        return False
    words = fact_words()
    ends = tuple(_inflected_end(e) for e in words.adjective_ends)
    place = word[:1].isupper() and lower.endswith("se")
    return lower in words.inflected_adjectives or lower[:-1].endswith(ends) or lower.endswith(("ere", "ste")) or place


# An inflected adjective standing alone after an article, its noun left out: 'nen elektrische van ergens anders',
# 'een vegetarische zonder kaas', 'de glutenvrije?'.
_ALONE = re.compile(
    r"\b(?:een|nen|ne|ene|de|die|het)\s+(?P<adj>[^\W\d_][\w-]{3,})(?=\s*(?:[.!?,;:]|$)|\s+(?:van|uit|met|zonder|voor|die|dat|of)\b)",
    re.I,
)


def elided(text: str, things: Iterable[str]) -> tuple[str, ...]:
    """The adjectives a text says alone, its noun left out ('Nen elektrische van ergens anders?'), each with the
    first of ``things`` (the things it names, as written) after it: ('elektrische fietsen',); () when there is no
    such adjective or no thing."""
    thing = next(iter(things), "")
    if not thing:
        return ()
    found = (m.group("adj") for m in _ALONE.finditer(text))
    return tuple(dict.fromkeys(f"{a.lower()} {thing}" for a in found if inflected_adjective(a)))
