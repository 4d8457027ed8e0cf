"""Whether a rumour denies a fact, rests on the business not being seen, and the rumour without its reason."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from app.domain.draft_asked import negations
from app.domain.draft_fact_words import fact_words, value_parts
from app.domain.draft_facts import key_words
from app.domain.textnorm import normalise
from app.domain.topics import TopicAnalysis
from app.domain.words import alternation


def unseen(text: str) -> bool:
    """Whether a rumour rests on the business not being seen ('hun busje heb ik al weken niet meer gezien'),
    which the opening hours set straight; not a report in the paper nor a closed door (resources/fact_words.toml)."""
    said = f" {normalise(text)} "
    return any(f" {normalise(w)} " in said for w in fact_words().unseen)


def without_reason(text: str) -> str:
    """A rumour without the clause that says why ('Warung X stopt omdat ze de huur niet kunnen betalen.' →
    'Warung X stopt.'): the reason names no fact the rumour is about."""
    return _reason_clause().sub("", text).strip()


@cache
def _reason_clause() -> re.Pattern[str]:
    """', omdat ze de huur niet kunnen betalen': a clause that says why, to the end of its sentence."""
    return re.compile(rf"\s*,?\s*\b(?:{alternation(tuple(sorted(fact_words().reason_words)))})\b[^.!?]*", re.I)


# 'geen' in dialect ('gin honden meer', 'gien cash meer'): a negation only with 'meer' (no 'gin-tonic' on a menu).
_DIALECT_NO = frozenset({"gin", "gien"})


def rumour_denies(text: str, question: str = "") -> bool:
    """Whether a rumour denies what a FAQ ``question`` asks: it says 'niet' or 'geen' ('je kunt niet meer pinnen'),
    or only one way is left where the question asks for the other ('enkel nog op afspraak' ~ 'Kun je zonder
    afspraak komen?', resources/fact_words.toml); with no question yet, whether it may deny one."""
    said, fw = set(normalise(text).split()), fact_words()
    if negations() & said or (_DIALECT_NO & said and "meer" in said):  # Zeeuws 'gin honden meer': 'geen'
        return True
    return bool(fw.only_words & said) and (not question or bool(fw.without_words & set(normalise(question).split())))


def denies(text: str, topics: TopicAnalysis, value: str, lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether a rumour denies what the profile field affirms: the rumour has a negation, the
    field none, and they share a key word ('contant kan niet meer' ~ 'pinnen en contant'); or the rumour says the
    business stops doing a thing the field names ('stopt met bezorgen' ~ 'Bezorgen in Diever op vrijdag')."""
    if negations() & set(normalise(value).split()):
        return False
    if not negations() & set(normalise(text).split()):
        return bool(stopped_words(text, lemmas_of) & key_words(value, lemmas_of))
    return bool(key_words(" ".join(topics.lemmas), lemmas_of) & key_words(value, lemmas_of))


def stopped_words(text: str, lemmas_of: Callable[[str], Iterable[str]]) -> set[str]:
    """The key words of the thing a rumour says the business stops doing ('stopt met bezorgen', 'zijn gestopt met
    de verhuur van e-bikes' → bezorgen; verhuur, e-bike); empty for a business that stops altogether ('stopt
    ermee', 'stopt volgend jaar'): no 'met' and a thing after it."""
    return key_words(" ".join(m.group("gone") for m in _stops_with().finditer(text)), lemmas_of)


def stops_with(text: str) -> bool:
    """Whether a rumour says the business stops with one thing ('stopt met bezorgen'), not altogether."""
    return _stops_with().search(text) is not None


@cache
def _stops_with() -> re.Pattern[str]:
    """'stopt met bezorgen', 'gestopt met de verhuur': a word of stopping (resources/fact_words.toml stopped_words)
    and, two words on at most, 'met' and the thing, to the end of its clause."""
    stops = alternation(tuple(sorted(fact_words().stopped_words)))
    return re.compile(rf"\b(?:{stops})\s+(?:[\w']+\s+){{0,2}}?met\s+(?P<gone>[^.,;:!?]{{2,50}})", re.I)


# Where a rumour says a thing is gone: between 'geen' and 'meer' ('geen contant geld meer'), or the clause with
# 'niet meer' ('je kunt er niet meer contant betalen'), without what it says is left ('alleen nog met de pin').
# ('gin', 'gien': 'geen' in Zeeuws and other dialects, as resources/synonyms.toml [zeeuws_also] reads it)
_NONE_LEFT = re.compile(r"\b(?:geen|gin|gien)\s+(?P<gone>[^.,;:!?]{1,40}?)\s+(?:meer|langer)\b", re.I)
_NOT_ANY_MORE = re.compile(r"(?P<gone>[^.,;:!?]*\b(?:niet|nie)\s+(?:meer|langer)\b[^.,;:!?]*)", re.I)
_LEFT = re.compile(r"\b(?:alleen|enkel)\s+(?:nog|maar)\b.*?(?=\s+(?:en|maar)\s+|$)", re.I)
# Only one thing said to be left ('doet alleen nog gewone fietsen', 'enkel nog dameskapsels'), and the writer's own
# thing one comes with ('met je e-bike', 'met jouw bakfiets'): what such a rumour says is no longer done.
_ONLY_LEFT = re.compile(r"\b(?:alleen|enkel)\s+(?:nog|maar\s+nog)\b", re.I)
_BROUGHT = re.compile(
    r"\bmet\s+(?:je|jouw|uw|mijn|m'n|onze|ons|hun|zijn|haar)\s+(?P<thing>(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]{2,30})"
    r"(?=\s*[,.;:!?]|\s+(?:naar|bij|want|omdat|die|dat|en|of)\b|$)",
    re.I,
)


# What a clause says is gone, named only by a pronoun ('doet het niet meer', 'doen ze dat niet meer'): the thing is
# in the sentence before ('Waar kan ik nog een e-bike laten maken? X doet het niet meer').
_PRONOUN_GONE = re.compile(r"\b(?:het|dat|dit)\s+(?:\w+\s+)?(?:niet|nie)\s+(?:meer|langer)\b", re.I)


def refers_back(clause: str) -> bool:
    """Whether a clause names what it says is gone only by a pronoun ('X doet het niet meer'): on its own it cannot
    be set straight, the thing is in the sentence before."""
    return _PRONOUN_GONE.search(clause) is not None


def _said_before(text: str, at: int) -> str:
    """The sentence before the one ``text`` holds at ``at`` ('' when that is the first)."""
    start = max(text.rfind(mark, 0, at) for mark in ".!?")
    if start < 0:
        return ""
    before = max(text.rfind(mark, 0, start) for mark in ".!?") + 1
    return text[before : start + 1]


def gone_words(text: str, lemmas_of: Callable[[str], Iterable[str]]) -> set[str]:
    """The key words of what a rumour says is gone ('verkoopt geen racefietsen meer, alleen nog stadsfietsen' →
    racefiets), without what it says is left; empty when it says nothing is gone. A thing named by a pronoun ('doet
    het niet meer') is what the sentence before names."""
    found = [*_NONE_LEFT.finditer(text), *_NOT_ANY_MORE.finditer(text)]
    before = [_said_before(text, m.start()) for m in found if _PRONOUN_GONE.search(m.group("gone"))]
    gone = key_words(" ".join([*(_LEFT.sub("", m.group("gone")) for m in found), *before]), lemmas_of)
    if not gone and _ONLY_LEFT.search(text):
        # 'Niet naar X gaan met je e-bike, die doet alleen nog gewone fietsen': only one thing said to be left, and
        # the thing the writer warns others to come with is what is gone
        brought = " ".join(m.group("thing") for m in _BROUGHT.finditer(text))
        left = " ".join(m.group(0) for m in _LEFT.finditer(text))
        gone = key_words(brought, lemmas_of) - key_words(left, lemmas_of)
    return gone | stopped_words(_LEFT.sub("", text), lemmas_of)  # 'stopt met bezorgen': bezorgen is gone


def still_there(text: str, value: str, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """The one-word item of a listed profile value ('pinnen en contant; geen creditcard') that a rumour says is
    gone ('je kunt er niet meer contant betalen' → 'contant', 'geen Payconiq meer' → 'Payconiq'), as the profile
    writes it: the reply says it still can; '' when the rumour says no such item is gone."""
    said = gone_words(text, lemmas_of)
    if not said:
        return ""
    # what the rumour says is gone in so many words ('geen contant geld meer') rules out what a 'niet meer' elsewhere
    named = key_words(" ".join(_LEFT.sub("", m.group("gone")) for m in _NONE_LEFT.finditer(text)), lemmas_of) & said
    # names ('mijn moeder pint niet en gaat dat ook niet meer leren'); an item may then go on after its word ('contant
    # tot 50 euro' → 'contant')
    for part, negative in value_parts(value):
        items = [] if negative else re.split(r"\s*,\s*|\s+(?:en|of)\s+", part)
        for item in (i.split() for i in items):
            if item and key_words(item[0], lemmas_of) & (named or said) and (named or len(item) == 1):
                return item[0]
    # 'geen kaart meer' ~ 'Bancontact, Visa en cash': the cards the profile names are what is said to be gone
    cards = {w for w in said if w in fact_words().pay_forms and w not in {"pinnen", "gepind", "contactloos"}}
    if cards and _CARD_NAMED.search(value):
        return "met de kaart betalen"
    return ""


# A card the business takes, by its name ('Bancontact', 'Maestro', 'Visa', 'pin', 'kredietkaart').
_CARD_NAMED = re.compile(
    r"\b(?:bancontact|maestro|visa|mastercard|american\s+express|amex|v\s*pay|pin|pinnen|pinautomaat|"
    r"kredietkaart\w*|creditcard\w*|debetkaart\w*|debitcard\w*|bankkaart\w*)\b",
    re.I,
)
