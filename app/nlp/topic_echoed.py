"""The thing a compliment comes back to: a compound noun named with an article ('met een glittervlecht') whose
part is said again in a later sentence, as a noun or a verb ('Nu wil ze elke dag vlechten', 'praat alleen nog
over dinosaurussen'). What the writer's story ends on is what mattered to them, whatever its shape; the
draft names it rather than the plain service or product it came with ('de knipbeurt', 'de taart')."""

from __future__ import annotations

from functools import cache
from typing import Any

from app.domain.draft_phrase_cues import phrase_cues
from app.domain.topics import Mention, shipped_topic_data
from app.domain.words import stop_words
from app.nlp import lexicon
from app.nlp.topic_nouns import DETERMINERS, noun_mention
from app.nlp.topic_words import person_word

_ENDS = frozenset({".", "!", "?", ";"})
_MIN_PART = 4


def _sentence_ids(doc: Any) -> list[int]:
    """The number of the sentence each token is in: a new one after '.', '!', '?' or an emoji."""
    ids, at = [], 0
    for token in doc:
        ids.append(at)
        emoji = not any(ch.isalnum() for ch in token.text) and any(ord(ch) > 0x2600 for ch in token.text)
        if token.text in _ENDS or emoji:
            at += 1
    return ids


def _parts(word: str) -> tuple[str, ...]:
    """The two parts of a compound noun ('glittervlecht' → 'glitter', 'vlecht'), each long enough to mean
    something alone; () for a word that is no compound."""
    last = lexicon.head(word)
    if not last or len(last) < _MIN_PART:
        return ()
    first = word[: word.rfind(last[:3])] if last[:3] in word else ""
    first = first.removesuffix("s") if len(first) > _MIN_PART else first
    return tuple(p for p in (first, last) if len(p) >= _MIN_PART and p not in stop_words())


@cache
def _kin_words() -> frozenset[str]:
    """The words for the writer's people (resources/topics.toml, group 'person': 'kleinzoon', 'dochter'): never a
    thing praised, whatever a later word begins with ('onze kleinzoon ... een klein duiveltje')."""
    return frozenset(t.lower() for c in shipped_topic_data().concepts if c.group == "person" for t in c.terms)


def _after_article(doc: Any, i: int) -> str:
    """The article or possessive before the noun at ``i`` (one adjective may stand between; Flemish 'nen', 'zo'n',
    'haar': phrase_cues.toml ``echoed_determiners``), or ''."""
    for k in (i - 1, i - 2):
        if k >= 0 and (doc[k].lower_ in DETERMINERS or doc[k].lower_ in phrase_cues().echoed_determiners):
            return "een" if doc[k].lower_ in {*phrase_cues().indefinite_dialect, "zo'n"} else doc[k].lower_
    return ""


def echoed(doc: Any) -> Mention | None:
    """The first compound noun after an article that a later sentence comes back to, or None."""
    sentence = _sentence_ids(doc)
    for token in doc:
        word = token.lower_
        det = _after_article(doc, token.i) if token.is_alpha and token.is_lower else ""
        if not det or person_word(word) or word in _kin_words() or word in _occasion_words():
            continue  # 'een verjaardagsfeest ... weer een verjaardag': the occasion, not a thing praised
        parts = _parts(word)
        later = (
            t.lower_
            for t in doc[token.i + 1 :]
            if sentence[t.i] > sentence[token.i] and t.is_alpha and t.lower_ not in _occasion_words()
        )
        if parts and any(w != word and w.startswith(parts) for w in later):
            return noun_mention(det, word)
    return None


# 'die rijsttaart ...', 'dat brood, zalig', 'diene taart': the writer points back at a thing already named
_POINTING = frozenset({"die", "dat", "deze", "dit", "diene", "dieje", "dienen", "datte"})


def pointed_back(doc: Any) -> Mention | None:
    """'120 sandwiches en 6 rijsttaarten ... en die rijsttaart, ge wordt er stil van': the thing named again
    with a pointing word after the writer first named it among others; what they single out, or None."""
    seen: set[str] = set()
    for token in doc:
        word = token.lower_
        if not (token.is_alpha and token.is_lower) or word in stop_words() or person_word(word):
            continue
        last = lexicon.head(word)
        key = lexicon.known_noun(word) or (word[: word.rfind(last)] + last if last and last in word else "")
        if not key:
            continue
        before = doc[token.i - 1].lower_ if token.i > 0 else ""
        if before in _POINTING and key in seen:
            return noun_mention(lexicon.article(word), word)
        seen.add(key)
    return None


@cache
def _occasion_words() -> frozenset[str]:
    """The words of the occasions in resources/topics.toml ('verjaardag', 'verjaardagsfeest'), read at first use."""
    return frozenset(t for c in shipped_topic_data().concepts if c.group == "occasion" for t in c.terms)
