"""A thing named only in a comparison, or only as what the writer fell back on, is no thing the comment is
about: 'een zeebaars die zo droog was als een beschuit', 'taai als een schoenzool', 'harder dan een baksteen' name
no beschuit, shoe sole or brick; nor does looking like something ('ik zie eruit als een geplukte kip', Limburgish
'ich zeen oet wie 'ne geplökde kip', 'I look like a drowned rat'): the adjectives between the article and the
thing are skipped. What the writer did instead ('en dan maar een frietje gegeten', 'toen maar een pizza gehaald')
is no thing the complaint is about either."""

from __future__ import annotations

from typing import Any

from app.domain.topics import Mention
from app.nlp import lexicon
from app.nlp.reader_words import reader_words

_COMPARED = reader_words()["compared"]  # resources/topic_readers.toml [compared]
_THAN = _COMPARED["than"]
# Looking like something: the word before the comparison ('eruit als', dialect 'oet wie', 'look like'); grammar
# words of the comparison itself, not vocabulary.
_LOOK_LIKE = _COMPARED["look_like"]
_LOOKS = _COMPARED["looks"]
_LINKING = _COMPARED["linking"]
# a figure of speech ('als een beschuit', Flemish 'nen', dialect ''ne'); 'beter dan de pizza' may be a real dish
_DETS = _COMPARED["determiners"]
_MAX_ADJECTIVES = 2
# Falling back on something: 'dan maar', 'toen maar', 'uiteindelijk maar' before it.
_THEN = _COMPARED["fallen_back"]
_FALLBACK_REACH = 4
# What the writer did not take, with what they took instead: 'ipv een taart', 'in plaats van de gewone bollen'.
_INSTEAD_OF = [phrase.split() for phrase in _COMPARED["instead_of"]]
_DEFINITE = frozenset({"de", "het", "'t", "the"})


def _adjective(doc: Any, i: int) -> bool:
    """A plain or comparative adjective before 'als'/'dan' ('taai', 'harder'), not a noun or verb; after 'zo'
    any word ('zo droog als een beschuit': 'droog' is also a noun and a verb form)."""
    token = doc[i]
    word = token.lower_
    if not (token.is_alpha and token.is_lower):
        return False
    after_zo = any(t.lower_ == "zo" for t in doc[max(0, i - 3) : i])
    return after_zo or not (lexicon.known_noun(word) or lexicon.is_verb(word))


def _compares(doc: Any, i: int) -> bool:
    """Whether token ``i`` opens a comparison: 'als'/'dan' after an adjective, or looking like something."""
    word = doc[i].lower_
    if word in _LOOK_LIKE and doc[i - 1].lower_ in _LOOKS:
        return True
    before = i - 1 - (doc[i - 1].lower_ in _LINKING and i > 1)  # 'zo droog was als een'
    return word in _THAN and _adjective(doc, before)


def _thing_after(doc: Any, i: int, dets: frozenset[str] = _DETS) -> int:
    """The position of the thing after the comparison word at ``i``: past an article ('een', ''ne') and, after
    one, up to two adjectives ('een geplukte kip', 'a drowned rat')."""
    at = i + 1
    if doc[at].text == "'" and at + 1 < len(doc) and doc[at + 1].lower_ in dets:
        at += 1
    if doc[at].lower_ not in dets:
        return at
    at += 1
    for _ in range(_MAX_ADJECTIVES):
        # a participle is an adjective here too ('een geplukte kip'); a noun is the thing ('een kip zonder kop')
        word = doc[at]
        if at + 1 < len(doc) and word.is_alpha and word.is_lower and not lexicon.known_noun(word.lower_):
            at += 1 if doc[at + 1].is_alpha else 0
    return at


def _compared_at(doc: Any) -> set[int]:
    """The positions of the nouns a comparison holds something against."""
    out = set()
    for token in doc[1:-1]:
        if not _compares(doc, token.i):
            continue
        at = _thing_after(doc, token.i)
        if at < len(doc):
            out.add(at)
    return out


def _instead_at(doc: Any) -> set[int]:
    """The positions of the words in reach after 'dan maar (ergens) een' / 'toen maar een': what the writer fell
    back on; not 'toen maar de taart teruggebracht', the thing itself."""
    out: set[int] = set()
    for token in doc[1:-1]:
        if token.lower_ != "maar" or doc[token.i - 1].lower_ not in _THEN:
            continue
        end = min(len(doc), token.i + 1 + _FALLBACK_REACH)
        after_article = False
        for t in doc[token.i + 1 : end]:
            if not (t.is_alpha or t.text == "'"):
                break
            if after_article:
                out.add(t.i)
            after_article = after_article or t.lower_ in _DETS
    return out


def _not_taken_at(doc: Any) -> set[int]:
    """The positions of the thing after 'in plaats van (een)' / 'ipv': what the writer did not take; its article
    and up to two adjectives skipped, as in a comparison."""
    words = [t.lower_ for t in doc]
    out: set[int] = set()
    for phrase in _INSTEAD_OF:
        for i in range(len(words) - len(phrase)):
            if words[i : i + len(phrase)] == phrase:
                at = _thing_after(doc, i + len(phrase) - 1, _DETS | _DEFINITE)
                out |= {at} if at < len(doc) and doc[at].is_alpha else set()
    return out


_LIKENED_SUBJECT = frozenset(_COMPARED["likened_subject"])
_LIKENED_BY = frozenset(_COMPARED["likened_by"])


def _likened_at(doc: Any) -> set[int]:
    """The positions of the things another thing is said to be, as a figure of speech: 'de wachtruimte is een oven',
    'het terras was een sauna' (a definite thing, 'is'/'was', 'een' and up to two adjectives); not 'het was een
    taart' (no thing before the verb) nor 'de taart is lekker'."""
    out = set()
    for token in doc[2:-1]:
        if token.lower_ not in _LIKENED_BY or doc[token.i + 1].lower_ not in _DETS:
            continue
        subject, article = doc[token.i - 1], doc[token.i - 2]
        if not (subject.is_alpha and subject.is_lower and lexicon.known_noun(subject.lower_)):
            continue
        if article.lower_ not in _LIKENED_SUBJECT:
            continue
        at = _thing_after(doc, token.i)
        if at < len(doc) and doc[at].is_alpha and doc[at].lower_ != subject.lower_:
            out.add(at)
    return out


def not_compared(doc: Any, products: list[Mention]) -> list[Mention]:
    """``products`` without those named only as what something is compared to, what another thing is said to be
    ('de wachtruimte is een oven') or what the writer fell back on instead."""
    compared = _compared_at(doc) | _likened_at(doc) | _instead_at(doc) | _not_taken_at(doc)
    if not compared:
        return products
    elsewhere = {t.lower_ for t in doc if t.i not in compared}
    only = {doc[i].lower_ for i in compared} - elsewhere
    return [p for p in products if p.text.lower() not in only]
