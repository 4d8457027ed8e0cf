"""Quoted speech in a comment ('dan moet ge maar vroeger uit uw bed komen'): words someone said, not things the
comment is about; a quoted word or two ("een 'simpele' vervanging") is the writer's own phrase, and an apostrophe
that elides a word's start ("'k heb", "'t is") is no quote mark."""

from __future__ import annotations

from typing import Any

from app.domain.words import stop_words
from app.nlp import lexicon

_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”", "„"})
_MAX_QUOTE = 30  # tokens: a longer 'quotation' is an unpaired mark
# Forms of the verbs a sentence said has most often that the word list also knows as nouns.
_SAID_VERBS = frozenset({"is", "zijn", "was", "moet", "moeten", "kan", "kunnen", "heb", "hebt", "heeft", "gaat", "zit"})


def _finite(word: str) -> bool:
    return lexicon.is_verb(word) and word not in stop_words() and not word.endswith("en")


# What an apostrophe stands for when it opens a word ("'k heb", "'t is", "'s morgens", "'n fiets"): no quote mark.
_ELIDED = frozenset({"k", "t", "s", "n", "m", "r"})


def _elided(doc: Any, i: int) -> bool:
    """Whether the apostrophe at ``i`` elides the start of the word glued to it ("'k Hebbe mijne velo ...")."""
    if doc[i].whitespace_ or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return after.lower_ in _ELIDED and (bool(after.whitespace_) or i + 2 >= len(doc) or doc[i + 2].is_punct)


def quoted_speech(doc: Any) -> set[int]:
    """Token positions inside quoted speech ('dan moet ge maar vroeger uit uw bed komen'): words someone
    said, not things the comment is about. A quoted word or two ("een 'simpele' vervanging", "een
    'haarbar'") is the writer's own phrase and stays."""
    inside: set[int] = set()
    opened: int | None = None
    for token in doc:
        if token.text not in _QUOTES or _elided(doc, token.i):
            continue
        if opened is None:
            opened = token.i
            continue
        words = [t for t in doc[opened + 1 : token.i] if t.is_alpha]
        # a sentence said has a finite verb; 'voor 'alleen de puntjes'' names what was asked for, and
        # "een zaterdagochtend 'zelf je band plakken'" an idea (an infinitive in -en)
        said = any(t.lower_ in _SAID_VERBS or _finite(t.lower_) for t in words)
        if len(words) >= 3 and said and token.i - opened <= _MAX_QUOTE:
            inside.update(range(opened + 1, token.i))
        opened = None
    return inside
