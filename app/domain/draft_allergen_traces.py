"""An allergic reaction after something the writer was told was safe: the profile's own FAQ answer about that
allergen, when it says traces cannot be ruled out ('sporen van noten zijn in al onze producten mogelijk'), is what
the writer should have heard. The reply says it plainly, after the care line; nothing is invented when the profile
has no such answer."""

from __future__ import annotations

import re

from app.domain.profile import BusinessProfile

# An answer that says the allergen may be in anything ('sporen', 'dezelfde ruimte', 'niet uitsluiten').
_TRACES = re.compile(
    r"\b(?:sporen|spoortjes|dezelfde\s+ruimte|hetzelfde\s+atelier|niet\s+uitsluiten|niet\s+garanderen|kan\s+altijd)\b",
    re.I,
)
# The stem of an allergen as the FAQ may name it ('noten' → 'noot' in 'notenvrij'; 'pinda's' → 'pinda').
_STEMS = {
    "noten": "not|noot",
    "pinda": "pinda",
    "sesam": "sesam",
    "gluten": "gluten",
    "ei": "ei\\b|eieren",
    "melk": "melk",
}


def traces_rule(profile: BusinessProfile, allergen: str) -> str:
    """The profile's FAQ answer on ``allergen`` that says traces of it cannot be ruled out, with its first letter
    in lower case and without its final full stop; or ''."""
    if not allergen:
        return ""
    stem = _STEMS.get(allergen.lower().rstrip("'s"), re.escape(allergen.lower()))
    named = re.compile(rf"\b(?:{stem})", re.I)
    for item in profile.faq:
        answer = item.answer.strip()
        if named.search(f"{item.question} {answer}") and _TRACES.search(answer):
            said = re.sub(r"^(?:ja|nee|neen)\s*[,.!:;]\s*", "", answer, flags=re.I).rstrip(".")
            return said[:1].lower() + said[1:] if said[1:2].islower() else said
    return ""
