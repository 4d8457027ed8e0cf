"""A rumour that something is not done in some months ('van november tot maart geen fietsen huren') and the sentence
of the opening hours that names those months and that thing ('Verhuur van november tot maart op reservatie.'):
that sentence sets it straight, even without hours in it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_facts import key_words
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES


def _same(word: str, key: str) -> bool:
    """'huur' ~ 'verhuur', 'fiets' ~ 'fietsen': the same word, or one the head of the other (four letters or more)."""
    short, long = sorted((word, key), key=len)
    return short == long or (len(short) >= 4 and (long.endswith(short) or long.startswith(short)))


def season_note(text: str, hours: str, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """The sentence of ``hours`` that names every month ``text`` names and a thing it names ('verhuur' ~ 'huren'), as
    the profile writes it without its full stop; '' when the text names no month or no sentence holds both."""
    said = normalise(text)
    months = {m for m in MONTH_NAMES if re.search(rf"\b{m}\b", said)}
    if not months:
        return ""
    words = key_words(text, lemmas_of) - months
    for sentence in re.split(r"(?<=[.;])\s+", hours.strip()):
        if not all(re.search(rf"\b{m}\b", normalise(sentence)) for m in months):
            continue
        keys = key_words(sentence, lemmas_of) - months
        if any(_same(w, k) for w in words for k in keys):
            return sentence.strip().rstrip(".;")
    return ""
