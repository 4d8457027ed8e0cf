"""An English question whether the writer can walk in without an appointment ('Could I pop in without an
appointment?', 'Do you take walk-ins?') at a business whose profile says it works by appointment only ('alleen op
afspraak'): said so in English, with how to book; never 'just pop in'."""

from __future__ import annotations

import re

# The writer asks to come without an appointment.
_WALK_IN = re.compile(
    r"\b(?:without\s+(?:an?\s+|making\s+an?\s+|booking\s+an?\s+)?(?:appointment|booking|reservation)"
    r"|walk[- ]?ins?|walk\s+in|(?:just|simply)\s+(?:pop|drop|come|stop)\s+(?:in|by))\b",
    re.I,
)
# The profile says it works by appointment only ('alleen op afspraak', 'enkel op afspraak', 'uitsluitend op afspraak').
_BY_APPOINTMENT = re.compile(r"\b(?:alleen|enkel|uitsluitend|steeds|altijd)\s+op\s+afspraak\b", re.I)


def asks_walk_in(question: str) -> bool:
    """Whether an English question asks to come in without an appointment."""
    return _WALK_IN.search(question) is not None


def by_appointment_only(*said: str) -> bool:
    """Whether any of the profile's texts (opening hours, FAQ answers) says it works by appointment only."""
    return any(_BY_APPOINTMENT.search(s) for s in said)


# A FAQ question about coming without an appointment ('Kan ik zonder afspraak komen?', 'Is er een inloopmoment?',
# 'Mag ik gewoon binnenlopen?'): the entry that answers an English walk-in question.
_NO_APPOINTMENT = re.compile(
    r"\bzonder\s+(?:een\s+)?(?:afspraak|reservatie|reservering)\b|\binloop\w*|\bbinnen(?:lopen|springen|wippen)\b", re.I
)


def walk_in_entry(question: str, faq_questions: list[str]) -> int:
    """The index of the FAQ question about coming without an appointment, for an English question that asks to walk
    in ('Can I walk in for a men's haircut without appointment?'): that entry answers it, not the price list its other
    words share ('haircut' ~ 'knippen'); -1 when the question asks no such thing or no entry is about it."""
    if not asks_walk_in(question):
        return -1
    return next((i for i, q in enumerate(faq_questions) if _NO_APPOINTMENT.search(q)), -1)
