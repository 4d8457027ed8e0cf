"""What the writer waited on: the thing after 'op' in the clause of a form of 'wachten' ('50 minuten
wachten op het hoofdgerecht', 'ik wacht al 3 weken op een onderdeel voor de mijne', 'drie weken op mijn
fiets gewacht'). A complaint about waiting names that thing, not another one the comment praised or only
mentioned ('Mosselen waren top. Maar 50 minuten wachten op het hoofdgerecht')."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.topics import Concept, Mention
from app.domain.words import stop_words
from app.nlp import lexicon
from app.nlp.reader_words import reader_words
from app.nlp.topic_match import Matches
from app.nlp.topic_nouns import DETERMINERS, noun_mention
from app.nlp.topic_words import lemma, person_word

_WAITED = reader_words()["waited"]  # resources/topic_readers.toml [waited]
_WAIT = _WAITED["wait"]
_CLAUSE_ENDS = _WAITED["clause_ends"]
_DETS = DETERMINERS | _WAITED["determiners"]
# Nouns after 'op' that say where, how or when, not what the writer waited on ('op het terras', 'op het
# laatst'), and the bill, which a complaint names by its own line ('de factuur voor de bedrijfsfietsen').
_NOT_WAITED = _WAITED["not_waited"]
_NUMBERS = _WAITED["numbers"]
_FOR = _WAITED["waited_for"]  # 'gewacht voor 6 pistolets': after the verb only ('voor de deur gewacht' is where)


_STAYED = _WAITED["stayed"]
_POSTURE = _WAITED["posture"]  # 'zitten wachten': how the writer waited, not the thing


def asked_where_it_stayed(m: Matches) -> None:
    """'3x gevraagd waar ons eten bleef', 'Waar blijft mijn pakket?': asking where a thing stayed is waiting for it,
    said without a form of 'wachten'; the thing comes with its article ('waar we bleven slapen' is no wait)."""
    doc = m.doc
    for i, token in enumerate(doc):
        if token.lower_ != "waar":
            continue
        rest = [t.lower_ for t in doc[i + 1 : i + 5]]
        if rest[:1] and rest[0] in _STAYED and rest[1:2] and rest[1] in _DETS:  # 'waar blijft het eten'
            m.add("wachttijd", i, i + 2)
            return
        if rest[:1] and rest[0] in _DETS:  # 'waar ons eten bleef', 'waar de twee pizza's bleven'
            stayed = next((k for k, w in enumerate(rest[1:], 1) if w in _STAYED), 0)
            if stayed and not any(doc[i + 1 + k].is_punct for k in range(stayed)):
                m.add("wachttijd", i, i + 2 + stayed)
                return


def _clause(doc: Any, i: int) -> tuple[int, int]:
    """(start, end) of the clause around token ``i``."""
    start = i
    while start > 0 and doc[start - 1].lower_ not in _CLAUSE_ENDS:
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].lower_ not in _CLAUSE_ENDS:
        end += 1
    return start, end


def _word(token: Any) -> bool:
    """A plain word that can be part of the thing's phrase ('nieuw', 'achterwiel', "pizza's"), not a verb."""
    word = token.lower_
    plain = word.replace("'", "").isalpha() and token.is_lower and word not in stop_words() | _WAIT | _NUMBERS
    return plain and not (lexicon.is_verb(word) and not lexicon.known_noun(word))


def _after_on(doc: Any, at: int, end: int) -> tuple[str, Any] | None:
    """(determiner, noun token) after the 'op' at ``at``: 'op het hoofdgerecht', 'op een nieuw achterwiel' (the
    last of the words after the article)."""
    if at + 1 >= end or not (doc[at + 1].lower_ in _DETS | _NUMBERS or doc[at + 1].like_num):
        return None
    det, i = doc[at + 1].lower_, at + 2
    while i + 1 < min(end, at + 5) and _word(doc[i]) and _word(doc[i + 1]) and doc[i + 1].lower_ not in _POSTURE:
        i += 1  # 'een nieuwe', 'een nieuw', 'de bestelde'; not 'op een koffie zitten wachten'
    noun = doc[i] if i < end else None
    if noun is None or not _word(noun) or noun.lower_ in _NOT_WAITED:
        return None
    return det, noun


def waited_on(doc: Any) -> tuple[str, Any] | None:
    """(determiner, noun token) of the thing the writer waited on; None when no wait names one."""
    for token in doc:
        if token.lower_ not in _WAIT:
            continue
        start, end = _clause(doc, token.i)
        # 'op het terras 40 minuten gewacht op twee koffies': the 'op' after the verb first
        for at in [*range(token.i + 1, end), *range(token.i - 1, start - 1, -1)]:
            on = doc[at].lower_ == "op" or (at > token.i and doc[at].lower_ in _FOR)
            found = _after_on(doc, at, end) if on else _work_on(doc, at, end)
            if found is not None and lexicon.noun(found[1].lower_) and not person_word(found[1].lower_):
                return found
    for token in doc:  # 'vroegen waar het dessert bleef', 'waar blijft mijn pakket': the thing asked after
        if token.lower_ != "waar" or token.i + 2 >= len(doc):
            continue
        at = token.i + 1 if doc[token.i + 1].lower_ in _STAYED else token.i
        found = _after_on(doc, at, min(len(doc), at + 6))
        if found is not None and lexicon.noun(found[1].lower_) and not person_word(found[1].lower_):
            return found
    return None


def _work_on(doc: Any, at: int, end: int) -> tuple[str, Any] | None:
    """(determiner, noun token) of the thing some work was for: 'Voor het opstellen van een testament drie
    maanden moeten wachten' → the testament; None for anything else."""
    words = [t.lower_ for t in doc[at : at + 3]]
    if len(words) < 3 or words[0] != "voor" or words[1] != "het" or not words[2].endswith("en"):
        return None
    return _after_on(doc, at + 3, end) if at + 3 < end and doc[at + 3].lower_ == "van" else None


def waited_first(doc: Any, main: Concept | None, products: list[Mention]) -> list[Mention]:
    """``products`` with the thing waited on first, in a complaint whose ``main`` concept is about waiting; a
    thing the lexicon does not list is added when a wait names it with an article ('wachten op een onderdeel')."""
    found = waited_on(doc) if main is not None and main.topic == "wachttijd" else None
    if found is None:
        return products
    det, noun = found
    word = noun.lower_  # 'een kettingvervanging' is work on the ketting the lexicon found
    known = next((p for p in products if lemma(p.text) == lemma(word) or word.startswith(p.text)), None)
    if known is None:
        made = noun_mention(det, noun.lower_)
        if made is None:
            return products
        known = Mention(made.text, made.article, made.plural, own=made.own)  # named by the wait: no guess
        return [known, *products]
    rest = [p for p in products if p is not known]
    return [replace(known, guessed=False), *rest]  # named by the wait: no guess


# The writer in a clause: a wait told with them in it is theirs ('zat ik nog te wachten').
_WRITER = _WAITED["writer"]


def others_waited(m: Matches) -> None:
    """'Thuis zaten zes kinders te wachten op hun kroon': the writer's people waiting at home for what went
    wrong at the shop is what it cost them, not a wait at the shop; that wait is forgotten."""
    doc = m.doc
    for start, end in list(m.spans.get("wachttijd", [])):
        if doc[start].lower_ not in _WAIT:
            continue
        first, last = _clause(doc, start)
        words = {t.lower_ for t in doc[first:last]}
        # at home, and not the writer: 'Mijn zoon stond een uur te wachten op zijn rijles' stays a wait
        if "thuis" in words and not words & _WRITER:
            m.drop("wachttijd", start, end)
