"""Of a FAQ answer only what concerns what the writer asked, the way a shopkeeper answers instead of pasting the
whole entry: of prices side by side for kinds of one thing the price of the kind the writer named ('Gewone fiets
€65, e-bike €95' to a question about an e-bike → 'e-bike €95')."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_facts import key_words
from app.domain.draft_word_match import similar

# a kind and its price, a noun of one to three words: 'e-bike €95 (onderdelen apart)'; not a variant of one thing
# ('met proefkapsel vooraf €75') nor a sentence ('Een feestkapsel (opsteken) kost €45')
_PRICED_ITEM = re.compile(
    r"(?!(?:met|zonder|voor|plus|incl|inclusief|exclusief|extra)\b)"
    r"(?P<thing>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})\s+€\s*\d+(?:[.,]\d{1,2})?(?:\s+per\s+\w+)?(?:\s*\([^()]*\))?",
    re.I,
)
_WORD = re.compile(r"[^\W\d_][\w-]*")
_ARTICLES = frozenset({"een", "de", "het"})
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _names(words: set[str], wanted: set[str]) -> bool:
    return any(similar(w, x) for w in wanted for x in words)


def _priced_kind(sentence: str, comment: str, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """'Gewone fiets €65, e-bike €95 (onderdelen apart).' → 'e-bike €95 (onderdelen apart).' when the comment names
    the e-bike and no other kind listed; the sentence as it is otherwise."""
    body = sentence.rstrip(".")
    items = [i.strip() for i in re.split(r",\s*(?![^()]*\))", body)]
    found = [_PRICED_ITEM.fullmatch(i) for i in items]
    if len(items) < 2 or not all(found):
        return sentence
    # the words that tell the kinds apart ('halve', 'hele' of 'een halve zool', 'een hele zool'), every one named by
    # the comment ('e-bike'), not one word of a kind ('gewone fiets' when the writer says 'mijn fiets')
    words = [set(_WORD.findall(m.group("thing").lower())) - _ARTICLES if m else set() for m in found]
    shared = set.intersection(*words)
    said = set(_WORD.findall(comment.lower()))
    wanted = key_words(comment, lemmas_of)
    named = [
        i
        for i, w in zip(items, words, strict=True)
        if w - shared and all(x in said or _names(key_words(x, lemmas_of), wanted) for x in w - shared)
    ]
    if len(named) != 1:
        return sentence
    return f"{named[0]}."


def asked_of_answer(answer: str, comment: str, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """``answer`` with only what concerns what ``comment`` asks (see the module)."""
    wanted = key_words(comment, lemmas_of)
    if not wanted:
        return answer
    return " ".join(_priced_kind(s, comment, lemmas_of) for s in _SENTENCE.split(answer.strip()))
