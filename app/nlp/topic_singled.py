"""What the writer singles out after praising a whole ('Het feestmenu was top, vooral de tomaat-garnaal en de
dame blanche'): the things after 'vooral', 'met name', 'in het bijzonder' (resources/praise.toml ``singling``)
are what the compliment is most about and are named before the whole."""

from __future__ import annotations

from typing import Any

from app.domain.topics import Mention
from app.nlp.praise_words import praise_words


def _after_singling(doc: Any) -> int:
    """The position right after a singling word that follows a comma ('…, vooral de …'), or -1."""
    words = [t.lower_ for t in doc]
    for single in sorted(praise_words().singling, key=len, reverse=True):
        parts = single.split()
        for i in range(1, len(words) - len(parts) + 1):
            if words[i : i + len(parts)] == parts and words[i - 1] in {",", "en", "maar"}:
                return i + len(parts)
    return -1


def singled_out(doc: Any, products: tuple[Mention, ...] | list[Mention], limit: int = 2) -> list[Mention]:
    """Up to ``limit`` of ``products`` said in the clause after a singling word, in the order said."""
    start = _after_singling(doc)
    if start < 0:
        return []
    end = next((t.i for t in doc[start:] if t.text in {".", "!", "?", ";"} or not t.text.isascii()), len(doc))
    said = " ".join(t.lower_ for t in doc[start:end])
    found = [p for p in products if f" {p.text.lower()}" in f" {said}" and not p.wished]
    return sorted(found, key=lambda p: said.find(p.text.lower()))[:limit]
