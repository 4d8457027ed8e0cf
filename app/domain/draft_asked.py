"""What kind of thing a question asks (how far ahead, a price, a weekday), so an answer that speaks to it
counts as its answer whatever its words, and a yes that is about other days is not said as a yes."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import week_days
from app.domain.textnorm import normalise

_AHEAD = re.compile(r"\b(?:van\s*te\s*voren|vantevoren|tevoren|vooraf|op\s+voorhand|vooruit)\b", re.I)
_PRICE_ASKED = re.compile(
    r"\b(?:wat|hoeveel)\s+(?:kost|kosten|betaal|reken)\w*|\b(?:prijs|prijzen|tarief|kosten)\b", re.I
)


def answered_in_kind(question: str, answer: str) -> bool:
    """Whether an answer speaks to what kind of thing a question asks, whatever its words: how far ahead
    ('moet ik dat van tevoren regelen?' ~ 'reserveer het een dag van tevoren'), or a price ('wat kost
    dat?' ~ '... voor € 17,50')."""
    if _AHEAD.search(question) and _AHEAD.search(answer):
        return True
    return bool(_PRICE_ASKED.search(question) and re.search(r"€\s*\d|\d\s*euro\b", answer))


# A FAQ answer that opens with a yes: "Ja, ...", "Zeker: ...".
YES_LEAD = re.compile(r"^\s*(?:ja|jazeker|zeker)\s*[,;:]\s*(?=\w)", re.I)


def other_days_yes(answer: str, text: str) -> str:
    """The one weekday a comment names when a yes answer names weekdays and not that one ('donderdag' and
    'Ja, op dinsdag en vrijdag glutenvrij brood'): the yes is not for the writer's day; '' otherwise."""
    if not YES_LEAD.match(answer):
        return ""
    week = week_days()
    named = {d for d in week if re.search(rf"\b{d}", normalise(text))}
    said = {d for d in week if re.search(rf"\b{d}", normalise(answer))}
    return next(iter(named)) if len(named) == 1 and said and not named & said else ""


def without_yes(answer: str) -> str:
    """'Ja, op dinsdag ...' → 'Op dinsdag ...'."""
    lead = YES_LEAD.match(answer)
    return answer[lead.end() :][:1].upper() + answer[lead.end() + 1 :] if lead else answer
