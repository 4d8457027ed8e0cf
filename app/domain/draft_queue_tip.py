"""A complaint about queueing at a place of the business ('drie kwartier in de kou bij jullie kraam op het
Marktplein'): the profile's way to order ahead when its FAQ entry names that place ('Kan ik oliebollen vooraf
bestellen? Ja, tot en met 29 december via de website ...; ophalen ... bij de kraam op het Marktplein'). An entry
about another place or about no ordering ahead is no answer to a queue ('taarten bestel je drie dagen vooraf' is
no tip for someone who queued at the market stall)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_fact_words import fact_words
from app.domain.draft_yes_lead import YES_LEAD
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise
from app.domain.topics import Mention

# The place the writer stood: 'bij jullie kraam', 'aan de toonbank', 'op het Marktplein', 'voor de deur'.
_PLACE = re.compile(r"\b(?:bij|aan|op|voor)\s+(?:de|het|jullie|uw|je|jouw|onze|'t)\s+([^\W\d_]{4,})", re.I)


def queue_tip(profile: BusinessProfile, text: str, products: Iterable[Mention] = ()) -> str:
    """The answer of the FAQ entry that asks about ordering ahead and names, as a place in its answer ('bij de kraam op
    het Marktplein'), every place the writer queued at, without its 'Ja,' ('tot en met 29 december via de website
    ...'); not when the writer queued for another product ('voor een gewoon bruin brood' is no queue for oliebollen) or
    at a place the entry does not name ('aan de kassa op de markt', 'voor de winkel'); '' when none does."""
    fw = fact_words()
    for item in profile.faq:
        question = normalise(item.question)
        ahead = any(w in question for w in fw.ahead_words) and any(w in question for w in fw.order_ahead)
        # the FAQ's own product is no place ('voor de oliebollen'); the FAQ's places are those its answer names
        places = {p for m in _PLACE.finditer(text) if not _names(question, p := normalise(m.group(1)))}
        named = {normalise(m.group(1)) for m in _PLACE.finditer(item.answer)}
        other = [m for m in products if not (m.guessed or m.place) and normalise(m.text) not in places]
        if any(not _names(question, normalise(m.text)) for m in other):
            continue  # queued for another product than the entry's
        if ahead and places and places <= named and YES_LEAD.match(item.answer):
            rest = YES_LEAD.sub("", item.answer.strip()).rstrip(".")
            return rest
    return ""


def _names(question: str, word: str) -> bool:
    """Whether the FAQ question names the word, also in another number ('oliebol' ~ 'oliebollen')."""
    return any(w.startswith(word[: max(4, len(word) - 2)]) for w in question.split())
