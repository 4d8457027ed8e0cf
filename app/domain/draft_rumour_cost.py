"""A rumour that names a price ('je betaalt nu € 15 voor een leenfiets', '50 euro als je annuleert') set straight by
the FAQ entry about that thing whose answer gives another price or says it is free ('Ja, ... dan krijg je gratis
een leenfiets mee', 'Annuleren kan gratis tot 24 uur op voorhand; later ... kost € 15'): the price is what the
rumour and the answer share, so one word of the thing is enough to find the entry."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_facts import faq_covers
from app.domain.draft_yes_lead import YES_STOP
from app.domain.profile import BusinessProfile

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
    return ""


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
    rest = YES_STOP.sub("", answer.strip())  # the yes, left off after 'Dat klopt niet'
    if not rest[:1].isalpha() or len(rest.split()) < _SENTENCE:
        return ""  # 'Ja, € 1 per glazen fles': no sentence without its question, which the FAQ's own form keeps
    return f"{rest[:1].upper()}{rest[1:]}"


# The fewest words of an answer that stands as a sentence after 'Dat klopt niet' ('€ 1 per fles' does not).
_SENTENCE = 5
