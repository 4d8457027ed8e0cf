"""Nouns joined to a thing already named ('een nieuwe ketting + cassette', 'de lampjes en remmen'), guessed like
the other nouns the lexicon does not know (topic_nouns)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from app.domain.topics import Mention
from app.nlp import lexicon
from app.nlp.topic_nouns import _PHRASE_ENDS, DETERMINERS, _mention, names_nothing

_AND = frozenset({"en", "of", "+", "&", "plus"})


def coordinated(doc: Any, named: Iterable[str], taken: Iterable[int]) -> list[Mention]:
    """Nouns joined to a thing already named: 'een nieuwe ketting + cassette', 'de lampjes en remmen', 'friet
    of wedges'. The word after 'en' must be a noun the word list knows, no verb, and end the phrase."""
    words, blocked = {w.lower() for w in named}, set(taken)
    found: list[Mention] = []
    for token in doc[: len(doc) - 2]:
        if token.lower_ not in words or doc[token.i + 1].lower_ not in _AND:
            continue
        at = token.i + 2
        det = doc[at].lower_ if doc[at].lower_ in DETERMINERS else ""
        at += bool(det)
        nxt = doc[at] if at < len(doc) else None
        end = doc[at + 1] if at + 1 < len(doc) else None
        if nxt is None or not (nxt.is_alpha and nxt.is_lower) or nxt.i in blocked or nxt.lower_ in words:
            continue
        word = nxt.lower_
        if not lexicon.known_noun(word) or lexicon.is_verb(word) or names_nothing(word):
            continue
        if end is not None and not (end.is_punct or end.lower_ in _PHRASE_ENDS or end.lower_ in _AND):
            continue  # 'de fiets en ging ...': the phrase goes on, no noun of a list
        found.append(_mention(det, word))
    return found


def truncated_joined(text: str, products: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Products with the word cut short by a hyphen before them joined on: 'een baard- en knipbehandeling' is one
    thing named, 'de baard- en knipbehandeling', not 'baard-' and 'knipbehandeling' apart; 'de appel- en
    perentaart' (the product's article and marks stay). A cut word found as a product of its own goes."""
    out: list[Mention] = []
    cut: set[str] = set()
    for product in products:
        joined = re.search(rf"(?<![\w-])(\w+-)\s+(en|of)\s+{re.escape(product.text)}(?![\w-])", text, re.I)
        if joined is None or product.text.endswith("-"):
            out.append(product)
            continue
        cut.add(joined.group(1).lower())
        out.append(replace(product, text=f"{joined.group(1)} {joined.group(2).lower()} {product.text}"))
    return tuple(p for p in out if p.text.lower() not in cut)
