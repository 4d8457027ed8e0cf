"""The nouns of a compliment's clauses, read by their place (the shipped pipeline has no parser): the clauses, which
word can name a thing, the noun after an article and the words that rule one out. PraiseFinder (topic_praise) reads
what is praised with them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from app.domain.privacy_names import first_names
from app.domain.topics import Mention
from app.domain.words import stop_words
from app.nlp import lexicon
from app.nlp.praise_classes import FAMILY_NAMES, MATERIAL
from app.nlp.topic_nouns import alpha_word, make_at, not_objects, noun_after_modifier, participle
from app.nlp.topic_words import NOT_NAMES, person_word, plain_word

_DETS = frozenset({"een", "de", "het", "zo'n", "die", "dat", "mijn", "m'n", "onze", "ons", "haar", "zijn", "nen", "ne"})
# The Flemish 'een' ('nen koekske', 'ne pint'): an article, never the thing.
_FLEMISH_ARTICLES = frozenset({"nen", "ne", "'n", "ene"})
_PREPOSITIONS = frozenset(
    {"met", "van", "in", "voor", "op", "naar", "bij", "uit", "aan", "over", "tijdens", "na", "zonder", "om", "tot"}
)
_QUOTES = frozenset({"'", "‘", "’", '"', "“", "”"})
_CLAUSE_ENDS = frozenset({".", "!", "?", ",", ";", ":", "(", ")"})
_POSSESSIVES = frozenset(
    {"mijn", "m'n", "onze", "ons", "hun", "zijn", "haar", "jullie", "je", "jouw", "uw", "z'n", "d'r"}
)
_SUBORDINATORS = frozenset({"dat", "toen", "omdat", "zodat", "terwijl", "waardoor", "als", "want", "maar", "nadat"})


def _held_of(doc: Any, start: int, noun: Any, end: int, mention: Mention) -> bool:
    """'heb er alvast 3 trommels besteld', 'er twee dozen van': counted right after an 'er' (at most two words
    before the number) and no thing of the lexicon, or 'of' it ('van'): what holds the thing named before."""
    near = doc[max(start, noun.i - 4) : noun.i - 1]
    held = mention.guessed or (noun.i + 1 < end and doc[noun.i + 1].lower_ == "van")
    # not 'er nog een bakje mosterd bij': one, with what it holds, is a thing of its own
    own = " " in mention.text or doc[noun.i - 1].lower_ in {"een", "één"}
    return held and not own and any(t.lower_ == "er" for t in near)


def _region_after(doc: Any, noun: Any) -> bool:
    """'roggebrood van de Veluwe', 'van het Gooi', the Flemish 'van 't Pajottenland': 'van' with an article and
    a name, a region."""
    article = noun.i + 3 < len(doc) and doc[noun.i + 2].lower_ in {"de", "het", "'t", "’t"}
    return bool(article and doc[noun.i + 3].is_title)


def _clauses(doc: Any) -> list[tuple[int, int]]:
    """(start, end) of each clause: up to punctuation or an emoji."""
    bounds, start = [], 0
    for token in doc:
        emoji = not any(ch.isalnum() for ch in token.text) and any(ord(ch) > 0x2600 for ch in token.text)
        if token.text in _CLAUSE_ENDS or emoji:
            if token.i > start:
                bounds.append((start, token.i))
            start = token.i + 1
        elif len(token.text) > 1 and token.text[-1] in ".!?" and token.text[:-1].isalpha():
            bounds.append((start, token.i + 1))  # 'was top.': the tokenizer kept the full stop on the word
            start = token.i + 1
    if start < len(doc):
        bounds.append((start, len(doc)))
    return bounds


def _thing(word: str) -> bool:
    """A word that can name a thing made or praised: not a stop word, verb form, person or abstract word."""
    return (
        len(word) >= 3
        and plain_word(word)
        and word not in stop_words()
        and word not in not_objects()
        and not participle(word)
        and not person_word(word)
        and word not in FAMILY_NAMES
        and word not in NOT_NAMES
        and word not in first_names()[0]
        and not (lexicon.is_verb(word) and not lexicon.noun(word))  # 'de jongeman die het bracht'
    )


def _listed(doc: Any, i: int) -> bool:
    """A noun without an article that is one of a list or follows an adjective of its own ('nieuwe remmen,
    banden en ...'), not one after a possessive ('met hun trouwfoto')."""
    if i == 0:
        return False
    before = doc[i - 1]
    if before.text in {",", "+", "&"} or before.lower_ in {"en", "er", "nog", "ook", "zelfs"}:
        return True
    ahead = doc[i - 2].lower_ if i >= 2 else ""
    return (
        before.is_lower
        and before.lower_.endswith("e")
        and before.lower_ not in stop_words()
        and (ahead not in _DETS | _PREPOSITIONS | _POSSESSIVES)
    )


def _done(word: str) -> bool:
    """A participle, also after an adverb of its own ('hardgelopen', 'uitgelopen', 'gegooid')."""
    return participle(word) or re.match(r"^[a-z]{2,6}ge[a-z]{3,}(?:en|d|t)$", word) is not None


def _diminutive(word: str) -> bool:
    """'mandje', 'strikje', and the Flemish 'belleke', 'boekske' (not 'leuke', 'eerlijke', 'sterke')."""
    return word.endswith("je") or (len(word) > 5 and word.endswith(("eke", "ske")) and not word.endswith("ijke"))


def _noun_after(doc: Any, i: int, end: int, known: Callable[[Any], bool]) -> Any | None:
    """The noun of the phrase after the article at ``i`` (up to two adjectives before it); ``known``
    says whether a token is a product of the lexicon ('een apart menu': 'apart' stands before one)."""
    if _it_before_verb(doc, i):
        return None
    j = i + 1
    while j < end and j <= i + 3:
        token = doc[j]
        if token.lower_ in _FLEMISH_ARTICLES and j == i + 1:
            j, end = j + 1, min(len(doc), end + 1)  # 'gaf ons nen koekske': the article after whom it was for
            continue
        if token.text in _QUOTES and j + 1 < end and doc[j + 1].is_alpha:
            j, end = j + 1, min(end, j + 3)  # "een 'haarbar'": the quoted word is the thing
            continue
        if j > i + 1 and make_at(doc, j):
            return token  # 'een nieuwe Ridley': the make is the thing ('nieuwe' says which one)
        if not alpha_word(token) or not (token.is_lower or (token.is_title and known(token))):  # 'de Noordzeetong'
            return None
        following = doc[j + 1] if j + 1 < end else None
        before_known = following is not None and alpha_word(following) and not known(token) and known(following)
        # 'een tweedehands driewieler', 'de gebakken scholfilet': a word before a noun of the lexicon qualifies it
        # (not a thing of its own: 'een schotel fruits de mer', 'twee schalen petitfours', 'een of twee')
        before_noun = following is not None and (make_at(doc, j + 1) or noun_after_modifier(doc, j, loose=True))
        adjective = (
            before_known
            or before_noun
            or token.lower_ in MATERIAL
            or (
                token.lower_.endswith(("e", "ig", "lijk", "isch"))
                and following is not None
                and alpha_word(following)
                and following.is_lower
                and following.lower_ not in stop_words()
                and not _diminutive(token.lower_)
            )
        )
        if not adjective:
            # 'mijn nieuwe bob': a first name in lower case after 'nieuwe' is a thing, not someone
            new = j > i + 1 and doc[j - 1].lower_ in {"nieuwe", "nieuw"} and token.lower_ in first_names()[0]
            return token if _thing(token.lower_) or new else None
        j += 1
    return None


_PERSONAL = frozenset({"ik", "je", "jij", "hij", "ze", "zij", "we", "wij", "u", "ge", "gij", "men", "k", "'k"})


def _it_before_verb(doc: Any, i: int) -> bool:
    """'zonder dat ik het wist, ...', 'voor we het zagen.': 'het' after the subject of a subordinate clause
    with one word left before the clause ends is the object, and that word the clause's verb, not a thing."""
    if i < 2 or i + 2 > len(doc) or doc[i].lower_ not in {"het", "'t"} or doc[i - 1].lower_ not in _PERSONAL:
        return False
    after = doc[i + 2].lower_ if i + 2 < len(doc) and doc[i + 2].is_alpha else ""
    # the clause ends there, or the main clause's verb follows ('voor ik het wist had Joost ...'; not 'toen ik
    # het brood ophaalde': a noun of the lexicon stays a thing)
    ends = after in {"", "en", "maar", "want", "of"}
    ends = ends or (lexicon.is_verb(after) and not lexicon.noun(doc[i + 1].lower_))
    return ends and doc[i - 2].lower_ in _SUBORDINATORS | {"voor", "voordat", "wanneer", "of", "zonder", "eer"}


def _opens(doc: Any, i: int) -> bool:
    """The token at ``i`` opens a sentence (the text's start, after '.', '!', '?' or a line break)."""
    return i == 0 or doc[i - 1].text in {".", "!", "?"} or not doc[i - 1].text.strip()


def _someone(word: str) -> bool:
    """'gaf de kleinste een ballon', 'de jongste': an adjective made a person by '-ste' is no thing given."""
    return word.endswith("ste") and len(word) > 5 and lexicon.is_word(word[:-3]) and not lexicon.noun(word)
