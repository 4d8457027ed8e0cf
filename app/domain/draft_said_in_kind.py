"""What a draft's answer says already of a further question by its kind, whatever its words (draft_more_questions):
that it costs nothing ('En wat kost dat?' after 'gratis lichtcontrole'), that no appointment is needed ('Moet ik
een afspraak maken?' after '... zonder afspraak'); and a question that asks a thing from a source the answer never
names ('alcoholvrij bier van 't vat' after '... alcoholvrije bieren')."""

from __future__ import annotations

import re

from app.domain.draft_asked import PRICE_ASKED, ahead_asked, answered_in_kind
from app.domain.draft_booking import asks_booking, booking_said
from app.domain.draft_fact_words import fact_words
from app.domain.textnorm import normalise

# Where a thing asked comes from or is made of: 'bier van 't vat', 'sap uit de pers', 'brood van de houtoven'.
_FROM = re.compile(r"\b(?:van|uit)\s+(?:'t|’t|het|de)\s+([^\W\d_]{3,})\b", re.I)
# An answer that says a thing costs nothing.
_FREE = re.compile(r"\b(?:gratis|kosteloos)\b", re.I)


def said_in_kind(question: str, answer: str, *, names_thing: bool) -> bool:
    """Whether an answer says already what a further question asks by its kind: how far ahead ('wanneer moet ik
    het uiterlijk doorgeven?' ~ '... minstens 3 dagen van tevoren', not the delivery terms' last order time
    besides), a price asked of the thing before (``names_thing`` False: 'En wat kost dat?') and the answer says it
    is free, or whether one must book and the answer says 'zonder afspraak' or 'op afspraak'."""
    if ahead_asked(question) and answered_in_kind(question, answer):
        return True
    free = bool(PRICE_ASKED.search(question)) and bool(_FREE.search(answer)) and not names_thing
    return free or (asks_booking(question) and booking_said(answer))


def source_asked(question: str) -> str:
    """The source or make a question asks a thing of ('vat' of 'alcoholvrij bier van 't vat'); '' when it names
    none, or only a time ('van de week')."""
    found = _FROM.search(question)
    if found is None or normalise(found.group(1)) in fact_words().time_words:
        return ""
    return found.group(1)
