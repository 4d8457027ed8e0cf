"""The one part of a profile fact that answers a short question on its own: 'Kunnen we bij jullie aanleggen?' ~ the
parking fact's part 'met de boot gratis aanleggen aan onze steiger (max. 3 uur)', though the question names no
parking and the fact as a whole is about cars."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.domain.draft_fact_score import FACT_FIELDS
from app.domain.draft_facts import key_words
from app.domain.draft_word_match import similar
from app.domain.profile import BusinessProfile

Lemmas = Callable[[str], Iterable[str]]


def field_part(question: str, profile: BusinessProfile, lemmas_of: Lemmas) -> str:
    """The part (between semicolons) of one profile fact field that holds every key word of a question, when that
    is the only part of all those fields that does and the question has a key word of five letters or more (a
    verb or a thing, not 'kan', 'dag'); '' otherwise. Said with its first letter up, as an answer of its own."""
    asked = key_words(question, lemmas_of)
    if not asked or not any(len(w) >= 5 for w in asked):
        return ""
    found = [
        part.strip().rstrip(".")
        for field in FACT_FIELDS
        for part in profile.value(field).split(";")
        if part.strip() and all(any(similar(a, w) for w in key_words(part, lemmas_of)) for a in asked)
    ]
    if len(found) != 1:
        return ""
    return f"{found[0][:1].upper()}{found[0][1:]}."
