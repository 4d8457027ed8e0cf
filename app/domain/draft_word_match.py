"""Whether two key words are the same word for matching: a form, stem, conjugation, compound part or particle verb."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_fact_words import english_holiday, fact_words, synonyms  # noqa: F401 - english_holiday re-exported


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    """A rough verb stem for matching: 'gestoomd' and 'stomen' → 'stom', 'ingekort' → 'inkort';
    a diminutive is its noun: 'hondje' → 'hond', 'taartje' → 'taart'."""
    word = re.sub(r"(?<=[a-z]{3})(?:etje|tje|pje|je)$", "", word)
    w = word
    if re.search(r"[dt]$", word):  # a participle: 'gestoomd', 'ingekort'
        w = re.sub(r"^(af|op|aan|uit|in|mee|over|door|terug|weg|na|voor|bij|om)?ge(?=[a-z]{3})", r"\1", word)
        w = re.sub(r"[dt]$", "", w) if w != word else w
    if len(w) >= 7 and not w.endswith("weekend"):
        w = re.sub(r"end$", "", w)  # a present participle: 'krullend' → 'krull'
    w = re.sub(r"(en|e)$", "", w) if len(w) > 4 else w
    w = re.sub(r"([bcdfgklmnprst])\1$", r"\1", w)  # 'legg(en)' → 'leg'
    return re.sub(r"([aeiou])\1", r"\1", w)


def _conjugated(form: str, infinitive: str) -> bool:
    """Whether a verb form in -t is the infinitive's ('repareert' ~ 'repareren', 'verkoopt' ~ 'verkopen'): its
    stem without the -t is the infinitive's stem, its long vowel written double or single."""
    if len(form) < 6 or not form.endswith("t") or not infinitive.endswith("en"):
        return False
    stem = _stem(infinitive)
    return len(stem) >= 4 and _stem(form[:-1]) == stem


@lru_cache(maxsize=65536)
def similar(a: str, b: str) -> bool:
    """Whether two key words are the same word for matching (a form, stem, compound part or particle verb)."""
    if a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a))):
        return True
    if min(len(a), len(b)) >= 3 and (a == f"{b}t" or b == f"{a}t"):
        return True  # a conjugated verb: 'knipt' ~ 'knip', 'bakt' ~ 'bak'
    if _conjugated(a, b) or _conjugated(b, a):
        return True
    stem = _stem(a)
    if (len(stem) >= 3 and stem == _stem(b)) or _verb_compound(a, b) or _verb_compound(b, a):
        return True
    return _first_part(a, b) or _first_part(b, a) or _particle_verb(a, b) or _particle_verb(b, a)


_similar = similar  # the name app.domain.draft_facts knows it by


def same_stem(a: str, b: str) -> bool:
    """Whether two words have the same rough verb stem ('geknipt' and 'knippen': 'knip')."""
    stem = _stem(a)
    return len(stem) >= 3 and stem == _stem(b)


def same_head(word: str, key: str) -> bool:
    """``similar``, but not a key that is only the start of a longer compound word ('fiets' of 'fietskar', 'kind' of
    'kinderfiets'): a fietskar is no kind of fiets. A key longer than the word still is ('kar' ~ 'hondenkar' no,
    'fietskar' ~ 'fietskarren' yes)."""
    return similar(word, key) and not (len(word) - len(key) >= 3 and word.startswith(key[: max(len(key) - 1, 3)]))


def only_first_part(word: str, key: str) -> bool:
    """Whether ``key`` matches ``word`` only as the first part of the compound ``word`` is ('kind' of 'kinderfiets',
    'taart' of 'taartschep'): the word is a kind of something else, not a kind of ``key``."""
    return len(word) > len(key) and _first_part(key, word) and not word.startswith(f"{key}t")


# Separable particles of Dutch verbs: 'afbakken' is 'bakken' with 'af'.
_PARTICLES = ("af", "op", "aan", "uit", "in", "mee", "na", "bij", "door", "terug", "weg")


def _particle_verb(verb: str, base: str) -> bool:
    """'afbakt' ~ 'bak', 'meebrengen' ~ 'breng': a separable verb (its particle in front) and its base verb."""
    particle = _particle_of(verb)
    rest = verb[len(particle) :]
    if not particle or len(rest) < 3 or len(base) < 3 or base.startswith(particle):
        return False
    return rest in (base, f"{base}t") or (len(_stem(rest)) >= 3 and _stem(rest) == _stem(base))


@lru_cache(maxsize=16384)
def _particle_of(verb: str) -> str:
    """The first separable particle a verb starts with ('' when none)."""
    return next((p for p in _PARTICLES if verb.startswith(p)), "")


# a noun's long vowel spelt single in its plural: 'heer' → 'heren'
_PLURAL_SINGLE_VOWEL = re.compile(r"([aeou])\1([^aeiou])$")


def _first_part(noun: str, compound: str) -> bool:
    """'kind' ~ 'kindermenu', 'taart' ~ 'taartenbakker', 'heer' ~ 'herenknipbeurt': a noun (or its plural)
    that starts a compound (with a joining -er-/-en-/-s-), the rest a word of four letters or more."""
    if not compound.startswith(noun[:1]):
        return False  # (the plural starts as the noun does)
    if len(noun) < 4 or noun in fact_words().number_words:
        return False  # 'twee' is no first part of 'tweedehandsfiets'
    # a noun whose long vowel is spelt single in its plural ('heer' → 'heren'): 'herenknipbeurt' starts with it
    plural = _PLURAL_SINGLE_VOWEL.sub(r"\1\2en", noun)
    start = noun if compound.startswith(noun) else plural if plural != noun and compound.startswith(plural) else ""
    if not start:
        return False
    rest = re.sub(r"^(?:er|en|s|e)", "", compound[len(start) :])
    # ('kosteloos' is no kind of 'kost': '-loos' says without it, so 'Wat kost het?' is not asked by 'kosteloos')
    return len(rest) >= 4 and rest != "loos"


def _verb_compound(verb: str, noun: str) -> bool:
    """'lenen' ~ 'leenfiets', 'huren' ~ 'huurauto': an infinitive whose stem starts a compound."""
    if not verb.endswith("en") or len(verb) < 5:
        return False
    stem, compound = _stem(verb), _stem(noun)
    return len(stem) >= 3 and compound.startswith(stem) and len(compound) - len(stem) >= 4


_DIMINUTIVE_PLURAL = re.compile(r"(?<=[a-z]{3})(?:etjes|tjes|pjes|jes)$")


def _head_asked(word: str, compound: str) -> bool:
    """'ijs', 'ijsje', 'ijsjes' ~ 'schepijs': the writer's noun (of a diminutive, its plain noun) of three letters or
    more is the head of a compound key word whose first part has four letters or more."""
    word = _DIMINUTIVE_PLURAL.sub("", _stem(word) if word.endswith("je") else word)
    return len(word) >= 3 and compound.endswith(word) and len(compound) - len(word) >= 4


def _compound_head(a: str, b: str) -> bool:
    """'puppycursus' is a 'cursus': counted only next to another shared word (a lone head match,
    'bedrijfsfysiotherapie' ~ 'fysiotherapie', says too little)."""
    return min(len(a), len(b)) >= 4 and a != b and (a.endswith(b) or b.endswith(a))
