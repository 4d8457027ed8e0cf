"""Whether the profile fact a rumour's focus retrieved contradicts the rumour outright, so the reply may say 'Dat
klopt niet': only on an explicit contrast. The rumour denies the thing ('kunde nie binnen mee 'n rolstoel', 'contant
zou niet meer mogen') and the fact states it without a 'niet' or 'geen' of its own ('Rolstoeltoegankelijk', 'pinnen
en contant'); or the rumour says only one way is left ('alleen nog met de pin', 'alleen fietsen die ge bij hem
gekocht hebt') and the fact names more ('pinnen en contant') or every kind ('Alle merken, waar je ze ook kocht').
A rumour that says when or how often ('op zaterdag', 'in juli', 'na 17 uur', 'soms') may be partly true and gets
no verdict, nor does a fact that shares none of the denied clause's words (a wrong-focus fact)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_asked import negations
from app.domain.draft_fact_words import fact_words
from app.domain.draft_facts import key_words
from app.domain.draft_rumour_cues import _CLOCK, _NEXT_CLAIM
from app.domain.draft_word_match import similar
from app.domain.textnorm import normalise, sentences
from app.domain.words import MONTH_NAMES

Lemmas = Callable[[str], Iterable[str]]


def contradicts(claim: str, fact: str, own_name: str, lemmas_of: Lemmas, bought_elsewhere: bool = False) -> bool:
    """Whether ``fact`` (the profile's words, as said in the reply) contradicts ``claim`` (what the rumour says)
    explicitly, by one of its clauses; ``own_name`` (the business's name) is no word of focus. ``bought_elsewhere``:
    the claim says only what was bought here is served, which a fact for every kind ('Alle merken') contradicts."""
    fact_words_ = _words(fact)
    if fact_words_ & (_denials() | fact_words().only_words | fact_words().partly_words) or _CLOCK.search(fact):
        return False  # 'geen kredietkaart', 'alleen op afspraak', 'meestal', 'van 8:00 tot 11:00': a mixed fact
    every = bool(fact_words_ & fact_words().general_words)
    if bought_elsewhere and every and not _restricted(claim, _words(claim), fact):
        return True  # 'alleen fietsen die ge bij hem gekocht hebt' ~ 'Alle merken, waar je ze ook kocht'
    said = key_words(fact, lemmas_of)
    name = key_words(own_name, lemmas_of) if own_name.strip() else set()
    found = False
    for clause in _clauses(claim):
        words = _words(clause)
        only = bool(words & fact_words().only_words)
        focus = {w for w in key_words(clause, lemmas_of) - name if len(w) >= 3}
        named = any(similar(w, k) for w in focus for k in said)
        if _restricted(clause, words, fact) or not named:
            if only:
                return False  # 'alleen nog met het feestmenu': a second claim the fact leaves unsaid
            continue  # a wrong-focus fact: it says nothing of what this clause denies
        if words & _denials():
            found = True
        elif only:
            if not _names_more(fact_words_, focus, said):
                return False
            found = True
    return found


def _words(text: str) -> set[str]:
    """The words of a text, a hyphenated word as one ('no-show' is no 'no')."""
    return set(re.findall(r"\w+(?:[-']\w+)*", normalise(text)))


def _clauses(claim: str) -> list[str]:
    """The claim's sentences and main clauses ('..., contant zou niet meer mogen')."""
    sentences = re.split(r"(?<=[.!?])\s+|,\s+(?=\w)", claim.strip())
    return [c.strip() for s in sentences for c in _NEXT_CLAIM.split(s) if c.strip()]


def _denials() -> frozenset[str]:
    """'niet', 'geen', 'nooit' and the spoken 'nie', 'gene' (draft_cues.toml not_words, fact_words.toml denial_words),
    without the words that deny a closing ('gestopt'), which a fact never contradicts by stating a thing."""
    return (negations() | fact_words().denial_words) - {"gestopt", "stoppen", "afgeschaft", "behalve"}


def _restricted(clause: str, words: set[str], fact: str) -> bool:
    """Whether a clause says when or how often ('op zaterdag', 'in juli', 'na 17 uur', 'soms') in a way the fact
    does not also say: then the rumour may be partly true."""
    fw, said = fact_words(), normalise(fact)
    when = (fw.weekdays | frozenset(MONTH_NAMES)) & words
    if any(w not in said for w in when) or words & fw.partly_words:
        return True
    return bool(_CLOCK.search(clause))


def _names_more(fact_said: set[str], focus: set[str], said: set[str]) -> bool:
    """Whether a fact names more than the one way a rumour leaves: every kind ('alle merken') or a list of which
    the rumour's thing is one part ('pinnen en contant' ~ 'alleen nog met de pin')."""
    if fact_said & fact_words().general_words:
        return True
    return bool({"en", "of"} & fact_said) and len(said) >= 2 and any(similar(w, k) for w in focus for k in said)


def focus_yes(question: str, answer: str, claim: str, lemmas_of: Lemmas) -> bool:
    """Whether a FAQ entry found by one shared word answers yes to the thing a rumour denies: its question's focus
    is named in the claim ('Repareer je ook e-bikes? Ja, alle merken' ~ 'niet meer terecht met een e-bike') and the
    claim only says one may not come with it ('terecht', 'welkom'), so any service for that thing answers it; not
    'geen e-bikes meer verkopen' (one service, which a FAQ on another does not settle)."""
    if not re.match(r"^\s*(?:ja|jazeker|zeker)\b", answer, re.I):
        return False
    asked, said = key_words(question, lemmas_of), key_words(claim, lemmas_of)
    shared = {w for w in asked if any(similar(w, k) for k in said)}
    access = bool(set(normalise(claim).split()) & fact_words().access_words)
    return bool(shared) and access


# A time said for how long something takes ('twee weken wachten', 'binnen 2 werkdagen', 'in ongeveer 20 minuten'),
# and the words for 'while you wait' and 'the same day', which say a time too.
_NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "tien": 10,
    "half": 0.5,
    "anderhalve": 1.5,
    "anderhalf": 1.5,
}
_UNIT_MINUTES = {
    "minuut": 1,
    "minuten": 1,
    "min": 1,
    "kwartier": 15,
    "uur": 60,
    "uren": 60,
    "dag": 1440,
    "dagen": 1440,
    "werkdag": 1440,
    "werkdagen": 1440,
    "week": 10080,
    "weken": 10080,
    "maand": 43200,
    "maanden": 43200,
}
_DURATION = re.compile(
    rf"\b(?P<n>\d+|{'|'.join(_NUMBER_WORDS)})\s+(?P<unit>{'|'.join(sorted(_UNIT_MINUTES, key=len, reverse=True))})\b",
    re.I,
)
_AT_ONCE = {
    "terwijl u wacht": 30,
    "terwijl je wacht": 30,
    "terwijl ge wacht": 30,
    "dezelfde dag": 600,
    "zelfde dag": 600,
    "direct": 30,
    "meteen": 30,
}
# How much longer the rumour's time must be than the fact's to be plainly wrong (not 'een dag' against '2 werkdagen').
_MUCH_LONGER = 4


def _minutes(text: str) -> list[float]:
    """The times a text says in minutes ('twee weken' → 20160, 'terwijl u wacht' → 30)."""
    said = [
        (float(m.group("n")) if m.group("n").isdigit() else _NUMBER_WORDS[m.group("n").lower()])
        * _UNIT_MINUTES[m.group("unit").lower()]
        for m in _DURATION.finditer(text)
    ]
    return said + [minutes for words, minutes in _AT_ONCE.items() if words in text.lower()]


def _without_time(text: str) -> str:
    """A text without its times and words of waiting ('wacht je drie weken', 'terwijl je wacht', 'duurt'): what is
    left names the thing that takes that time."""
    said = _DURATION.sub(" ", text)
    for words in _AT_ONCE:
        said = re.sub(rf"\b{words}\b", " ", said, flags=re.I)
    return re.sub(r"\b(?:wacht\w*|gewacht|duur\w*|duren|klaar)\b", " ", said, flags=re.I)


def takes_shorter(claim: str, fact: str, lemmas_of: Lemmas) -> bool:
    """Whether the fact says a thing the claim names takes much less time than the claim says ('twee weken wachten,
    zelfs voor een lekke band' ~ 'Een lekke band maak ik terwijl u wacht, in ongeveer 20 minuten'): in a sentence of
    the fact that names a key word of the claim's clause with its time, every time said is a fraction of the claim's;
    False when the claim says no time or no sentence of the fact names its thing with a time."""
    for clause in sentences(claim.strip()):
        claimed = _minutes(clause)
        if not claimed:
            continue
        things = {w for w in key_words(_without_time(clause), lemmas_of) if len(w) >= 4}
        for sentence in (part for said in sentences(fact.strip()) for part in said.split(";")):
            told = _minutes(sentence)
            named = any(similar(w, k) for w in things for k in key_words(_without_time(sentence), lemmas_of))
            if told and named and max(told) * _MUCH_LONGER <= max(claimed):
                return True
    return False
