"""A rumour that names a price ('je betaalt nu € 15 voor een leenfiets', '50 euro als je annuleert') set straight by
the FAQ entry about that thing whose answer gives another price or says it is free ('Ja, ... dan krijg je gratis
een leenfiets mee', 'Annuleren kan gratis tot 24 uur op voorhand; later ... kost € 15'): the price is what the
rumour and the answer share, so one word of the thing is enough to find the entry."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_facts import key_words
from app.domain.draft_faq_covers import faq_covers
from app.domain.draft_word_match import similar
from app.domain.draft_yes_lead import YES_STOP
from app.domain.profile import BusinessProfile
from app.domain.textnorm import sentences

# An amount of money as written: '€15', '€ 17,50', '50 euro', '50 EUR'.
_AMOUNT = re.compile(
    r"€\s?(?P<voor>\d{1,4}(?:[,.]\d{2})?)(?![\d,])|(?<![\d,.])(?P<na>\d{1,4}(?:[,.]\d{2})?)\s?(?:euro|eur)\b", re.I
)
# An answer that says what something costs, or that it costs nothing.
_COSTS = re.compile(r"€|\beuro\b|\bgratis\b|\bkosteloos\b|\bniets\b", re.I)


def amounts(text: str) -> set[str]:
    """The amounts of money a text names, as plain numbers ('€ 17,50' → '17.5', '50 euro' → '50')."""
    found = (m.group("voor") or m.group("na") for m in _AMOUNT.finditer(text))
    return {_plain(a) for a in found}


def _plain(amount: str) -> str:
    number = float(amount.replace(",", "."))
    return f"{number:g}"


def cost_wrong(text: str, profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """:func:`cost_differs` for the FAQ entry about the thing a rumour's price is said of: found by one shared word
    (the price is the other) in the clause that names the price ('€15 voor een leenfiets'; not 'als je een bakfiets
    huurt ..., houden ze je waarborg van 500 euro in': the price is the deposit's, not the rent's); '' when the rumour
    names no price or no entry is about its thing."""
    for clause in _CLAUSES.split(text):
        # a price named answers what a question about the cost asks ('€ 4 voor een karafje kraantjeswater' ~ 'Is
        # kraantjeswater gratis?', 'Wat kost een leenfiets?'): those words count as said
        said = [*lemmas_of(clause), *_COST_WORDS] if amounts(clause) else []
        entry = faq_covers(said, profile, lemmas_of, least=1) if said else None
        if entry is not None:
            return cost_differs(text, entry[1])
    return _sentence_cost(text, profile, lemmas_of)


def _sentence_cost(text: str, profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """The sentence of a FAQ answer about the thing priced right next to the rumour's price ('als ge annuleert kost
    het 20 euro' ~ '... Annuleren is gratis tot 24 uur op voorhand.'), when it gives another price or says it is free:
    an answer may say the price of a thing its question does not ask about; '' when none does."""
    for found in _AMOUNT.finditer(text):
        before = _CLAUSES.split(text[max(0, found.start() - _NEAR) : found.start()])[-1]
        after = _CLAUSES.split(text[found.end() : found.end() + _NEAR])[0]
        near = f"{before} {after}"  # 'als ge annuleert kost het 20 euro', '15 euro betalen als je wilt verzetten'
        # the thing, not the words of paying ('kost het 20 euro' ~ 'een herenkapsel kost € 24')
        priced = {w for w in key_words(near, lemmas_of) if not _PAYING.match(w)}
        # (nor the unit of a price: '3 euro per uur', 'per persoon')
        priced -= key_words(" ".join(re.findall(r"\bper\s+(\w+)", near, re.I)), lemmas_of)
        priced -= key_words(profile.name, lemmas_of)  # 'bij De Taaie': where, not what
        for sentence in _priced_sentences(profile):
            # the thing the sentence prices comes first in it ('Annuleren is gratis ...', 'Pechhulp ...: € 25'), not
            # a word on the side ('als je eerder op verf hebt gereageerd, doe ik een gratis allergietest')
            words = re.findall(r"[^\W\d_][\w-]*", YES_STOP.sub("", sentence))
            first = [k for w in words for k in sorted(key_words(w, lemmas_of))][:_FIRST]
            shared = {w for w in first if any(similar(w, p) for p in priced)}
            if _COSTS.search(sentence) and shared and (said := cost_differs(text, sentence)):
                return said
    return ""


def _priced_sentences(profile: BusinessProfile) -> list[str]:
    """The sentences of the FAQ answers, then the parts of the terms ('pechhulp in een straal van 15 km: € 25 ...'),
    that may say what a thing costs."""
    said = [sentence for item in profile.faq for sentence in sentences(item.answer.strip())]
    for name in ("delivery_terms", "return_terms"):
        said += [part.strip() for part in re.split(r";|(?<=[.!?])\s+", profile.value(name)) if part.strip()]
    return said


# The words of paying itself: a price names no thing by them.
_PAYING = re.compile(r"^(?:kost\w*|prijs\w*|betaal\w*|betal\w*|gratis|euro\w*|eur|rekent?|aangerekend|tarief\w*)$")
# How many of a sentence's first key words may name the thing it prices.
_FIRST = 2
# How far before or after a price the thing priced is looked for ('als ge annuleert kost het 20 euro').
_NEAR = 45


# What a question about the price of a thing asks with: a price said is an answer to it.
_COST_WORDS = ("gratis", "prijs", "kosten", "betalen")
# Where a clause ends: a comma, a semicolon or the end of a sentence.
_CLAUSES = re.compile(r"[,;:.!?]+(?:\s|$)")


def cost_differs(text: str, answer: str) -> str:
    """The FAQ answer (without its yes) when it gives another price than the one a rumour names, or says it is free;
    '' when the rumour names no price, the answer names none, or it names the rumour's own (then the rumour is right
    about the price), and when the answer is no sentence of its own ('Ja, € 1 per fles')."""
    said = amounts(text)
    if not said or not _COSTS.search(answer) or said & amounts(answer):
        return ""
    # the yes or no, left off after 'Dat klopt niet' ('Nee, een lekke band plak ik ... voor € 17,50')
    rest = re.sub(r"^\s*(?:nee|neen)\s*[,;:]\s*", "", YES_STOP.sub("", answer.strip()), flags=re.I)
    if not rest[:1].isalpha() or len(rest.split()) < _SENTENCE:
        return ""  # 'Ja, € 1 per glazen fles': no sentence without its question, which the FAQ's own form keeps
    stop = "" if rest.endswith((".", "!", "?")) else "."  # a part of the terms, without its full stop
    return f"{rest[:1].upper()}{rest[1:]}{stop}"


# The fewest words of an answer that stands as a sentence after 'Dat klopt niet' ('€ 1 per fles' does not).
_SENTENCE = 5
