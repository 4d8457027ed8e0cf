"""A question whether the business comes to the writer's home or someone else's ('Knippen jullie ook bij mensen
thuis?', 'Komen jullie aan huis knippen?', 'Doen jullie thuisbezoeken?'): what is asked said back with the person
it is for ('knippen aan huis bij je moeder'), so the draft answers the visit, not the wheelchair or the holiday
the comment also names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_extras import ON_SITE
from app.domain.draft_fact_words import fact_words

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Verbs that only carry the question ('Doen jullie ...', 'Komen jullie ...') and words of the place itself.
_NO_SERVICE = frozenset({"doen", "doet", "zijn", "hebben", "thuis", "huis", "mensen", "jullie", "ouderen"})


def home_service(question: str) -> str:
    """The service asked to be done at home, as an infinitive ('Knippen jullie ook bij mensen thuis?' →
    'knippen', 'Kunnen jullie bij mijn moeder thuis kleuren?' → 'kleuren'); '' when the question names none."""
    words = [w.lower() for w in _WORD.findall(question)]
    skip = fact_words().auxiliaries | fact_words().subject_pronouns | _NO_SERVICE
    for word in [*words[-1:], *words[:1]]:
        if word.endswith("en") and len(word) > 4 and word not in skip and "huis" not in word:
            return str(word)
    return ""


def home_visit(asked: Iterable[str], people: Iterable[str], poss: str) -> str:
    """'knippen aan huis bij je moeder' for a question whether the business comes to the home (ON_SITE) and the
    writer's person the comment names (``people``, the topic finder's), 'een bezoek aan huis' when the question
    names no service; '' when no question asks for a visit at home."""
    question = next((q for q in asked if ON_SITE.search(q)), "")
    if not question:
        return ""
    service = home_service(question)
    thing = f"{service} aan huis" if service else "een bezoek aan huis"
    who = next((p for p in people if fact_words().kind_of.get(p) != "huisdier"), "")
    return f"{thing} bij {poss} {who}" if who else thing
