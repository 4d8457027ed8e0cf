"""A complaint about queueing at a place of the business ('drie kwartier in de kou bij jullie kraam op het
Marktplein'): the profile's way to order ahead when its FAQ entry names that place ('Kan ik oliebollen vooraf
bestellen? Ja, tot en met 29 december via de website ...; ophalen ... bij de kraam op het Marktplein'). An entry
about another place or about no ordering ahead is no answer to a queue ('taarten bestel je drie dagen vooraf' is
no tip for someone who queued at the market stall)."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import fact_words
from app.domain.draft_yes_lead import YES_LEAD
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise

# The place the writer stood: 'bij jullie kraam', 'aan de toonbank', 'op het Marktplein', 'voor de deur'.
_PLACE = re.compile(r"\b(?:bij|aan|op|voor)\s+(?:de|het|jullie|uw|je|jouw|onze|'t)\s+([^\W\d_]{4,})", re.I)


def queue_tip(profile: BusinessProfile, text: str) -> str:
    """The answer of the FAQ entry that asks about ordering ahead and names a place the writer queued at, without
    its 'Ja,' ('tot en met 29 december via de website ...'); '' when none does."""
    places = {normalise(m.group(1)) for m in _PLACE.finditer(text)}
    fw = fact_words()
    for item in profile.faq:
        question = normalise(item.question)
        ahead = any(w in question for w in fw.ahead_words) and any(w in question for w in fw.order_ahead)
        said = set(normalise(f"{item.question} {item.answer}").split())
        if ahead and places & said and YES_LEAD.match(item.answer):
            rest = YES_LEAD.sub("", item.answer.strip()).rstrip(".")
            return rest
    return ""
