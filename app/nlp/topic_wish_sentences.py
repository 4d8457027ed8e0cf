"""The sentences of a comment that make a suggestion ('misschien ook eens ...', 'Voorstel: ...') or a minus point
('alleen de muziek mocht zachter', 'helaas was de soep koud'), by token position; not a past that did not happen
('ons moeke zou trots geweest zijn') nor what the business let the writer do ('ik mocht de fiets proberen')."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from app.nlp.topic_words import WISH_WORDS

_MINUS = frozenset({"helaas", "jammer", "minpuntje", "minpunt"})


def _criticises(doc: Any, i: int) -> bool:
    """'Alleen de muziek mocht wat zachter', 'helaas was de soep koud': a minus point, not praise."""
    word = doc[i].lower_
    following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if word == "alleen" and i > 0 and doc[i - 1].lower_ in _HAD_ONLY:
        return False  # 'ik had alleen de vegetarische schotel': only that, no minus point
    return word in _MINUS or (word == "alleen" and following in {"de", "het", "wel", "jammer", "was", "waren", "mocht"})


# Verbs of what the writer had, took or asked for, after which 'alleen' says 'only' ('ik nam alleen de soep', 'mijn
# dochter wilde alleen de puntjes eraf', 'ik vroeg alleen de pedalen'): what was asked, no minus point of praise.
_HAD_ONLY = frozenset(
    {"had", "hadden", "heb", "hebben", "nam", "namen", "at", "aten", "bestelde", "bestelden", "koos", "kozen"}
    | {"dronk", "dronken", "proefde", "kreeg", "kregen", "wilde", "wilden", "wou", "wouden", "vroeg", "vroegen"}
)


# Verbs by which the business let the writer do something: a 'proberen' after them was done, not wished.
_LET = frozenset({"laten", "liet", "lieten", "mocht", "mochten"})


# What closes a past that did not happen after 'zou': 'ons moeke zou trots geweest zijn', 'opa zou genoten hebben'.
_IRREAL_AUX = frozenset({"zijn", "hebben", "worden"})
_IF = frozenset({"als", "indien", "wanneer", "mits"})


def _irreal_past(doc: Any, i: int) -> bool:
    """Whether the 'zou' at ``i`` says what someone would have felt or done ('ons moeke zou trots geweest zijn',
    'papa zou ervan genoten hebben'): a past that did not happen, no wish; with an 'als' after it it is one
    ('ik zou het fijn gevonden hebben als er ...')."""
    words: list[str] = []
    for token in doc[i + 1 :]:
        if token.text in {".", "!", "?"} or joined_stop(doc, token.i):
            words.append(token.lower_.rstrip("."))
            break
        words.append(token.lower_)
    if _IF & set(words):
        return False
    pairs = pairwise(words)
    return any(
        (a.startswith("ge") and len(a) > 4 and b in _IRREAL_AUX)
        or (a in _IRREAL_AUX and b.startswith("ge") and len(b) > 4)
        for a, b in pairs
    )


def joined_stop(doc: Any, i: int) -> bool:
    """A full stop the tokenizer kept on its word ('de rijsttaart is top. Zou ...' has the token 'top.'): a
    sentence end when the next word opens with a capital."""
    text = doc[i].text
    after = doc[i + 1].text if i + 1 < len(doc) else ""
    return len(text) > 2 and text.endswith(".") and text[:-1].isalpha() and after[:1].isupper()


# Labels that make what follows their colon a suggestion ('Voorstel: zet ook een tent bij', 'Klein puntje: ...').
_WISH_LABELS = frozenset({"voorstel", "voorstelletje", "tipje", "ideetje", "puntje", "verbeterpunt", "verbeterpuntje"})


def _labels_wish(doc: Any, i: int) -> bool:
    """Whether the token at ``i`` is a label before a colon that makes a suggestion ('Voorstel: ...')."""
    return doc[i].lower_ in _WISH_LABELS and i + 1 < len(doc) and doc[i + 1].text == ":"


def wish_sentences(doc: Any, minus_only: bool = False) -> set[int]:
    """Token positions in sentences that make a suggestion ('misschien ook eens ...') or a minus point
    ('alleen de muziek mocht zachter'); with ``minus_only`` only the minus points."""
    positions: set[int] = set()
    sentence: list[int] = []
    wish = let = False  # let: a word of _LET earlier in the sentence (kept as we go, so a long text is linear)
    for token in doc:
        sentence.append(token.i)
        if not wish and _criticises(doc, token.i) and token.i > 0 and doc[token.i - 1].text == ",":
            # 'Het vispannetje was top, alleen jammer dat ...': the praise before the comma stays praise
            sentence, let = [token.i], False
        # 'heeft hem een e-bike laten proberen', 'ik mocht de fiets proberen': done, not wished
        wished = (token.lower_ in WISH_WORDS or _labels_wish(doc, token.i)) and not minus_only and not let
        # ('ons moeke zou trots geweest zijn': what she would have been, no suggestion)
        wished = wished and not (token.lower_ in {"zou", "zouden"} and _irreal_past(doc, token.i))
        wish = wish or wished or _criticises(doc, token.i)
        let = let or token.lower_ in _LET
        # A sentence ends at . ! ? and at an emoji ('Beste ijs van de stad 😍 Zouden jullie ...').
        ends = (
            token.text in {".", "!", "?"}
            or joined_stop(doc, token.i)
            or (
                token.text and not any(ch.isalnum() for ch in token.text) and any(ord(ch) > 0x2600 for ch in token.text)
            )
        )
        if ends or token.i == len(doc) - 1:
            if wish:
                positions.update(sentence)
            sentence, wish, let = [], False, False
    return positions
