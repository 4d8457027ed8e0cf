"""A comment in Frisian ('Wy wolle graach it jierdeifeestje fan ús Jelle by jimme hâlde') made Dutch word for
word ('Wij willen graag het verjaardagsfeestje van ons Jelle bij jullie houden'), so that its questions, the FAQ
entry it asks about and the names it gives are found as in a Dutch comment. The words are in
resources/synonyms.toml ([frisian_words], [frisian_also], [frisian_starts])."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from app.resources import resource_path

# How many words only Frisian uses make a comment Frisian: one or two may be a name or a typo.
_AT_LEAST = 3
# The part of a compound after a Frisian start is a word of its own ('feestje' in 'jierdeifeestje').
_REST = 4
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class FrisianWords:
    words: dict[str, str]  # a word only Frisian uses and its Dutch ('bern' → 'kinderen')
    also: dict[str, str]  # a Frisian word that is Dutch or English too ('it', 'fan', 'mei')
    starts: dict[str, str]  # the first part of a compound and its Dutch ('jierdei' → 'verjaardags')


def _table(raw: dict[str, object], name: str) -> dict[str, str]:
    table = raw.get(name)
    if not isinstance(table, dict) or not table or not all(isinstance(v, str) and v.strip() for v in table.values()):
        raise ValueError(f"synonyms.toml: [{name}] must map a Frisian word to its Dutch")
    return {str(k).lower(): str(v).strip() for k, v in table.items()}


@lru_cache(maxsize=1)
def frisian_words() -> FrisianWords:
    raw = tomllib.loads(resource_path("synonyms.toml").read_text(encoding="utf-8"))
    return FrisianWords(_table(raw, "frisian_words"), _table(raw, "frisian_also"), _table(raw, "frisian_starts"))


def _start(word: str) -> tuple[str, str] | None:
    """(Frisian start, its Dutch) of a compound that opens with one ('jierdeifeestje'); None otherwise."""
    starts = frisian_words().starts
    return next(
        (
            (s, d)
            for s, d in sorted(starts.items(), key=lambda i: -len(i[0]))
            if word.startswith(s) and len(word) - len(s) >= _REST
        ),
        None,
    )


def is_frisian(text: str) -> bool:
    """Whether a comment is written in Frisian: it holds at least three different words only Frisian uses."""
    found = {w.lower() for w in _WORD.findall(text)}
    own = {w for w in found if w in frisian_words().words or _start(w) is not None}
    return len(own) >= _AT_LEAST


def in_dutch(text: str) -> str:
    """The comment made Dutch word for word when it is Frisian (a capital kept: 'Wy' → 'Wij'); else unchanged."""
    if not is_frisian(text):
        return text
    table = {**frisian_words().also, **frisian_words().words}

    def dutch(found: re.Match[str]) -> str:
        word = found.group(0)
        lower = word.lower()
        said = table.get(lower)
        if said is None:
            start = _start(lower)
            said = f"{start[1]}{lower[len(start[0]) :]}" if start else None
        if said is None:
            return word
        return said[:1].upper() + said[1:] if word[:1].isupper() else said

    return _WORD.sub(dutch, text)
