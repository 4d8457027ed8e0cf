"""A comment in Frisian ('Wy wolle graach it jierdeifeestje fan ús Jelle by jimme hâlde') made Dutch word for
word ('Wij willen graag het verjaardagsfeestje van ons Jelle bij jullie houden'), so that its questions, the FAQ
entry it asks about and the names it gives are found as in a Dutch comment; a comment in Limburgish ('Ich had
gevraog um e bitsje korter') likewise ('Ik had gevraagd om een beetje korter'). The words are in
resources/synonyms.toml ([frisian_words], [frisian_also], [frisian_starts]; [limburgish_words], [limburgish_also])."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from app.resources import resource_path

# The dialects a comment is made Dutch from, each with its tables in synonyms.toml ('frisian_words', ...).
_DIALECTS = ("frisian", "limburgish", "gronings", "french", "nedersaksisch", "westvlaams", "zeeuws", "german")
# The languages that write every noun with a capital ('Kreditkarte'): their Dutch has one only where a sentence starts.
_NOUN_CAPITALS = frozenset({"german"})
# The languages (not dialects) a writer mixes with Dutch ('Kan ik in de buurt ... voor een coupe homme? Et combien
# ça coûte?'): a word they share with Dutch ('de', 'en', 'die') is theirs only near one of their own words.
_MIXED = frozenset({"french", "german"})
# (two words either side: 'was kostet das pro Tag' is German up to its last word)
_NEAR = 2
_PRICE_ORDER = re.compile(r"\b(hoeveel) (dat|het) (kost|kosten)\b", re.I)
_MUST = re.compile(r"\bil moet\b", re.I)
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


@cache
def _own_dutch() -> dict[str, frozenset[str]]:
    """Each word only a dialect uses ('naor', 'uut', 'bie') → the Dutch words the dialects give it."""
    found: dict[str, set[str]] = {}
    for dialect in _DIALECTS:
        for word, dutch in dialect_words(dialect).words.items():
            found.setdefault(word, set()).add(dutch.lower())
    return {w: frozenset(d) for w, d in found.items()}


def dutch_of(word: str) -> frozenset[str]:
    """The Dutch a dialect gives one of its own words ('naor' → {'naar'}, 'uut' → {'uit'}); empty for any other
    word, also for a dialect word that is Dutch or English too ('veur', 'as'), which says nothing alone."""
    return _own_dutch().get(word.lower(), frozenset())


def dialect_forms(*dutch: str) -> frozenset[str]:
    """The Dutch words and every word a dialect uses only for one of them ('jaar' → 'jaar', 'jaor', 'joar')."""
    return frozenset(dutch) | frozenset(w for w, d in _own_dutch().items() if d & set(dutch))


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


def _own(word: str, tables: DialectWords) -> bool:
    """Whether a word as written is one only this dialect or language uses."""
    said = word.lower().lstrip("'’")
    return said in tables.words or _start(said, tables) is not None


def _found(text: str) -> set[str]:
    return {w.lower().lstrip("'’") for w in _WORD.findall(text)}


def _own_words(text: str, tables: DialectWords) -> int:
    """How many different words of the text only this dialect uses."""
    return len({w for w in _found(text) if _own(w, tables)})


def _written_in(text: str, tables: DialectWords) -> bool:
    """Whether the text holds at least three different words only this dialect uses."""
    return _own_words(text, tables) >= _AT_LEAST


def is_frisian(text: str) -> bool:
    """Whether a comment is written in Frisian: it holds at least three different words only Frisian uses."""
    return _written_in(text, frisian_words())


def is_german(text: str) -> bool:
    """Whether a comment is written (mostly) in German: German has the most own words of the languages made Dutch,
    and at least three ('Wir waren über Ostern hier und haben jeden Morgen Brötchen geholt'); a Dutch comment with
    one German word ('Danke!') is not."""
    return max(_DIALECTS, key=lambda d: _own_words(text, dialect_words(d))) == "german" and _written_in(
        text, dialect_words("german")
    )


def is_french(text: str) -> bool:
    """Whether a comment is written (mostly) in French, as :func:`is_german` tells German ('Super accueil et la
    meilleure croquette ... On revient l'année prochaine')."""
    return max(_DIALECTS, key=lambda d: _own_words(text, dialect_words(d))) == "french" and _written_in(
        text, dialect_words("french")
    )


def _starts_sentence(text: str, at: int) -> bool:
    """Whether the word at this place opens the text or a sentence ('. Kann', '! Wir')."""
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?:"


def in_dutch(text: str) -> str:
    """The comment made Dutch word for word when it is Frisian or Limburgish (a capital kept: 'Wy' → 'Wij',
    an apostrophe before a word too: ''ne' → ''een''); else unchanged."""
    # Neighbouring dialects share words ('hebbe', 'zaoterdag' are Limburgish and Achterhoeks alike):
    # the one with the most own words in the text wins (max keeps the first listed on a tie).
    named = max(_DIALECTS, key=lambda d: _own_words(text, dialect_words(d)))
    tables = dialect_words(named)
    if not _written_in(text, tables):
        return text
    table = {**tables.also, **tables.words}
    found = list(_WORD.finditer(text))
    own = [_own(f.group(0), tables) for f in found]

    def shared(at: int) -> bool:
        """Whether a word this language shares with Dutch stands in a Dutch part of a mixed comment."""
        return named in _MIXED and not own[at] and not any(own[max(at - _NEAR, 0) : at + _NEAR + 1])

    def dutch(at: int) -> str:
        word = found[at].group(0)
        quote = word[:1] if word[:1] in "'’" else ""
        body = word[len(quote) :]
        said = table.get(word.lower()) if quote else None  # ''ne' → 'een': the apostrophe is part of the word
        if said is not None:
            return said
        said = None if shared(at) else table.get(body.lower())
        if said is None:
            start = _start(body.lower(), tables)
            said = f"{start[1]}{body.lower()[len(start[0]) :]}" if start else None
        if said is None:
            return word
        capital = body[:1].isupper() and (named not in _NOUN_CAPITALS or _starts_sentence(text, found[at].start()))
        return quote + (said[:1].upper() + said[1:] if capital else said)

    out, last = [], 0
    for at, match in enumerate(found):
        out += [text[last : match.start()], dutch(at)]
        last = match.end()
    said = "".join([*out, text[last:]])
    # French asks a price with the thing before its verb ('combien ça coûte?'): Dutch puts the verb first; and what
    # one must do with 'il faut' ('Il faut commander ...?' → 'Moet ik bestellen ...?')
    if named != "french":
        return said
    return _MUST.sub(lambda m: "Moet ik" if m.group(0)[0].isupper() else "moet ik", _PRICE_ORDER.sub(r"\1 \3 \2", said))


def said_in_dutch(words: str, text: str) -> str:
    """``words`` quoted from ``text``, made Dutch word for word with the tables of the dialect ``text`` uses most
    ('het inpakken mit dat rode lintje' in a Gronings comment → 'het inpakken met dat rode lintje'), even when it holds
    fewer than three of that dialect's own words; as written when it holds none."""
    counts = [(_own_words(text, dialect_words(d)), d) for d in _DIALECTS if d not in _MIXED]
    best, dialect = max(counts)
    if best == 0:
        return words
    tables = dialect_words(dialect)
    return _WORD.sub(lambda m: _dutch_word(m.group(0), tables), words)


def _dutch_word(word: str, tables: DialectWords) -> str:
    """One dialect word as Dutch ('mit' → 'met'), its capital kept; as written when the tables do not hold it."""
    said = word.lower()
    dutch = tables.words.get(said) or tables.also.get(said)
    if not dutch:
        return word
    return dutch[:1].upper() + dutch[1:] if word[:1].isupper() else dutch
