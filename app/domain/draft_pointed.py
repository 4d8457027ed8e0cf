"""A question that points back at what the sentence before it names ('Mijn oma woont in Epe. Kunt u daar ook
komen?'), read with that sentence in front."""

from __future__ import annotations

import re

from app.domain.draft_questions import last_clause
from app.domain.textnorm import normalise, sentences
from app.domain.words import pointing_alternation

# Words that point back at a thing or place said before the question ('Kan u daar ook komen knippen?', 'Kunt u
# daarvan ook een kleinere maken?'): 'daar', the pointing words of app/domain/words.py, 'zoiets', 'dergelijke'.
_POINTING = re.compile(rf"\b(?:daar|{pointing_alternation()}|zoiets|dergelijke)\b", re.I)

# A question that asks a time, an amount or a price of what it points back at ('Hoe lang duurt dat normaal?').
_ASKED_OF_IT = re.compile(
    r"^\W*(?:(?:en|of|maar)\s+)?(hoe\s+lang|hoeveel|wat\s+kost|wat\s+kosten|hoe\s+laat|wanneer)\b"
    r"[^?]*?\b(?:dat|dit|het)\b",
    re.I,
)


def asked_alike(question: str, faq_question: str) -> bool:
    """Whether a question that asks a time, an amount or a price of what the comment said before it ('Mijn fiets
    staat al 9 dagen bij u voor een onderhoudsbeurt. Hoe lang duurt dat normaal?') asks it as the FAQ question
    does ('Hoe lang duurt een onderhoudsbeurt in de winter?')."""
    asked = _ASKED_OF_IT.match(last_clause(question))
    return asked is not None and normalise(faq_question).startswith(" ".join(asked.group(1).lower().split()))


def pointed_back(question: str, text: str) -> str:
    """'Mijn oma woont in een zorghotel in Epe. Kunt u daar ook komen?': a question that points back at what the
    sentence before it names, with that sentence in front ('Mijn oma woont ... Kunt u daar ook komen?'); '' for a
    question that points at nothing, or is the first sentence."""
    return said_before(question, text) if _POINTING.search(last_clause(question)) else ""


def said_before(question: str, text: str, back: int = 1) -> str:
    """The question with the sentence before it in front (``back``: that many sentences before it), whatever it
    points at; '' for the first sentence."""
    clause = last_clause(question)
    at = text.find(clause.rstrip("?"))  # 'Kan u daar ook komen knippen?' cut from '... knippen en welke dagen?'
    if at <= 0:
        return ""
    # 'kan dat in de namiddag? En wat kost dat?': the sentence before the joining word
    told = re.sub(r"(?:^|\s)(?:en|of|maar)\W*$", "", text[:at].strip(), flags=re.I)
    before = [p for p in sentences(told) if p.strip()]
    return f"{' '.join(p.strip() for p in before[-back:])} {clause}" if before else ""
