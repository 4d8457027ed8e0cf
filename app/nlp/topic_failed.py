"""The thing a complaint's failure clause is about: the subject of 'het stuur zat los', 'mijn taart is ingezakt',
'de accu was na een week leeg', 'mijn afspraak stond niet in de agenda', also inverted ('gisteren was de taart
ingezakt') or with the failure said first ('los zat het stuur').

The shipped pipeline has no parser, so the subject is read from the word order (spaCy's Matcher finds the failure
words of resources/topic_readers.toml [failed]): within the failure's clause, a noun phrase opened by an article or
possessive that no preposition governs ('na de reparatie', 'van mijn fiets' are when and whose, never the subject),
the one right beside the linking verb first, else the first before the failure, else the first after it. A noun the
comment's products know beats a guessed one; a pronoun, a person, a time, a place or a quantity is never the thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from app.domain.topics import Mention, TopicData
from app.nlp import lexicon
from app.nlp.reader_words import reader_words, units
from app.nlp.topic_nouns import not_objects, noun_mention

_NEGATIONS = frozenset({"niet", "nie", "ni", "nooit", "geen", "nergens", "not", "never"})


def _words(name: str) -> frozenset[str]:
    return reader_words()["failed"][name]


class FailureFinder:
    """Builds the failure-word Matcher once; :meth:`thing` is cheap per comment."""

    def __init__(self, data: TopicData, nlp: Any) -> None:
        from spacy.matcher import Matcher

        # the quality words of the kwaliteit concepts (resources/topics.toml) that are no noun: 'ingezakt', 'lauw',
        # 'hapert'; not 'deuk' or 'kras' (a thing, not what happened to it), nor a colour or age said alone
        quality = {
            t.lower()
            for c in data.concepts
            if c.topic == "kwaliteit" and c.group == "problem"
            for t in c.terms
            if " " not in t and t.isalpha() and not lexicon.known_noun(t)
        }
        phrases = (_words("predicates") | reader_words()["broken"]["broken"] | quality) - _words("never_alone")
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("failed", [[{"LOWER": w} for w in phrase.split()] for phrase in sorted(phrases)])

    def thing(self, doc: Any, blocked: set[int], products: Iterable[Mention] = ()) -> Mention | None:
        """The subject of the first failure clause that names one, or None."""
        known = {p.text: p for p in products if not p.guessed and not p.place}
        places = {p.text for p in products if p.place}
        matches = sorted(self.matcher(doc), key=lambda m: (m[1], -m[2]))
        done: set[int] = set()
        for _, start, end in matches:
            if start in done or not _said_as_failure(doc, start, end):
                continue
            done.update(range(start, end))
            first, last = _clause(doc, start, end)
            phrases = [
                p for p in _phrases(doc, first, last, blocked | set(range(start, end)), known) if p[2] not in places
            ]
            found = _subject(doc, phrases, start, known)
            if found is not None:
                return found
        return None


def _said_as_failure(doc: Any, start: int, end: int) -> bool:
    """Not negated ('de taart was niet ingezakt'), no noun after an article ('een stuk taart') and no 'los van'."""
    articles = _words("determiners") - {"die", "deze", "dit"}  # not 'een band die lek was'
    if start > 0 and doc[start - 1].lower_ in articles | {"een", "'n", "per"}:
        return False  # 'een stuk', 'per stuk': a piece, nothing broken
    if end < len(doc) and doc[end].lower_ == "van" and doc[end - 1].lower_ == "los":
        return False  # 'los van de prijs': apart from, nothing loose
    negated = doc[start].lower_ not in _NEGATIONS and any(
        t.lower_ in _NEGATIONS for t in doc[max(0, start - 2) : start]
    )
    return not negated


def _clause(doc: Any, start: int, end: int) -> tuple[int, int]:
    """The token range [first, last) of the clause around the failure words, cut at punctuation and conjunctions."""
    ends = _words("clause_ends")
    first = start
    while first > 0 and doc[first - 1].lower_ not in ends:
        first -= 1
    last = end
    while last < len(doc) and doc[last].lower_ not in ends:
        last += 1
    return first, last


def _noun_word(word: str) -> bool:
    """A word that can be the thing: a noun of the word list (also a compound), not a word of no thing, time,
    person or quantity."""
    if word in not_objects() or word in _words("not_things") or word in units():
        return False
    return bool(lexicon.noun(word)) and noun_mention("de", word) is not None


def _phrases(
    doc: Any, first: int, last: int, blocked: set[int], known: Iterable[str] = ()
) -> list[tuple[int, int, str, str]]:
    """The noun phrases of the clause no preposition governs: (start, noun position, noun, determiner); a product
    the comment names counts as a noun ('mijn e-bike')."""
    dets, preps = _words("determiners"), _words("prepositions")
    found = []
    i = first
    while i < last:
        token = doc[i]
        opens = token.lower_ in dets or (i == first and token.is_title and token.is_alpha)
        governed = i > first and doc[i - 1].lower_ in preps
        if not opens or governed:
            i += 1
            continue
        bare = token.lower_ not in dets  # 'Stuur zat los': a sentence that opens with the noun itself
        at = i if bare else i + 1
        while not bare and at + 1 < last and _modifier(doc[at].lower_) and _noun_word(doc[at + 1].lower_):
            at += 1  # 'de nieuwe ketting': the adjective before the noun
        word = doc[at].lower_ if at < last else ""
        named = bool(word) and not bare and doc[at].is_title and not doc[at].is_upper  # 'ons Mats': a name
        if word and at not in blocked and not named and (word in known or (doc[at].is_alpha and _noun_word(word))):
            found.append((i, at, word, "" if bare else token.lower_))
            i = at + 1
            continue
        i += 1
    return found


def _modifier(word: str) -> bool:
    return word.endswith(("e", "er")) and not _noun_word(word)


def _beside(doc: Any, phrase: tuple[int, int, str, str], links: frozenset[str]) -> bool:
    """Whether a linking verb stands right after the phrase ('het stuur zat') or right before it ('zat het stuur')."""
    start, at = phrase[0], phrase[1]
    return (at + 1 < len(doc) and doc[at + 1].lower_ in links) or (start > 0 and doc[start - 1].lower_ in links)


def _subject(
    doc: Any, phrases: list[tuple[int, int, str, str]], start: int, known: dict[str, Mention]
) -> Mention | None:
    """The subject among the clause's phrases: beside the linking verb, else the first before the failure words,
    else the first after them; a known product of those first."""
    links = _words("links")
    beside = [p for p in phrases if _beside(doc, p, links)]
    before = [p for p in phrases if p[1] < start and p not in beside]
    after = [p for p in phrases if p[0] > start and p not in beside]
    tier = next((t for t in (beside, before, after) if t), [])
    best = next((p for p in tier if p[2] in known), None) or next(iter(tier), None)
    if best is None:
        return None
    _, _, word, det = best
    own, theirs = det in _words("own"), det in _words("theirs")  # 'mijn taart'; 'haar pony', someone else's
    if word in known:
        return replace(known[word], own=own, theirs=theirs)
    found = noun_mention(det, word)
    return None if found is None else replace(found, own=own, theirs=theirs)
