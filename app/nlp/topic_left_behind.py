"""Whether the writer forgot or lost a thing named ('bleek ik mijn portemonnee vergeten', 'thuis laten liggen'): then
it is no thing of the shop's."""

from __future__ import annotations

from typing import Any

from app.domain.words import word_set

# Words that say the writer forgot or lost something ('mijn portemonnee vergeten', 'thuis laten liggen').
_LEFT_BEHIND = word_set("vergeten vergat vergaten vergeet kwijt kwijtgeraakt verloren verloor thuisgelaten liggen")


def left_behind(doc: Any, i: int) -> bool:
    """Whether the clause of the word at ``i`` says the writer forgot or lost it ('bleek ik mijn portemonnee
    vergeten', 'ik had mijn pinpas thuis laten liggen', 'ik vergat mijn jas')."""
    start = i
    while start > 0 and doc[start - 1].text not in _CLAUSE_ENDS:
        start -= 1
    end = i
    while end + 1 < len(doc) and doc[end + 1].text not in _CLAUSE_ENDS:
        end += 1
    words = {t.lower_ for t in doc[start : end + 1]}
    # the writer forgot it ('ik'), not the shop ('jullie zijn mijn bestelling vergeten': the complaint's thing)
    return bool(words & _LEFT_BEHIND) and bool(words & _WRITER) and not words & _SHOP


_WRITER = frozenset({"ik", "'k", "we", "wij"})
_SHOP = frozenset({"jullie", "u", "ge", "gij", "gullie"})


_CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":", ","})
