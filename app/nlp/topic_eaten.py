"""What the writer ate before falling ill: in a food-poisoning comment the reply names the dish
('ziek na de mosselen'), not the first thing mentioned ('op de badkamer', 'de huisartsenpost').

The dish is the noun after an article or possessive in a sentence with a verb of eating or
ordering ('de mossels gegeten', 'wij aten de stoofpot', 'mijn vrouw en ik de Zeeuwse mosselen').
A product of the lexicon said there is moved to the front; else the noun is taken as said.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.topics import Mention
from app.nlp.topic_nouns import DETERMINERS, noun_mention

# Forms of eating and ordering food, as written: the sentence with one of these names the dish.
EATING = frozenset(
    {
        *("eten", "gegeten", "aten", "at", "eet", "opgegeten", "opgegeten", "opaten", "proefden", "geproefd"),
        *("besteld", "bestelde", "bestelden", "genomen", "nam", "namen", "gedronken", "dronken", "dronk"),
        *("gehaald", "haalde", "haalden", "gekocht", "kocht", "kochten"),
    }
)
_SENTENCE_ENDS = frozenset({".", "!", "?"})
# Where the writer lay ill or went for help, and who came along: never the dish ('op de badkamer',
# 'naar de huisartsenpost', 'met het gezin gegeten').
_WHERE_ILL = frozenset({"op", "naar", "in", "bij", "thuis", "met"})


def _sentences(doc: Any) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for token in doc:
        if token.text in _SENTENCE_ENDS or "\n" in token.text:
            bounds.append((start, token.i + 1))
            start = token.i + 1
    if start < len(doc):
        bounds.append((start, len(doc)))
    return bounds


def _dish_at(doc: Any, i: int, end: int, products: list[Mention], blocked: set[int]) -> Mention | None:
    """The product or noun after the article at ``i``: 'de Zeeuwse mosselen' → the mussels."""
    if doc[i].lower_ not in DETERMINERS or (i > 0 and doc[i - 1].lower_ in _WHERE_ILL):
        return None
    for j in range(i + 1, min(end, i + 4)):
        word = doc[j].lower_
        # the product by its last word ('de Zeeuwse mosselen'), or a name of more words from its first
        # ('de frutti di mare')
        known = next((p for p in products if p.text.lower().split()[-1] == word or _starts(doc, j, p)), None)
        if known is not None:
            return replace(known, guessed=False)  # eaten, then ill: named by the writer as the cause
        if j in blocked or not doc[j].is_alpha or word in EATING:
            return None  # 'Twee van ons namen de mosselen': the verb after 'ons' is no dish
        if not word.endswith("e") or j + 1 >= end or not doc[j + 1].is_alpha:
            mention = noun_mention(doc[i].lower_, word)
            return replace(mention, guessed=False) if mention is not None else None
    return None


def _starts(doc: Any, j: int, product: Mention) -> bool:
    """Whether the words from ``j`` on are the product's name of more words ('frutti di mare')."""
    words = product.text.lower().split()
    return len(words) > 1 and [t.lower_ for t in doc[j : j + len(words)]] == words


# What all who fell ill had in common ('Alle vijf hadden de vispan', 'iedereen die ziek werd had de kip'): the dish
# the group had, named before any other eaten that day.
_ALL_OF_THEM = frozenset({"alle", "allemaal", "allen", "iedereen", "allebei", "beiden", "beide", "all", "everyone"})
_HAD = frozenset({"had", "hadden", "hebben", "heeft", "kreeg", "kregen", "kozen", "koos"})


def _all_had(doc: Any, start: int, end: int) -> bool:
    """Whether the sentence says the whole group had something: the group word right before or after the verb ('Alle
    vijf hadden', 'hadden allemaal'), not 'beide kinderen ziek, ik had alleen de soep'."""
    for k in range(start, end):
        if doc[k].lower_ in _HAD:
            near = {doc[j].lower_ for j in range(max(start, k - 3), min(end, k + 3)) if j != k}
            if near & _ALL_OF_THEM and not {"ik", "i"} & {doc[j].lower_ for j in range(max(start, k - 1), k)}:
                return True
    return False


def eaten_first(doc: Any, products: list[Mention], blocked: set[int]) -> list[Mention]:
    """``products`` with the dish the writer ate first (what all who fell ill had, else the first dish a sentence of
    eating names); unchanged when no sentence names one."""
    sentences = _sentences(doc)
    shared = [(s, e) for s, e in sentences if _all_had(doc, s, e)]
    for start, end in [*shared, *sentences]:
        if (start, end) not in shared and not any(doc[k].lower_ in EATING for k in range(start, end)):
            continue
        for i in range(start, end):
            dish = _dish_at(doc, i, end, products, blocked)
            if dish is not None:
                return [dish, *(p for p in products if p.text != dish.text)]
    return products


def _with_writer(doc: Any) -> set[str]:
    """People the writer pairs with themself ('mijn vrouw en ik', 'ik en mijn zoon'): they shared it."""
    paired = set()
    for token in doc:
        if token.lower_ != "en" or token.i == 0 or token.i + 1 >= len(doc):
            continue
        before, after = doc[token.i - 1].lower_, doc[token.i + 1].lower_
        if after == "ik":
            paired.add(before)
        elif before == "ik" and token.i + 2 < len(doc):
            paired.add(doc[token.i + 2].lower_)
    return paired


def eaters_first(doc: Any, people: tuple[str, ...]) -> tuple[str, ...]:
    """``people`` with those named in the sentence of eating first: 'mijn vrouw en ik de mosselen.
    Mijn schoonouders hadden de schnitzel en hadden nergens last van' → the wife fell ill. When that
    sentence names nobody, the one the writer pairs with themself ('lagen mijn vrouw en ik allebei
    boven de wc, mijn zwager ook') comes before one named nearer the symptom."""
    paired = _with_writer(doc)
    for start, end in _sentences(doc):
        words = {doc[k].lower_ for k in range(start, end)}
        if words & EATING and words & set(people):
            return tuple(sorted(people, key=lambda person: (person not in words, person not in paired)))
    return tuple(sorted(people, key=lambda person: person not in paired))
