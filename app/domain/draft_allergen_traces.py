"""The profile's own word on traces of an allergen ('We werken met noten en pinda in dezelfde ruimte; sporen ... zijn
in al onze producten mogelijk'), said after an allergic reaction when the writer says nothing about it was shown
('Nergens bij jullie schap staat iets over noten'): what was not there, said now. Not to a writer who only asked and
was told wrong, nor after a meal (a kitchen told of an allergy cooks for it: traces are no excuse there)."""

from __future__ import annotations

import re

from app.domain.draft_kinds import shipped_kinds
from app.domain.profile import BusinessProfile
from app.domain.textnorm import sentences

# Businesses that sell over the counter what the writer picks from a shelf: there a label or a sign tells of traces.
# (A kitchen told of an allergy cooks for it: traces are no answer there.)
_SHELVES = frozenset({"bakkerij", "winkel"})

# The writer says nothing was shown or written about it: 'nergens staat iets over noten', 'stond niks op het etiket',
# 'geen bordje', 'niet vermeld', 'no warning on the label'.
_UNLABELLED = re.compile(
    r"\bnergens\b[^.!?]{0,40}?\b(?:staat|stond|stonden|staan|vermeld|aangegeven|te\s+lezen|te\s+zien)\b"
    r"|\b(?:staat|stond|stonden|staan)\s+(?:er\s+)?(?:nergens|niets|niks|nix|nie|geen\s+woord)\b"
    r"|\b(?:niet|nergens|niets|niks)\s+(?:op\s+\w+\s+)?(?:vermeld|aangegeven|aangeduid)\b"
    r"|\bgeen\s+(?:bordje|bordjes|etiket|label|waarschuwing|allergenenlijst|allergenenkaart|vermelding)\b"
    r"|\bno\s+(?:warning|label|sign)\b|\bnothing\s+(?:on|about)\b",
    re.I,
)
# What a FAQ answer says of traces: the same room, traces possible, cannot be ruled out.
_TRACES = re.compile(
    r"\bsporen\b|\bdezelfde\s+(?:ruimte|bakkerij|keuken|werkplaats|atelier)\b|\bniet\s+(?:uit\s*sluiten|uitsluiten"
    r"|garanderen)\b|\bnooit\s+(?:uit\s*sluiten|uitsluiten|garanderen)\b|\btraces\b",
    re.I,
)


def unlabelled(text: str) -> bool:
    """Whether the writer says nothing about the allergen was shown or written ('Nergens staat iets over noten')."""
    return _UNLABELLED.search(text) is not None


def traces_fact(profile: BusinessProfile, text: str) -> str:
    """The sentence of a FAQ answer that says traces are possible, lower case first, without its full stop, when
    the writer says nothing about the allergen was shown; '' otherwise or when the profile says nothing of traces."""
    kind = shipped_kinds().of(profile)
    if kind is None or kind.id not in _SHELVES or not unlabelled(text):
        return ""
    for item in profile.faq:
        said = next((s for s in sentences(item.answer.strip()) if _TRACES.search(s)), "")
        if said:
            said = said.strip().rstrip(".!")
            return said[:1].lower() + said[1:] if said[1:2].islower() or said[1:2] == " " else said
    return ""
