"""Whether an English comment is about health or safety: an allergy, an injury, food poisoning, fire or a brake that
failed beat every other topic, as in a Dutch comment (app/nlp reads those)."""

from __future__ import annotations

import re

from app.domain.draft_harm_now import harm_words

_WORD = re.compile(r"[a-z0-9][a-z0-9']*")
# Safety in English: health, injury and hazards beat every other topic here too.
_SAFETY = re.compile(
    r"\b(?:allerg\w*|anaphyla\w*|epipen|hospital|a&e|poison\w*|sick|vomit\w*|diarrh\w*|injur\w*|hurt|"
    r"bleed\w*|blood|fell|burn(?:ed|t)|fire|smoke|sparks?|electric shock|unsafe|dangerous|brakes?)\b",
    re.I,
)
# Sickness that is the reason an appointment moves, or off work ('sorry, Sanne is sick, can we reschedule', 'called in
# sick', 'Fine, people get sick'): nobody was harmed by what the business did ('sick after the burger, so we
# cancelled' and 'your chicken made me so sick that we had to cancel' still are).
_SICK_NO_HARM = re.compile(
    r"(?:\b(?:is|was|are|were|am)|'s|'m)\s+(?:\w+\s+)?sick\b(?:(?!\b(?:after|from|because|of)\b)[^.!?]){0,40}?"
    r"\b(?:reschedul\w*|cancel\w*|postpon\w*|move\s+(?:it|the\s+\w+))"
    r"|\b(?:called|calling|calls)\s+in\s+sick\b|\boff\s+sick\b|\bpeople\s+(?:get|got)\s+sick\b",
    re.I,
)
# An allergy named as a need ('two colleagues with allergies', 'emailed about the menu and allergies'): something to
# take into account, no allergic reaction, as long as nothing in the comment says one happened (harm.toml
# allergy_happened and the signs of a reaction; app/nlp/topic_happened.py reads a Dutch one the same way).
_ALLERGY_NEED = re.compile(r"\b(?:with|about|regarding|re)\s+(?:[a-z-]+\s+){0,3}?allerg(?:y|ies)\b", re.I)
_REACTION_SIGNS = ("allergy_happened", "itch", "spots", "breath", "sick", "doctor")

# The brakes adjusted ('€60 to adjust my brakes'), said about its price or the service: no
# safety case unless the brakes failed ('the brakes didn't work', 'couldn't stop').
_BRAKE_WORK = re.compile(
    r"\b(?:adjust\w*|tun(?:e|ed|ing))\s+(?:(?:the|my|our|of|front|rear|back)\s+){0,3}brakes?\b"
    r"|\bbrakes?\s+(?:adjust\w*|tun(?:e|ed|ing))\b",
    re.I,
)
_BRAKES_FAILED = re.compile(
    r"\bbrakes?\b[^.!?]{0,40}\b(?:fail\w*|didn['’]?t|did not|don['’]?t|do not|won['’]?t|doesn['’]?t|does not|"
    r"wouldn['’]?t|would not|can['’]?t|cannot|gave out|stopped|not work\w*|no longer|barely|hardly)\b"
    r"|\b(?:could(?:n['’]?t| not)|can['’]?t|cannot|unable to)\s+stop\b|\b(?:crash\w*|fell|fall(?:en)?)\b",
    re.I,
)


def english_safety(text: str) -> bool:
    """Whether an English comment is about health or safety ('allergic', 'hospital', 'sparks'); the brakes only when
    they failed or are named without work done on them ('€60 to adjust my brakes' is about the price)."""
    said = _SICK_NO_HARM.sub(" ", text)
    if not set(_WORD.findall(text.lower())) & frozenset().union(*map(harm_words, _REACTION_SIGNS)):
        said = _ALLERGY_NEED.sub(" ", said)  # 'two colleagues with allergies': to take into account
    found = {m.group(0).lower().rstrip("s") for m in _SAFETY.finditer(said)}
    # 'The brakes are squeaking since you serviced the bike': a noise or rust only (harm.toml worn), no hazard
    noise = set(_WORD.findall(text.lower())) & harm_words("worn")
    if found == {"brake"} and (_BRAKE_WORK.search(text) or noise):
        return bool(_BRAKES_FAILED.search(text))
    return bool(found)
