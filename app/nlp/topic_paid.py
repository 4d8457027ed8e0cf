"""What the writer paid for: the noun after 'voor' that follows an amount ('€42 voor hopscheuten', '€ 165
betaald voor een balayage', '35 euro voor de mosselen'). A complaint about what came for that money names
it, also when the lexicon does not list it, not another thing only described ('een soepbord vol room')."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.topics import Concept, Mention
from app.domain.words import stop_words
from app.nlp import lexicon
from app.nlp.praise_words import praise_words
from app.nlp.reader_words import reader_words, units
from app.nlp.topic_nouns import noun_mention
from app.nlp.topic_words import lemma

# Between the amount and 'voor': how it was paid ('€ 85 betaald voor', '42 euro neergeteld voor').
_PAID = frozenset({"betaald", "betaalde", "betaalden", "betaal", "betaalt", "neergeteld", "afgerekend", "gedokt"})
_DETS = frozenset({"een", "de", "het", "mijn", "m'n", "ons", "onze", "twee", "drie", "vier"})


def _amount_end(doc: Any, i: int) -> int:
    """The index after an amount that starts at token ``i`` ('€ 42', '42 euro', '€42,50'), or -1."""
    if doc[i].text == "€" and i + 1 < len(doc) and doc[i + 1].like_num:
        return i + 2
    if doc[i].like_num and i + 1 < len(doc) and doc[i + 1].lower_ in {"euro", "eur"}:
        return i + 2
    return -1


def _plain_word(doc: Any, i: int) -> bool:
    """Whether token ``i`` is one more lowercase content word of the noun phrase ('een bak lauwe soep')."""
    if i >= len(doc):
        return False
    word = doc[i]
    return word.is_alpha and word.is_lower and word.lower_ not in stop_words() and not lexicon.is_verb(word.lower_)


def _contained(doc: Any, i: int) -> bool:
    """Whether token ``i`` or the one before it is a measure or container (topic_readers.toml [paid] containers:
    'bak', 'portie'): then the thing is the word after ``i``."""
    return bool({doc[i].lower_, doc[i - 1].lower_} & reader_words()["paid"]["containers"])


def paid_for(doc: Any) -> tuple[str, Any] | None:
    """(determiner, noun token) of the first thing an amount was paid for, or None."""
    for token in doc:
        end = _amount_end(doc, token.i)
        if end < 0:
            continue
        at = end + 1 if end < len(doc) and doc[end].lower_ in _PAID else end
        if at >= len(doc) or doc[at].lower_ != "voor":
            continue
        det = doc[at + 1].lower_ if at + 1 < len(doc) and doc[at + 1].lower_ in _DETS else ""
        noun = at + 2 if det else at + 1
        valued = token.i > 0 and doc[token.i - 1].lower_ == "van"  # 'een cadeaubon van € 50 voor jouw salon'
        if valued or noun >= len(doc) or doc[noun].lower_ in stop_words():
            continue
        following = doc[noun + 1] if noun + 1 < len(doc) else None
        plain = following is not None and following.is_alpha and following.is_lower and doc[noun].is_lower
        if (
            plain
            and following is not None
            and following.lower_ not in stop_words()
            and not lexicon.is_verb(following.lower_)
        ):
            noun += 1  # 'voor een simpele knipbeurt', 'voor een glutenvrij brood', 'voor droog gebak'
            # 'voor een plas roze water', 'een kleine portie mosselen': after a measure or container the head is the
            # last word; not 'een simpele knipbeurt gisteren', 'een grote taart zaterdag'
            if _plain_word(doc, noun + 1) and _contained(doc, noun):
                noun += 1
        if noun >= len(doc):
            continue
        word = doc[noun]
        if word.lower_ in units():
            continue  # '57 euro betaald voor anderhalve meter', 'voor twee kilo': a measure of the thing, not the thing
        if (
            word.is_alpha
            and len(word.text) > 3
            and word.lower_ not in stop_words()
            and not lexicon.is_verb(word.lower_)
        ):
            return det, word
    return None


def paid_first(doc: Any, main: Concept | None, products: list[Mention], services: set[int]) -> list[Mention]:
    """``products`` with the thing paid for first when the lexicon does not list it (a dish of its own name);
    unchanged for harm, where what happened comes first, when the lexicon found it already, or when it is work
    done (at ``services``: '€65 voor een kleine beurt en mijn derailleur ...' is about the derailleur)."""
    found = paid_for(doc) if main is None or main.group != "safety" else None
    if found is None or found[1].i in services:
        return products
    det, noun = found
    word = noun.lower_
    if products and not products[0].guessed and lemma(doc[0].lower_) == lemma(products[0].text):
        return products  # 'IJstaart besteld ... €42,50 voor een plas roze water': the comment opens with it
    if any(lemma(p.text) == lemma(word) or word.endswith(p.text) for p in products):
        return products
    if word in praise_words().measures and any(not p.guessed for p in products):
        return products  # 'speculaasbrokken ... €6,95 voor een zakje': what the thing came in, not the thing
    # 'bruin brood ... klef. €3,95 voor deeg met een korstje eromheen': a bare noun after the amount scorns what came
    # for the money; the thing is the one named before it
    if not det and products and not products[0].guessed and _named_before(doc, products[0].text, noun.i):
        return products
    made = noun_mention(det, word)
    if made is None:
        return products
    base = lexicon.noun(word)
    plural = base not in {"", word} and word.endswith(("en", "s")) and not word.endswith(("je", "jes"))
    return [replace(made, article="de" if plural else made.article, plural=plural, guessed=False), *products]


def _named_before(doc: Any, thing: str, at: int) -> bool:
    """Whether ``thing`` (a product's word) is said before token ``at``."""
    base = lemma(thing.rsplit(maxsplit=1)[-1])
    return any(lemma(t.lower_) == base for t in doc[:at])
