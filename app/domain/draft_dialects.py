"""A comment in Frisian ('Wy wolle graach it jierdeifeestje fan ús Jelle by jimme hâlde') made Dutch word for
word ('Wij willen graag het verjaardagsfeestje van ons Jelle bij jullie houden'), so that its questions, the FAQ
entry it asks about and the names it gives are found as in a Dutch comment; a comment in Limburgish ('Ich had
gevraog um e bitsje korter') likewise ('Ik had gevraagd om een beetje korter'), and one in French or German ('Kann
man bei Ihnen E-Bikes mieten?' → 'Kan men bij u E-Bikes huren?'). The words are in
resources/synonyms.toml ([frisian_words], [frisian_also], [frisian_starts]; [limburgish_words], [limburgish_also])."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from app.resources import resource_path

# The dialects a comment is made Dutch from, each with its tables in synonyms.toml ('frisian_words', ...).
_DIALECTS = ("frisian", "limburgish", "gronings", "french", "nedersaksisch", "westvlaams", "zeeuws", "german")
# How many words only the dialect uses make a comment Frisian (Limburgish): one or two may be a name or a typo.
_AT_LEAST = 3
# The part of a compound after a Frisian start is a word of its own ('feestje' in 'jierdeifeestje').
_REST = 4
# (a French word may hold a hyphen or an apostrophe: 'rendez-vous', 'aujourd'hui')
_WORD = re.compile(r"['’]?[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class DialectWords:
    """The tables of one dialect (Frisian, Limburgish) that make it Dutch word for word."""

    words: dict[str, str]  # a word only the dialect uses and its Dutch ('bern' → 'kinderen')
    also: dict[str, str]  # a dialect word that is Dutch or English too ('it', 'fan', 'mei')
    starts: dict[str, str]  # the first part of a compound and its Dutch ('jierdei' → 'verjaardags')


def _table(raw: dict[str, object], name: str) -> dict[str, str]:
    table = raw.get(name)
    if not isinstance(table, dict) or not table or not all(isinstance(v, str) and v.strip() for v in table.values()):
        raise ValueError(f"synonyms.toml: [{name}] must map a dialect word to its Dutch")
    return {str(k).lower(): str(v).strip() for k, v in table.items()}


@cache
def dialect_words(dialect: str) -> DialectWords:
    """The tables of one dialect in synonyms.toml; its compound starts are optional."""
    raw = tomllib.loads(resource_path("synonyms.toml").read_text(encoding="utf-8"))
    starts = _table(raw, f"{dialect}_starts") if f"{dialect}_starts" in raw else {}
    return DialectWords(_table(raw, f"{dialect}_words"), _table(raw, f"{dialect}_also"), starts)


def frisian_words() -> DialectWords:
    return dialect_words("frisian")


def _start(word: str, tables: DialectWords) -> tuple[str, str] | None:
    """(dialect start, its Dutch) of a compound that opens with one ('jierdeifeestje'); None otherwise."""
    return next(
        (
            (s, d)
            for s, d in sorted(tables.starts.items(), key=lambda i: -len(i[0]))
            if word.startswith(s) and len(word) - len(s) >= _REST
        ),
        None,
    )


def _found(text: str) -> set[str]:
    return {w.lower().lstrip("'’") for w in _WORD.findall(text)}


def _own_words(text: str, tables: DialectWords) -> int:
    """How many different words of the text only this dialect uses."""
    return len({w for w in _found(text) if w in tables.words or _start(w, tables) is not None})


def _written_in(text: str, tables: DialectWords) -> bool:
    """Whether the text holds at least three different words only this dialect uses."""
    return _own_words(text, tables) >= _AT_LEAST


def is_frisian(text: str) -> bool:
    """Whether a comment is written in Frisian: it holds at least three different words only Frisian uses."""
    return _written_in(text, frisian_words())


def _german() -> DialectWords:
    return dialect_words("german")


def _starts_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens the text or a sentence of it ('Danke! Kann man ...': 'Kann')."""
    return re.search(r"(?:^|[.!?]\s*)$", text[:at].rstrip(" \t\n\"'(")) is not None


def in_dutch(text: str) -> str:
    """The comment made Dutch word for word when it is Frisian or Limburgish (a capital kept: 'Wy' → 'Wij',
    an apostrophe before a word too: ''ne' → ''een''); else unchanged."""
    # Neighbouring dialects share words ('hebbe', 'zaoterdag' are Limburgish and Achterhoeks alike):
    # the one with the most own words in the text wins (max keeps the first listed on a tie).
    tables = max(map(dialect_words, _DIALECTS), key=lambda t: _own_words(text, t))
    if not _written_in(text, tables):
        return text
    table = {**tables.also, **tables.words}

    def dutch(found: re.Match[str]) -> str:
        word = found.group(0)
        quote = word[:1] if word[:1] in "'’" else ""
        body = word[len(quote) :]
        said = table.get(word.lower()) if quote else None  # ''ne' → 'een': the apostrophe is part of the word
        if said is not None:
            return said
        said = table.get(body.lower())
        if said is None:
            start = _start(body.lower(), tables)
            said = f"{start[1]}{body.lower()[len(start[0]) :]}" if start else None
        if said is None:
            return word
        # German writes every noun with a capital: in Dutch only the first word of a sentence keeps it
        capital = body[:1].isupper() and (tables is not _german() or _starts_sentence(text, found.start()))
        return quote + (said[:1].upper() + said[1:] if capital else said)

    return _WORD.sub(dutch, text)
