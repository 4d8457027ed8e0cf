"""The nouns a text names, as written and in order: what a question asks about ('gelatine' and 'kerststronken' of
'Zit er gelatine in jullie kerststronken?', 'proefrit' of 'kan ik er op zaterdag een proefrit mee maken?').
Not verbs, times, people, occasions, names or words that point back ('daarvan'); a word the word list does not know
at all counts ('aspergeteler'). The drafter's question-focus guard (app.domain.draft_question_focus) reads them."""

from __future__ import annotations

import re
from typing import Any

from app.domain.draft_fact_words import fact_words
from app.domain.topics import TopicData
from app.domain.words import pointing_alternation, stop_words
from app.nlp import lexicon
from app.nlp.topic_match import Matches
from app.nlp.topic_nouns import names_nothing, participle
from app.nlp.topic_words import lemma, person_word, plain

# Who and when are no thing asked about ('voor mijn zoon', 'op 9 november').
_NOT_WHAT = ("person", "time", "holiday")
# 'daarvan', 'ermee': a word that points back at what was said before.
_POINTING = re.compile(rf"^(?:{pointing_alternation(('er', 'daar', 'hier', 'waar'))})$")


def nouns_named(m: Matches, data: TopicData, occasions: frozenset[str]) -> tuple[str, ...]:
    """The nouns of the comment as written (lower case), each once; ``occasions``: :func:`occasion_words`."""
    said: list[str] = []
    tokens = list(m.doc)
    for token in tokens:
        word = plain(token.text)
        if not token.is_alpha or len(word) < 4 or word in stop_words() or names_nothing(word):
            continue
        if _POINTING.match(word) or any(m.inside(data, g, token.i) for g in _NOT_WHAT):
            continue
        if word in occasions or lemma(word) in occasions:
            continue  # 'voor de verjaardag van mijn zoon': why, not what ('een verjaardagstaart' is a thing)
        if lexicon.is_verb(word) or participle(word) or person_word(word) or _verb_said(m.doc, token.i, word):
            continue
        if token.i and not token.text[:1].islower() and not lexicon.is_word(word):
            continue  # a name ('in Hapert'): where or who, not what
        if _predicate(tokens, token.i) or word in fact_words().number_words:
            continue  # 'zijn jullie dan dicht?', 'tot vijf uur'
        if lexicon.noun(word) or (not lexicon.is_word(word) and len(word) >= 6):  # not 'haha'
            said.append(word)
    return tuple(dict.fromkeys(said))


def occasion_words(data: TopicData) -> frozenset[str]:
    """The words for an occasion themselves ('verjaardag', 'bruiloft'), not their compounds: the TopicFinder keeps
    them for :func:`nouns_named`."""
    return frozenset(plain(t) for c in data.concepts if c.group == "occasion" for t in c.terms if " " not in t)


# Forms of 'zijn' and 'worden' and the pronouns a verb follows ('ik werk', 'zijn jullie dan dicht').
_COPULAS = frozenset({"is", "zijn", "ben", "bent", "wordt", "worden", "blijft", "lijkt"})
_PRONOUNS = frozenset({"ik", "je", "jij", "we", "wij", "u", "ze", "zij", "hij", "jullie", "ge", "gij"})
_DETERMINERS = frozenset(
    {"de", "het", "een", "geen", "mijn", "jullie", "uw", "je", "onze", "ons", "die", "dat", "deze"}
)


def _predicate(tokens: list[Any], i: int) -> bool:
    """A word said of the subject after 'zijn' with no article before it ('zijn jullie dan dicht?', 'bent u
    bereikbaar?'), or a verb right after a pronoun ('ik werk tot vijf uur'): no thing asked about."""
    if i and tokens[i - 1].lower_ in {"ik", "jij", "hij", "ge", "gij"}:
        return True
    for k in range(i - 1, -1, -1):
        lower = tokens[k].lower_
        if lower in _DETERMINERS - _PRONOUNS or not tokens[k].is_alpha:
            return False
        if lower in _COPULAS:
            return True
    return False


def _verb_said(doc: object, i: int, word: str) -> bool:
    """A verb the word list also knows as a noun: a form in -t of a verb ('werkt'), an infinitive that ends its
    clause ('moet ik dat laten weten?', 'iets wat kinderen graag eten?'), or an adjective before a noun ('nieuwe')."""
    if word.endswith("t") and lexicon.is_verb(f"{word[:-1]}en"):
        return True
    tokens = list(doc)  # type: ignore[call-overload]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if word.endswith("en") and after is not None and after.lower_.endswith("en") and lexicon.is_verb(after.lower_):
        return True  # 'erbij blijven zitten'
    if word.endswith("en") and (after is None or not after.is_alpha):
        before = tokens[i - 1].lower_ if i else ""
        return before not in {"de", "het", "een", "geen", "mijn", "jullie", "uw", "je", "onze", "ons"}
    if word.endswith("e") and after is not None and after.is_alpha and lexicon.noun(after.lower_):
        return lexicon.is_word(word[:-1])  # 'nieuwe winterkaart'
    return False
