"""A price asked in other words than the FAQ's ('hoeveel ben ik kwijt voor zo'n scheerbeurt met die hete
doeken?' ~ 'Wat kost een hot towel shave? € 32,50, met hete doeken ...'): among the FAQ entries that ask a price
and give one, the one that shares the most of what the writer names, by its question or its answer."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_asked import PRICE_ASKED
from app.domain.draft_facts import key_words, similar
from app.domain.profile import BusinessProfile, FaqItem

_AMOUNT = re.compile(r"€\s*\d|\d\s*(?:euro|eur)\b", re.I)


def _shared(wanted: set[str], item: FaqItem, lemmas_of: Callable[[str], Iterable[str]]) -> int:
    said = key_words(f"{item.question} {item.answer}", lemmas_of)
    return sum(any(similar(w, s) for s in said) for w in wanted)


def priced_words(question: str, item: FaqItem, lemmas_of: Callable[[str], Iterable[str]]) -> int:
    """How many of the things a price question names ('een knipbeurt voor mijn zoontje') a FAQ entry names."""
    return _shared(key_words(PRICE_ASKED.sub(" ", question), lemmas_of), item, lemmas_of)


def price_entry(question: str, profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]) -> FaqItem | None:
    """The FAQ entry that gives the price a question asks; None when the question asks no price, no entry that
    asks and gives a price shares a word with it, or two share as many."""
    if not PRICE_ASKED.search(question):
        return None
    # what is priced, without the asking words ('hoeveel', 'kost', 'kwijt')
    wanted = key_words(PRICE_ASKED.sub(" ", question), lemmas_of)
    priced = [f for f in profile.faq if PRICE_ASKED.search(f.question) and _AMOUNT.search(f.answer)]
    scored = sorted(((_shared(wanted, f, lemmas_of), i) for i, f in enumerate(priced)), reverse=True)
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return priced[scored[0][1]]


def asks_price(question: str) -> bool:
    """Whether a FAQ or writer's question asks a price ('Wat kost ...?', 'hoeveel ben ik kwijt ...?')."""
    return bool(PRICE_ASKED.search(question))
