"""Which words are Dutch, and which are nouns: the word list resources/lexicons/woorden.txt.gz.

The shipped pipeline has no tagger, so the topic finders cannot ask a token for its part of speech.
This word list (built by packaging/wordlist.py from the Dutch lemma tables of spacy-lookups-data)
answers the questions they need instead:

- ``is_verb('liet')``: a verb form that is no noun, so 'Soufiane liet hem ...' names someone;
- ``is_word('toonbank')``: is this a Dutch word at all? A capitalised word that is not ('Soufiane',
  'Giethoorn') is a name;
- ``noun('ratten')`` → 'rat', ``noun('oranjekoek')`` → 'oranjekoek': the lemma of a noun, also of a
  plural, a diminutive ('treintje' → 'trein') and a compound whose last part is a noun and whose
  first part is a Dutch word;
- ``head('kettingblad')`` → 'blad': the last part of a compound, the kind of thing it is;
- ``article('snoeischaar')`` → 'de': the article, by app.domain.articles with this list's compound head.

Loaded once, on first use: only the topic finder, which runs off the GUI thread, asks. The words
are kept as sorted 64-bit hashes (3 MB for 400,000 words, instead of 30 MB as Python strings); a
false hit needs two words with the same 64-bit hash.
"""

from __future__ import annotations

import gzip
import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from app.domain.articles import article as _article
from app.resources import resource_path

# The shortest part of a compound that counts: 'ei' in 'kippenei' is too short to trust ('partij' is no
# 'par' + 'tij'); three letters reads 'naaf' in 'achternaaf' and 'rem' in 'voorrem'.
_MIN_PART = 3
# What may join the two parts: 'personeel-s-dag', 'boek-en-kast', 'zonne-bloem'.
_LINKS = ("", "s", "en", "e")
# Diminutives: 'treintje' → 'trein', 'bolletje' → 'bol', 'kopje' → 'kop', 'koekje' → 'koek'.
_DIMINUTIVES = (
    ("etjes", ""),
    ("etje", ""),
    ("tjes", ""),
    ("tje", ""),
    ("pje", ""),
    ("kje", ""),
    ("jes", ""),
    ("je", ""),
)


# A short vowel doubles its consonant before '-etje': 'pan-n-etje', 'bel-l-etje', 'bon-n-etjes'.
_DOUBLED_DIMINUTIVE = re.compile(r"([bdfgklmnprst])\1etjes?$")


def _hash(word: str) -> int:
    """Python's own string hash: salted per process, but the list is hashed in the same process that
    looks words up, and it is ten times faster than a cryptographic hash."""
    return hash(word)


@dataclass(frozen=True)
class _Words:
    hashes: array[int]  # sorted

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        key = _hash(word)
        at = bisect_left(self.hashes, key)
        return at < len(self.hashes) and self.hashes[at] == key


@dataclass(frozen=True)
class WordList:
    nouns: _Words
    others: _Words  # every word that is no noun, verbs included
    verbs: _Words
    rules: tuple[tuple[str, str], ...]


def _words(hashes: list[int]) -> _Words:
    return _Words(array("q", sorted(hashes)))


@lru_cache(maxsize=1)
def word_list() -> WordList:
    """The word list, read once."""
    nouns: list[int] = []
    others: list[int] = []
    verbs: list[int] = []
    rules: list[tuple[str, str]] = []
    with gzip.open(resource_path("lexicons", "woorden.txt.gz"), "rt", encoding="utf-8") as lines:
        for line in lines:
            kind, _, rest = line.rstrip("\n").partition(" ")
            if kind == "n":
                nouns.append(_hash(rest))
            elif kind in {"v", "w"}:
                others.append(_hash(rest))
                if kind == "v":
                    verbs.append(_hash(rest))
            elif kind == "r":
                suffix, _, replacement = rest.partition(" ")
                rules.append((suffix.replace("-", ""), replacement.replace("-", "")))
    return WordList(_words(nouns), _words(others), _words(verbs), tuple(rules))


def is_word(word: str) -> bool:
    """Whether ``word`` (any case) is a Dutch word or word form; compounds of two words count too."""
    lower = word.lower()
    data = word_list()
    return lower in data.nouns or lower in data.others or bool(noun(lower))


def is_verb(word: str) -> bool:
    """Whether ``word`` is a verb form and no noun ('liet', 'knipte', 'heeft'; not 'les')."""
    return word.lower() in word_list().verbs


def _undouble(stem: str) -> str:
    """'ratt' → 'rat', 'krentenboll' → 'krentenbol': a plural doubles the last consonant."""
    return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou" else ""


@lru_cache(maxsize=100_000)  # a pure function of the word, asked for every token of every text
def _plain_noun(word: str) -> str:
    """The lemma of a noun the list knows as it stands, as a plural or as a diminutive ('' if none);
    of several readings the longest ('kopje' is 'kop', not 'ko')."""
    nouns = word_list().nouns
    if word in nouns:
        return word
    doubled = _DOUBLED_DIMINUTIVE.search(word)
    if doubled and word[: doubled.start() + 1] in nouns:
        return word[: doubled.start() + 1]  # 'pannetje' is a 'pan', no 'panne'; 'belletje' a 'bel'
    found: list[str] = []
    for suffix, replacement in (*word_list().rules, *_DIMINUTIVES):
        if suffix and word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)] + replacement
            found += [c for c in (stem, _undouble(stem)) if len(c) >= 2 and c in nouns]
    return max(found, key=len, default="")


def known_noun(word: str) -> str:
    """The lemma of a noun the list knows as it stands, as a plural or as a diminutive ('pistoletjes' →
    'pistolet'), '' for anything else; unlike :func:`noun` it does not read unknown words as compounds
    ('tweedehands' is no noun here, though 'hands' is)."""
    return _plain_noun(word.lower())


@lru_cache(maxsize=100_000)
def head(word: str) -> str:
    """The last part of a compound noun ('kettingblad' → 'blad', 'personeelsdag' → 'dag'), as a lemma;
    '' when ``word`` is no compound of a Dutch word and a noun."""
    lower = word.lower()
    lemma = _plain_noun(lower) or lower  # 'bolletje' is 'bol', no 'bol' + 'let'
    nouns, others = word_list().nouns, word_list().others
    for cut in range(_MIN_PART, len(lemma) - _MIN_PART + 1):
        last, first = _plain_noun(lemma[cut:]), lemma[:cut]
        if not last:
            continue
        # a short last part only after a noun, joined by nothing or an s: 'personeel-s-dag', 'fiets-rem'
        # (not 'giste-ren', 'rem-men')
        short = len(last) < 4
        for link in ("", "s") if short else _LINKS:
            stem = first[: len(first) - len(link)] if first.endswith(link) else ""
            if len(stem) >= _MIN_PART and (stem in nouns or (not short and stem in others)):
                return last
    return ""


def noun(word: str) -> str:
    """The lemma of a noun ('ratten' → 'rat', 'treintje' → 'trein'); a compound the list does not know
    is its own lemma when its last part is a noun ('oranjekoek'); '' for anything else."""
    lower = word.lower()
    plain = _plain_noun(lower)
    if plain:
        return plain
    last = head(lower)
    if not last:
        return ""
    # 'kettingbladen' → 'kettingblad': the plural or diminutive ending is the last part's
    for ending in range(len(lower) - len(last), len(lower) + 1):
        if _plain_noun(lower[ending - len(last) : ending] if ending >= len(last) else "") == last:
            return lower[:ending]
    return lower


def article(word: str) -> str:
    """'de' or 'het' for a noun (the last word of a phrase): listed words by their list, others by their
    form, a compound by its last part as this word list reads it ('snoeischaar' is a 'schaar', no 'haar')."""
    last = word.strip().lower().rsplit(" ", 1)[-1]
    return _article(last, head=head(last) if last.isalpha() else None)
