"""A FAQ answer that holds for every kind ('Ja, alle merken; ...') said to a question that names one thing (a brand,
a product, a dish: 'mijn Gazelle'): the answer names that thing first ('Ja, ook je Gazelle: ik repareer alle merken
...'), so the writer reads that their thing is meant, not a FAQ line pasted."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from app.domain.draft_fact_words import fact_words
from app.domain.draft_facts import key_words, verb_words
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_word_match import same_stem, similar
from app.domain.draft_yes_lead import YES_LEAD
from app.domain.name_gender import title_for
from app.domain.profile import FaqItem
from app.domain.textnorm import normalise
from app.domain.topics import shipped_topic_data
from app.domain.words import MINE, MONTH_NAMES, OURS, alternation, possessive_alternation, word_set

# The writer's own thing ('mijn Gazelle', 'mn sparta', 'onze Miele'): said as theirs in the answer.
_OWN = re.compile(rf"\b(?:{possessive_alternation()}|my|our)\s+(?:\w+\s+){{0,2}}$", re.I)
# Verbs that only ask, naming no work done ('Doe je ook ...?', 'Ben je ...?').
_ONLY_ASKS = frozenset({"doe", "doet", "doen", "ben", "bent", "is", "zijn"})
# The writer's own thing anywhere in the comment ('mijn e-bike').
_MINE = re.compile(rf"\b(?:{alternation(tuple(sorted(MINE | {'my'})))})\b", re.I)
# The pronoun after the verb of a FAQ question put to the business ('Repareer je ook e-bikes?').
_FAQ_VERB = re.compile(r"^\s*(?P<verb>[^\W\d_]+)\s+(?P<who>je|jij|jullie|u)\s+(?:ook\s+)?(?P<next>\w+)", re.I)


def named_thing(
    asked: Iterable[str], faq_question: str, faq_answer: str, others: Iterable[str], text: str = ""
) -> tuple[str, bool]:
    """(the thing, whether it is the writer's own) a question names that a general FAQ answer ('Ja, alle merken')
    does not: a brand of resources/fact_words.toml, or a word written with a capital inside a question that is no
    first name and that no text of the profile (``others``) holds; else a brand the rest of the comment (``text``)
    names ('het is een gazelle uit 2019'); ('', False) when the answer is no general yes or no thing is named."""
    lead = YES_LEAD.match(faq_answer)
    first = faq_answer[lead.end() :].split(" ", 1)[0].strip(",;:").lower() if lead else ""
    if first not in fact_words().general_words:
        return "", False
    known = normalise(" ".join([faq_question, faq_answer, *others]))
    asked = list(asked)
    # 'mijn e-bike ... het is een Gazelle': the writer speaks of their own thing
    own = any(_MINE.search(t) for t in [*asked, text])
    for question, names in [*((q, True) for q in asked), (text, False)]:
        for thing, at in _things(question, names=names):
            if normalise(thing) not in known:
                return thing, own or bool(_OWN.search(question[:at]))
    return "", False


def with_article(thing: str, texts: Iterable[str]) -> str:
    """The thing as the writer spoke of one ('een Cortina e-bike', 'zijn Sparta' → 'een Cortina', 'een Sparta'): with
    'een' when a text says it after an article or someone else's possessive; the thing alone otherwise."""
    other = re.compile(rf"\b(?:een|zijn|z'n|haar|hun|his|her|their|a)\s+{re.escape(thing)}(?!\w)", re.I)
    return f"een {thing}" if any(other.search(t) for t in texts) else thing


def _things(question: str, *, names: bool) -> list[tuple[str, int]]:
    """(a brand or, with ``names``, a capitalised word that is no first name, where it starts) in a question, in the
    order said."""
    found: list[tuple[str, int]] = []
    said = question.lower()
    for brand in sorted(fact_words().brands, key=len, reverse=True):
        match = re.search(rf"(?<!\w){re.escape(brand)}(?!\w)", said)
        if match and not any(s <= match.start() < s + len(t) for t, s in found):
            written = question[match.start() : match.end()]
            found.append((written if written[:1].isupper() else brand.title(), match.start()))
    skip = fact_words().weekdays | frozenset(MONTH_NAMES) | {"ik", "i"}
    for match in re.finditer(r"(?<![.!?]\s)(?<=\s)([A-Z][\w'&-]*[a-z][\w'&-]*)", question if names else ""):
        word = match.group(1)
        if title_for(word) is not None or normalise(word) in skip:
            continue
        if not any(s <= match.start() < s + len(t) for t, s in found):
            found.append((word, match.start()))
    return sorted(found, key=lambda f: f[1])


def verb_for(faq_question: str, voice: str) -> str:
    """The FAQ question's verb said by the business ('Repareer je ook e-bikes?' → 'ik repareer' or, of
    'Repareren jullie ...', 'we repareren'); '' when the voice and the question's form differ, or the verb is one
    that only asks ('Kun je ...', 'Doe je ...') or a preposition follows ('Werk je ook aan ...')."""
    match = _FAQ_VERB.match(faq_question)
    if match is None:
        return ""
    verb, who, after = (match.group(g).lower() for g in ("verb", "who", "next"))
    # ('Komt u ook aan huis?': 'aan huis' is where the work is done, no thing worked on)
    at_home = re.search(r"\baan\s+huis\b", faq_question, re.I) is not None
    helper = verb in fact_words().auxiliaries and not (at_home and verb.startswith("kom"))  # 'Komt u aan huis?'
    if helper or verb in _ONLY_ASKS or (after in fact_words().place_prepositions and not at_home):
        return ""
    if voice == "ik" and who in {"je", "jij", "u"} and not verb.endswith("en"):
        return f"ik {verb[:-1] if who == 'u' and verb.endswith('t') else verb}"
    if voice == "wij" and who == "jullie" and verb.endswith("en"):
        return f"we {verb}"
    if voice == "ik" and who == "jullie" and verb.endswith("en") and len(verb) > 4:
        return f"ik {_stem_of(verb)}"
    return ""


def _stem_of(infinitive: str) -> str:
    """The first person of a regular verb: 'repareren' → 'repareer', 'bakken' → 'bak', 'verkopen' → 'verkoop',
    'verven' → 'verf'."""
    stem = infinitive[:-2]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        return stem[:-1]  # 'bakk' → 'bak'
    stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])
    # an open syllable keeps its long vowel written double: 'reparer' → 'repareer', 'verkop' → 'verkoop'
    if re.search(r"[^aeiou][aeou][^aeiouy]$", stem) and not re.search(
        r"(?:ie|ee|oo|aa|uu|eu|ou|ui|ei|ij)[^aeiou]$", stem
    ):
        return f"{stem[:-1]}{stem[-2]}{stem[-1]}"
    return stem


# An article: never the word between a lead and its thing ('dat de taart' is a clause, not 'dat mooie taart').
_ARTICLE = "de|het|een|'n|nen|ne"
# An article or possessive before the thing a question names ('de speculaaspoppen', 'mijn e-bike', Flemish 'nen
# kindermenu'), with at most one word between ('een vegan verjaardagstaart'), or the business's own after a
# preposition ('in jullie kerststronken'); what follows it and belongs to it ('met naam', 'zonder gluten', 'aan huis').
_BEFORE_THING = re.compile(
    rf"\b(?:(?:de|het|een|nen|ne|'n|{possessive_alternation()})\s+(?:(?!(?:ook|nog|wel|al|er|{_ARTICLE})\s)"
    rf"[^\W\d_]+\s+)?|(?:die|dat|deze)\s+|(?:in|van|voor|met|bij|op|over|uit|aan)\s+(?:jullie|uw|jouw|je)\s+)$",
    re.I,
)
_AFTER_THING = re.compile(r"^\s+(?:met|zonder|van|in|aan)\s+(?:een\s+)?([^\W\d_]+)", re.I)


def thing_asked(
    asked: Iterable[str],
    faq_question: str,
    lemmas_of: Callable[[str], Iterable[str]],
    poss: str = "je",
    ours: str = "onze",
) -> str:
    """The thing a question names as the writer put it, that the FAQ question names too ('wanneer kan ik de
    speculaaspoppen met naam bestellen?' ~ 'Maakt u speculaaspoppen met een naam?' → 'de speculaaspoppen met
    naam'): a word of the FAQ question after an article or possessive, with what belongs to it when the FAQ
    question names that too; else such a word with no article that is not the question's verb ('Doet ge ook
    feestkapsels aan huis?' → 'feestkapsels aan huis'); '' when no question names such a thing. The writer's own
    is said as the reader's (``poss``), the business's ('jullie kerststronken') as ``ours``."""
    keys = key_words(faq_question, lemmas_of)
    asked = list(asked)
    for strong in (True, False):
        for question, bare in ((q, b) for q in asked for b in (False, True)):
            found = _thing_in(question, keys, lemmas_of, bare=bare, strong=strong)
            if found:
                return _said_as_ours(found, poss, ours)
    return ""


def _thing_in(
    question: str, keys: set[str], lemmas_of: Callable[[str], Iterable[str]], *, bare: bool, strong: bool
) -> str:
    """The thing of ``thing_asked`` in one question: after an article, or with ``bare`` without one; with
    ``strong`` only a word that is a key word of the FAQ question or its form ('feestkapsels', not 'trouwfeest')."""
    if _JUDGED.match(question):
        return ""
    verbs = set(verb_words(question))
    for match in re.finditer(r"[^\W\d_][\w-]{3,}", question):
        said = (normalise(match.group(0)), *list(lemmas_of(match.group(0)))[:1])  # the word, not its parts
        if said[0] in _people():
            continue  # 'Over je dochter: ...': a person is who it is for, not the thing asked
        before = _BEFORE_THING.search(question[: match.start()])
        if not any(
            _same(w, k) if strong else similar(w, k)
            for w in (said if strong else key_words(said[0], lemmas_of))
            for k in keys
        ):
            continue
        if normalise(match.group(0)) in verbs:
            continue  # the question's verb is no thing, also after 'een bruidstaart' ('een bruidstaart bestellen')
        if (before is None and _LED_IN.fullmatch(question[: match.start()])) or _participle(said[0], keys):
            continue  # 'Goedendag, verhuurt u ...?', 'moeten nog geknipt worden': a verb, no thing
        if before is None and (not bare or not question[: match.start()].strip()):
            continue
        end = match.end()
        after = _AFTER_THING.match(question[end:])
        if after and any(similar(w, k) for w in key_words(after.group(1), lemmas_of) for k in keys):
            end += after.end()
        start = before.start() if before else match.start()
        # 'reparaties aan huis': a word after a preposition belongs to the thing before it, or names none alone
        held = None if before else _HELD_BY.search(question[:start])
        if held is not None:
            lead = _BEFORE_THING.search(question[: held.start()])
            if normalise(held.group("thing")) in verbs | set(phrase_cues().asked_fillers):
                return ""
            start = lead.start() if lead else held.start()
        return question[start:end]
    return ""


# One word and a stop before the question's first word ('Goedendag, ', 'Vraagje: '): that word is its verb.
_LED_IN = re.compile(r"\W*[^\W\d_]+\s*[,:!]\s*")


def _participle(word: str, keys: set[str]) -> bool:
    """Whether a word is the past participle of a verb among ``keys`` ('geknipt' of 'knippen')."""
    return bool(re.fullmatch(r"ge[^\W\d_]{3,}[td]", word)) and any(same_stem(word, k) for k in keys)


# A judgement asked ('Is het mijn fout dat ...', 'En is het normaal dat ...'): about what happened, no thing asked.
_JUDGED = re.compile(r"\W*(?:en\s+)?(?:is|was)\s+het\s+(?:[^\W\d_]+\s+){1,3}?(?:dat|da)\b", re.I)
# A thing and the preposition after it, right before a word ('reparaties aan ' of 'reparaties aan huis').
_HELD_BY = re.compile(r"\b(?P<thing>[^\W\d_][\w-]{2,})\s+(?:aan|met|zonder|van|in|op|voor)\s+$", re.I)


def _said_as_ours(thing: str, poss: str, ours: str) -> str:
    """The thing with its lead word said from the business's side: 'mijn'/'onze' → the reader's ``poss``, 'jullie'
    → ``ours``, 'nen' → 'een'; a leading preposition ('in jullie ...') left out."""
    words = thing.split(" ")
    if len(words) > 2 and normalise(words[1]) in {"jullie", "uw", "jouw", "je"}:
        words = words[1:]
    lead = normalise(words[0])
    if lead in MINE or lead in OURS:
        words[0] = "jullie" if lead in OURS and poss == "je" else poss
    elif lead in {"jullie", "uw", "jouw", "je"}:
        words[0] = ours
    elif lead in phrase_cues().indefinite_dialect:  # 'nen', 'ne': said as 'een'
        words[0] = "een"
    elif lead in {"de", "het", "een", "die", "dat", "deze"}:
        words[0] = lead
    return " ".join(words)


def names_none(said: str, faq_question: str, lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether an answer names none of the key words of the FAQ question it answers ('Gratis; reserveer hem wel
    even' ~ 'Heb je een leenfiets?'): said on its own, the reader does not see what it is about."""
    keys = key_words(faq_question, lemmas_of)
    return bool(keys) and not any(_same(w, k) for w in key_words(said, lemmas_of) for k in keys)


# What a form adds to its word: a plural, a diminutive, a verb's ending ('kerststronk' → 'kerststronken', 'houd' →
# 'houden'); a longer rest makes a compound ('koffie' + 'tafel'), no form.
_FORM_ENDINGS = word_set(
    "s 's e n en es er ers eren ere t te ten d de den je jes tje tjes etje etjes pje pjes kje kjes"
)


def _same(word: str, key: str) -> bool:
    """Whether a word is the key word itself or a form of it ('kerststronken' ~ 'kerststronk'), not only a part of
    a compound ('kinderen' is not 'kindermenu', 'koffie' is not 'koffietafel')."""
    if word == key:
        return True
    short, long = sorted((word, key), key=len)
    return len(short) >= 5 and long.startswith(short) and long[len(short) :] in _FORM_ENDINGS


@cache
def _people() -> frozenset[str]:
    """The writer's people and pets (the 'person' concepts of resources/topics.toml: dochter, zoon, hond ...)."""
    return frozenset(t for c in shipped_topic_data().concepts if c.group == "person" for t in c.terms)


def in_named_brand(name: str, text: str, faq: Iterable[FaqItem]) -> bool:
    """Whether ``name`` is part of a brand or product line of two or more capitalised words that the comment
    names and the profile's ``faq`` names too ('de vegan lijn van Maria Nila', with 'Maria Nila' in a FAQ answer): a
    make the business works with, no one of the staff to pass praise to ('Ik vertel het zeker aan Maria'). Only when
    every time the name is said it is in such a brand: 'Top kleuring door Nila! Ze werkt met Maria Nila' thanks Nila."""
    known = " ".join(f"{item.question} {item.answer}" for item in faq)
    caps = r"[A-Z][\w'&-]*"
    pattern = rf"(?<!\w)(?:{caps}\s+)*{re.escape(name)}(?:\s+{caps})*(?!\w)"
    wholes = [found.group() for found in re.finditer(pattern, text)]
    return bool(wholes) and all(
        whole != name and re.search(rf"(?<!\w){re.escape(whole)}(?!\w)", known) for whole in wholes
    )
