"""Whether a question about the business's own range asks more than whether it has the thing: whether it fits what
the writer needs ('een fietskar voor een labrador van 30 kilo', 'een kinderwagen, zo'n brede duo') or is free on the
days they name ('elektrische bakfietsen, liefst van 25 tot 29 augustus'). Then the business looks it up and comes
back, rather than leaving a yes or no to fill in; so does a question whether it works with a thing free of something
('sulfaatvrije producten'). The measures are in resources/draft_cues.toml range_fit and
range_fit_units."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from app.domain.draft_asked import misses_without
from app.domain.draft_cues import draft_cues
from app.domain.draft_fact_words import fact_words
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES, alternation


# A window of days: '25 tot 29 augustus', '16 t/m 23 augustus', 'van 3 tot 10 juli', '12-19 aug' (a month by its
# name or by another name for it: resources/fact_words.toml [month_words]).
@cache
def _window() -> re.Pattern[str]:
    months = alternation((*MONTH_NAMES, *fact_words().month_words))
    return re.compile(rf"\b\d{{1,2}}\s*(?:t/m|tot en met|tot|-|–)\s*\d{{1,2}}\s+(?:{months})\b", re.I)


# How many it is for, right before the people counted ('voor 2 ', 'voor twee ').
@cache
def _for_number() -> re.Pattern[str]:
    numbers = alternation(tuple(fact_words().number_words))
    return re.compile(rf"\bvoor\s+(?:\d+|{numbers})\s+$", re.I)


# A measure said with its number ('30 kilo', '1,20 meter').
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?\s*$")


def fit_asked(text: str) -> bool:
    """Whether a comment gives a measure of what the writer needs (a size word, a number with its unit, how many
    people it is for) or a window of days it is needed for."""
    cues = draft_cues()
    if _window().search(text) or cues.range_fit.search(text):
        return True
    if any(_for_number().search(text[: found.start()]) for found in cues.range_fit_people.finditer(text)):
        return True  # 'een bakfiets voor 2 kinderen'
    return any(_NUMBER.search(text[: found.start()]) for found in cues.range_fit_units.finditer(text))


def looked_up(question: str, text: str, lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether what a question about the business's own range asks is to be looked up rather than answered yes or
    no: the comment gives a measure or a window of days (``fit_asked``), or the question asks whether the business
    uses a thing free of something ('Werkt u met shampoo zonder sulfaten?'), which is on the label, not in the head
    (what it sells, 'Verkoopt u kaas zonder zout?', it knows: range_uses)."""
    cues = draft_cues()
    uses = cues.range_uses.search(question) is not None
    # the writer's own hair or skin a service must suit ('keratine bij krullend haar'), not a thing sold for it
    selling = next((d for d in fact_words().deals if "verkopen" in d.split("|")), "")
    sold = set(normalise(question).split()) & set(selling.split("|"))
    own = cues.range_fit_own.search(text) is not None and not sold
    return fit_asked(text) or own or (uses and misses_without(question, "", lemmas_of))
