"""What a draft's answer says already of a further question (draft_more_questions): the same answer by its first
words (said_already), a day's open or closed state told (day_answered); and by its kind, whatever its words: that it
costs nothing ('En wat kost dat?' after 'gratis lichtcontrole'), that no appointment is needed ('Moet ik
een afspraak maken?' after '... zonder afspraak'); and a question that asks a thing from a source the answer never
names ('alcoholvrij bier van 't vat' after '... alcoholvrije bieren')."""

from __future__ import annotations

import re

from app.domain.draft_asked import CLOSED_WORDS, PRICE_ASKED, ahead_asked, answered_in_kind
from app.domain.draft_booking import asks_booking, booking_said
from app.domain.draft_days import days_named
from app.domain.draft_fact_words import WEEKDAY, fact_words
from app.domain.draft_yes_lead import YES_STOP
from app.domain.textnorm import normalise, sentences

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


def day_answered(answer: str) -> bool:
    """Whether a draft's answer says whether the business is open on a day it names ('Ja, we zijn op Pinkstermaandag
    open.', 'Helaas, de zaak is op Hemelvaart gesloten.')."""
    return any(days_named(s) and (CLOSED_WORDS.search(s) or re.search(r"\bopen\b", s, re.I)) for s in sentences(answer))


def said_already(answer: str, text: str) -> bool:
    """Whether a draft already gives this answer (its first words, as the profile says them)."""
    # without its yes ('Ja, voor kinderen ...' is said as 'Voor kinderen ...' after another answer)
    # (a date with or without its weekday is the same: 'op 3 september' ~ 'op zaterdag 3 september')
    answer, text = _DAY_BEFORE_DATE.sub("", answer), _DAY_BEFORE_DATE.sub("", text)
    words = YES_STOP.sub("", answer.strip()).split()
    head = " ".join(words[:6]).rstrip(".").lower()
    # ... or what it says after its lead ('Voor 29 oktober geldt: open tot 12:00 (...)' after 'Voor zaterdag 29
    # oktober geldt: open tot 12:00 (...)')
    told = answer.split(":", 1)[1].split() if ":" in answer else []
    tail = " ".join(told[:6]).rstrip(".").lower() if len(told) >= _TOLD else ""
    return bool(head) and (head in text.lower() or (bool(tail) and tail in text.lower()))


_DAY_BEFORE_DATE = re.compile(rf"\b{WEEKDAY}\s+(?=\d)", re.I)
# The fewest words after an answer's lead that say it ('open tot 12:00 (de straat ...)', not 'ja').
_TOLD = 4


def known_said(known: str, answer: str, lines: list[str]) -> bool:
    """Whether a known answer is said already, or would contradict the day the answer gives its own hours ('En tot
    hoe laat?' after 'Ja, op maandag 1 oktober open: 6:00–13:00': not 'maandag gesloten')."""
    return said_already(known, " ".join([answer, *lines])) or _closed_on_day_answered(known, answer)


def _closed_on_day_answered(known: str, answer: str) -> bool:
    """Whether a known answer says the business is closed on a weekday ('We zijn op maandag helaas dicht.') that
    the draft's answer already gives its own hours for ('Ja, we zijn op maandag 1 oktober open: 6:00–13:00.'):
    a special day's hours, which the weekly rule must not contradict."""
    day = _WEEKDAY_SAID.search(known)
    return bool(day and CLOSED_WORDS.search(known) and re.search(rf"\b{day.group(0)}\b", answer, re.I))


_WEEKDAY_SAID = re.compile(rf"\b{WEEKDAY}\b", re.I)
