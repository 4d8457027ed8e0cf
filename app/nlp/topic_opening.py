"""The noun a comment opens with ('De krabpaal die ik kocht ...', 'Boormachine gekocht, ...'), found by its place
like the other guessed nouns (topic_nouns)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from app.domain.topics import Mention
from app.domain.words import stop_words
from app.nlp import lexicon
from app.nlp.topic_nouns import (
    _DEMONSTRATIVES,
    _PLURAL_ENDS,
    _SUBJECTS,
    DETERMINERS,
    _mention,
    _object_at,
    names_nothing,
    not_objects,
    participle,
)
from app.nlp.topic_words import person_word

# Before a participle these say how, not what: 'Heerlijk gegeten', 'Snel geholpen', 'Netjes gerepareerd'.
_MANNER_ENDS = ("lijk", "ig", "isch", "baar", "loos", "zaam", "vol")
_MANNER = frozenset({"lekker", "snel", "prima", "netjes", "keurig", "super", "top", "goed", "mooi", "fijn", "perfect"})
# Review shorthand: 'Boormachine gekocht, ...', 'Colbert laten innemen, ...'.
_SHORTHAND_NEXT = frozenset({"laten", "gekocht", "besteld", "gehaald", "opgehaald", "gebracht", "gekregen"})


def opening_object(doc: Any, taken: Iterable[int]) -> Mention | None:
    """The noun a comment opens with ('De krabpaal die ik kocht ...', 'Boormachine gekocht, ...'):
    what it is about, even when the lexicon knows a later word ('de bovenste plank')."""
    # '@bakkerij taart besteld ...': the account addressed and a hashtag are no part of the sentence
    at = next((t.i for t in doc if not t.text.startswith(("@", "#"))), len(doc))
    at = _after_rating(doc, at)  # '2 sterren. Paasbrunchbox besteld ...': the rating is no part of the sentence
    if len(doc) - at < 2:
        return None
    first, second = doc[at], doc[at + 1]
    third = doc[at + 2] if len(doc) > at + 2 else None
    adjective_first = first.is_title and first.lower_.endswith("e") and third is not None
    if adjective_first and third is not None and (third.lower_ in _SHORTHAND_NEXT or participle(third.lower_)):
        first, second = second, third  # 'Nieuwe game-pc laten bouwen, ...': an adjective before the noun
    elif _tag(second) and third is not None and (third.lower_ in _SHORTHAND_NEXT or participle(third.lower_)):
        second = third  # 'Banketletter M besteld', 'Menu 3 besteld': a letter or number names which one
    elif third is not None and _how(second.lower_) and participle(third.lower_) and lexicon.noun(first.lower_):
        second = third  # 'Driewieler super opgeknapt', 'Kast netjes geleverd': how the work went
    shorthand = second.lower_ in _SHORTHAND_NEXT or participle(second.lower_)
    word = first.lower_
    if shorthand and (word in _MANNER or word.endswith(_MANNER_ENDS)):
        return None  # 'Heerlijk gegeten!': how it went, no thing
    if (
        (first.is_alpha or "-" in first.text)
        and not first.is_upper
        and first.i not in set(taken)
        and len(word) > 3
        and shorthand
    ):
        if word in stop_words() or word in not_objects() or (lexicon.is_word(word) and not lexicon.noun(word)):
            return None  # 'Expliciet gevraagd of ...': a Dutch word that is no noun says how, not what
        # 'Whisky gekocht, ...': bought or ordered, so a thing, as sure as the lexicon's words
        return replace(_mention("", word), guessed=False)
    # 'roti van warung shanti >>> ...', 'appeltaart van Fenna 😍': a bare noun that opens the comment,
    # said of the business
    # ('moe van het wachten': how the writer felt, from something, no thing of the business)
    of_business = third is not None and third.lower_ not in {"de", "het", "een", "al", "dat", "die", "mijn", "m'n"}
    opens_link = second.lower_ in _OPEN_LINKS or (second.lower_ == "van" and at == 0 and of_business)
    if opens_link and first.is_alpha and first.is_lower and first.i not in set(taken):
        # 'lamsrack was insane 🔥': a bare noun that opens the comment before its verb (with a capital it
        # may as well be a name: 'Coco is weer fluffy', 'Noor was zo onvriendelijk')
        return _bare_opening(word)
    if first.lower_ in _DEMONSTRATIVES:  # 'Die asperges van Het Veldje ...'
        return _demonstrative_opening(doc, at, taken)
    return _object_at(doc, at, set(taken))


# The words of a star rating that opens a review ('2 sterren.', '1 ster!', '4 sterretjes:').
_STARS = frozenset({"ster", "sterren", "sterretje", "sterretjes"})


def _after_rating(doc: Any, at: int) -> int:
    """Where the comment's first sentence starts after a star rating that opens it ('2 sterren. Taart besteld')."""
    if len(doc) - at < 3 or not doc[at].like_num or doc[at + 1].lower_ not in _STARS or not doc[at + 2].is_punct:
        return at
    return next((t.i for t in doc[at + 2 :] if not t.is_punct), len(doc))


def _how(word: str) -> bool:
    """A word that says how something went: 'super', 'netjes', 'heerlijk', 'snel'."""
    return word in _MANNER or (word.endswith(_MANNER_ENDS) and word not in stop_words())


def _bare_opening(word: str) -> Mention | None:
    if len(word) <= 3 or names_nothing(word) or word in _MANNER or word.endswith(_MANNER_ENDS):
        return None
    if lexicon.is_word(word) and not lexicon.noun(word):
        return None  # 'hoeveel is knippen ...': a Dutch word, but no noun
    if word.endswith(_PLURAL_ENDS):
        return _mention("de", word)
    return replace(_mention("", word), article=lexicon.article(word))


# A verb that links a bare opening noun to how it was: 'lamsrack was insane', 'taart smaakte top'.
_OPEN_LINKS = frozenset({"was", "is", "waren", "zijn", "smaakte", "smaakt"})


def _demonstrative_opening(doc: Any, at: int, taken: Iterable[int]) -> Mention | None:
    """'Die dragon roll 🐉', 'Die asperges van ...' (not 'Die slager gebruikt ...', 'Dat vind ik')."""
    second = doc[at + 1]
    nxt = doc[at + 2] if len(doc) > at + 2 else None
    if nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.lower_ not in stop_words():
        end = doc[at + 3] if len(doc) > at + 3 else None
        plain_words = second.is_alpha and second.is_lower and second.lower_ not in stop_words()
        # not 'die trimster riep ...': a person and a verb
        plain_words = plain_words and not lexicon.is_verb(nxt.lower_) and not person_word(second.lower_)
        if (end is None or not end.is_alpha) and plain_words:
            return Mention(f"{second.lower_} {nxt.lower_}", "de", guessed=True)  # 'Die dragon roll 🐉'
        return None  # 'Die slager gebruikt ...', 'Die zogenaamd biologische groente': not a plain noun
    if len(doc) > at + 2 and doc[at + 2].lower_ in _SUBJECTS:
        return None  # 'Dat vind ik jammer': a verb before its subject, no thing
    return _object_at(doc, at, set(taken), DETERMINERS | _DEMONSTRATIVES)


def _tag(token: Any) -> bool:
    """A single capital letter or a number after a noun: which one of a kind ('letter M', 'menu 3')."""
    return (len(token.text) == 1 and token.text.isupper()) or (token.text.isdigit() and len(token.text) <= 3)
