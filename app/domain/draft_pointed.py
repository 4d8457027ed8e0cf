"""A question that points back at what the sentence before it names ('Mijn oma woont in Epe. Kunt u daar ook
komen?'), read with that sentence in front."""

from __future__ import annotations

import re

from app.domain.draft_questions import last_clause
from app.domain.words import pointing_alternation

# Words that point back at a thing or place said before the question ('Kan u daar ook komen knippen?', 'Kunt u
# daarvan ook een kleinere maken?'): 'daar', the pointing words of app/domain/words.py, 'zoiets', 'dergelijke'.
_POINTING = re.compile(rf"\b(?:daar|{pointing_alternation()}|zoiets|dergelijke)\b", re.I)


def pointed_back(question: str, text: str) -> str:
    """'Mijn oma woont in een zorghotel in Epe. Kunt u daar ook komen?': a question that points back at what the
    sentence before it names, with that sentence in front ('Mijn oma woont ... Kunt u daar ook komen?'); '' for a
    question that points at nothing, or is the first sentence."""
    return said_before(question, text) if _POINTING.search(last_clause(question)) else ""


def said_before(question: str, text: str) -> str:
    """The question with the sentence before it in front, whatever it points at; '' for the first sentence."""
    clause = last_clause(question)
    at = text.find(clause.rstrip("?"))  # 'Kan u daar ook komen knippen?' cut from '... knippen en welke dagen?'
    if at <= 0:
        return ""
    # 'kan dat in de namiddag? En wat kost dat?': the sentence before the joining word
    told = re.sub(r"(?:^|\s)(?:en|of|maar)\W*$", "", text[:at].strip(), flags=re.I)
    before = [p for p in re.split(r"(?<=[.!?])\s+", told) if p.strip()]
    return f"{before[-1].strip()} {clause}" if before else ""
