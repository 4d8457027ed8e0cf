"""Word counting for the report: the words and complaint topics of the month's comments.

Stop words are the shared list (app.domain.words: spaCy's Dutch list plus a few extras) and a
few words that say nothing about a month of comments; proper nouns are left out when the
report is anonymised.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from app.domain.i18n import translated
from app.domain.replies import Topic
from app.domain.textnorm import Keywords, compiled_keywords, count_hits, keyword_hits, normalise
from app.domain.words import stop_words as shared_stop_words

# Common in comments but empty as a 'word of the month', on top of the shared stop words.
EXTRA_STOP_WORDS = frozenset(
    {
        *("beetje", "best", "eigenlijk", "gisteren", "goed", "helemaal", "iedereen", "jaar", "laten", "mensen"),
        *("mooi", "nieuw", "nieuwe", "open", "staan", "staat", "terug", "vandaag", "weet", "zag", "zeggen", "zegt"),
        "zien",
    }
)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The shared stop words (app.domain.words: spaCy's Dutch list and a few extras) and the
    report's own extras, normalised like the counted words."""
    return frozenset(normalise(w) for w in shared_stop_words() | EXTRA_STOP_WORDS)


_WORD_OR_MARK = re.compile(r"[^\W\d_]+|[.!?]")


def _proper_nouns(texts: Iterable[str]) -> set[str]:
    """Words that are written capitalised in mid-sentence more often than not: names of people and places."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        sentence_start = True
        for match in _WORD_OR_MARK.finditer(text):
            word = match.group(0)
            if word in ".!?":
                sentence_start = True
                continue
            key = normalise(word)
            if word[0].isupper() and not sentence_start:
                capital[key] += 1
            elif word[0].islower():
                lower[key] += 1
            sentence_start = False
    return {word for word, n in capital.items() if n > lower[word]}


@dataclass(frozen=True)
class _Matcher:
    """Every topic's keywords, and all of them together: one quick test says whether a text can hit
    any topic at all. A phrase of one word is in a text exactly when it is one of its words."""

    each: tuple[Keywords, ...]
    prefixes: tuple[str, ...]
    words: frozenset[str]  # one-word phrases, without the spaces around them
    phrases: tuple[str, ...]  # phrases of more words


@lru_cache(maxsize=8)
def _matcher(topics: tuple[Topic, ...]) -> _Matcher:
    each = tuple(compiled_keywords(tuple(topic.keywords)) for topic in topics)
    phrases = {phrase for _, some in each for phrase in some}
    return _Matcher(
        each,
        tuple(sorted({prefix for some, _ in each for prefix in some})),
        frozenset(p.strip() for p in phrases if " " not in p.strip()),
        tuple(sorted(p for p in phrases if " " in p.strip())),
    )


def _topic(text: str, norm: str, topics: list[Topic]) -> Topic | None:
    """detect_topic (drafting) with the text normalised once for topics and words alike: the same
    hits as keyword_hits, counted only for texts and words that can hit some keyword."""
    matcher = _matcher(tuple(topics))
    split = norm.split()
    words = [w for w in split if w.startswith(matcher.prefixes)] if matcher.prefixes else []
    padded = f" {norm} "
    if not words and matcher.words.isdisjoint(split) and not any(phrase in padded for phrase in matcher.phrases):
        return None  # most texts: no keyword of any topic
    best: tuple[int, Topic] | None = None
    for topic, keywords in zip(topics, matcher.each, strict=True):
        hits = count_hits(words, padded, keywords)
        if hits and (best is None or hits > best[0]):
            best = (hits, topic)
    return best[1] if best else None


def topic_name(label: str, language: str | None = None) -> str:
    """A complaint topic's name in the report's language (resources/i18n/<language>/replies.toml)."""
    return translated("replies.toml", label, language)


def count_words(
    texts: Iterable[str], topics: list[Topic], skip: set[str] | frozenset[str] = frozenset()
) -> tuple[Counter[str], Counter[str]]:
    """(topic label counts, word counts) over the texts; each text counts a word once."""
    by_topic: Counter[str] = Counter()
    words: Counter[str] = Counter()
    stop = stop_words()
    for text in texts:
        norm = normalise(text)
        topic = _topic(text, norm, topics)
        if topic:
            by_topic[topic_name(topic.label)] += 1
        for word in set(norm.split()):
            if len(word) >= 4 and word not in stop and not word.isdigit() and word not in skip:
                words[word] += 1
    return by_topic, words


def detect_topic(text: str, topics: Iterable[Topic], bonus: Mapping[str, int] | None = None) -> Topic | None:
    """The topic with the most keyword hits (used by the monthly report's topic counts)."""
    best: tuple[int, Topic] | None = None
    norm = normalise(text)
    for topic in topics:
        hits = keyword_hits(text, topic.keywords, normalised=norm) + (bonus or {}).get(topic.id, 0)
        if hits and (best is None or hits > best[0]):
            best = (hits, topic)
    return best[1] if best else None
