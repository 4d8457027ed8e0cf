"""'Stuk' as a noun ('0,75 euro 't stuk', 'een stuk duurder', 'Stuk van zijn tand eraf'): a piece of something, a
price per piece or 'a lot', no defect (resources/topic_readers.toml [broken] piece_*)."""

from __future__ import annotations

from typing import Any

from app.nlp.reader_words import reader_words, units
from app.nlp.topic_match import Matches


def pieces_not_broken(m: Matches) -> None:
    """'0,75 euro 't stuk', 'een stuk duurder', 'Stuk van zijn tand eraf': 'stuk' as a noun (a piece of something,
    a price per piece, 'a lot') is no defect; 'is het stuk?', 'de fiets is stuk' stay one
    (resources/topic_readers.toml [broken] piece_*)."""
    words = reader_words()["broken"]
    doc, kept = m.doc, []
    for start, end in m.spans.get("defect", []):
        if end - start == 1 and doc[start].lower_ in {"stuk", "stukken"} and _a_piece(doc, start, words):
            continue
        kept.append((start, end))
    m.hits["defect"] -= len(m.spans.get("defect", [])) - len(kept)
    if "defect" in m.spans:
        m.spans["defect"] = kept


def _a_piece(doc: Any, i: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether 'stuk' at ``i`` is a noun: after an article that is no subject, after a price and 'het', or opening
    its sentence with 'van' after it."""
    before = doc[i - 1].lower_ if i > 0 else ""
    if before in words["piece_articles"]:
        return True
    if before in words["piece_after_price"] and i > 1:
        price = doc[i - 2]
        return price.like_num or price.lower_ in units("other") or price.text.startswith("€")
    opens = i == 0 or doc[i - 1].is_punct
    return opens and i + 1 < len(doc) and doc[i + 1].lower_ in words["piece_of"]
