"""A thing named only in a comparison is no thing the comment is about: 'een zeebaars die zo droog was als een
beschuit', 'taai als een schoenzool', 'harder dan een baksteen' name no beschuit, shoe sole or brick."""

from __future__ import annotations

from typing import Any

from app.domain.topics import Mention
from app.nlp import lexicon

_THAN = frozenset({"als", "dan"})
_LINKING = frozenset({"was", "is", "waren", "zijn", "werd", "wordt", "smaakte", "voelde"})
_DETS = frozenset({"een"})  # a figure of speech ('als een beschuit'); 'beter dan de pizza' may be a real dish


def _adjective(doc: Any, i: int) -> bool:
    """A plain or comparative adjective before 'als'/'dan' ('taai', 'harder'), not a noun or verb; after 'zo'
    any word ('zo droog als een beschuit': 'droog' is also a noun and a verb form)."""
    token = doc[i]
    word = token.lower_
    if not (token.is_alpha and token.is_lower):
        return False
    after_zo = any(t.lower_ == "zo" for t in doc[max(0, i - 3) : i])
    return after_zo or not (lexicon.known_noun(word) or lexicon.is_verb(word))


def _compared_at(doc: Any) -> set[int]:
    """The positions of the nouns a comparison holds something against."""
    out = set()
    for token in doc[1:-1]:
        before = token.i - 1 - (doc[token.i - 1].lower_ in _LINKING and token.i > 1)  # 'zo droog was als een'
        if token.lower_ not in _THAN or not _adjective(doc, before):
            continue
        at = token.i + 1 + (doc[token.i + 1].lower_ in _DETS)
        if at < len(doc):
            out.add(at)
    return out


def not_compared(doc: Any, products: list[Mention]) -> list[Mention]:
    """``products`` without those named only as what something is compared to."""
    compared = _compared_at(doc)
    if not compared:
        return products
    elsewhere = {t.lower_ for t in doc if t.i not in compared}
    only = {doc[i].lower_ for i in compared} - elsewhere
    return [p for p in products if p.text.lower() not in only]
