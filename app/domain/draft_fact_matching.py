"""The profile fact a question is about: one that shares two or more key words with it, not by a name in the fact
(where, not what) nor by the goods it is done with ('taarten ... leveren we')."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_fact_words import fact_words, without_service_animals
from app.domain.draft_facts import _keys
from app.domain.draft_word_match import _similar
from app.domain.textnorm import normalise


def fact_matching(
    question: Iterable[str], facts: Iterable[tuple[str, str]], lemmas_of: Callable[[str], Iterable[str]]
) -> str | None:
    """The id of the profile fact (id, text) that shares two or more key words with a question
    ('Hoe lang duurt het voordat de vloer gelegd wordt na bestelling?' → 'leggen binnen drie weken
    na bestelling'); None when no fact does. A name in the fact ('binnen Mechelen') says where, not
    what the fact is about: it does not count ('fietsen verhuren in Mechelen' is no pick-up service)."""
    words = question_keys(question)
    for fact_id, fact in facts:
        text = without_service_animals(fact, words)  # 'hulphonden welkom' answers no 'Mag onze hond mee?'
        shared = shared_keys(words, fact, lemmas_of)
        # what the fact is done with ('taarten voor communie en lentefeest leveren we ...') is no question about
        # doing it: 'Maken jullie een taart voor het lentefeest?' asks nothing of the delivery
        goods = goods_of(text, lemmas_of)
        if len(shared) >= 2 and not all(any(_similar(w, g) for g in goods) for w in shared):
            return fact_id
    return None


def question_keys(question: Iterable[str]) -> set[str]:
    """The key words of a question's lemmas that a fact is matched on; a count shares nothing ('mijn twee kinderen'
    ~ 'twee jaar garantie')."""
    return _keys(question) - fact_words().number_words


def shared_keys(words: set[str], fact: str, lemmas_of: Callable[[str], Iterable[str]]) -> set[str]:
    """The question's key ``words`` a profile fact says too; a name in the fact ('binnen Mechelen') says where, not
    what the fact is about, and a service animal answers no question about a pet."""
    text = without_service_animals(fact, words)  # 'hulphonden welkom' answers no 'Mag onze hond mee?'
    names = _keys(_names(text))
    said = {a for a in _keys(lemmas_of(text)) if not any(_similar(a, n) for n in names)}
    return {w for w in words if any(_similar(w, a) for a in said)}


def goods_of(value: str, lemmas_of: Callable[[str], Iterable[str]]) -> set[str]:
    """The key words of what a profile fact says it is done with, the words before its verb and the one who does
    it ('taarten en paasbrunchpakketten bezorgen we ...', 'feestmenu's kunt u afhalen'): the goods and the occasion
    it delivers, not what it is about; none when a part of it opens otherwise ('leggen binnen drie weken')."""
    pronouns = fact_words().subject_pronouns
    found: set[str] = set()
    for part in value.split(";"):
        words = normalise(part).split()
        at = next((i for i in range(2, len(words)) if words[i] in pronouns), 0)  # the verb just before it
        found |= _keys(lemmas_of(" ".join(words[: at - 1]))) if at else set()
    return found


def _names(text: str) -> list[str]:
    """The words a text writes with a capital inside a sentence: names of places, streets, brands."""
    found = re.findall(r"(?<![.!?:;]\s)(?<=\s)([A-Z][a-z\u00e0-\u00ff]+)", text)
    return [normalise(w) for w in found]
