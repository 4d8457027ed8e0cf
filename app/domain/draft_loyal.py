"""Whom a praising writer names besides the work, read right: years spent elsewhere before this business got it
right ('Al 40 jaar ga ik naar de kapper in Haaren maar Lotte is de eerste die mijn dunne haar echt snapt': the
first in 40 years, not 40 years a customer), and a near one the staff asked after ('dat ze even naar mijn man in
de rolstoel vroeg': greetings to him, not 'fijn dat het zo goed ging met je man') (app/domain/draft_thanks.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.domain.textnorm import sentences
from app.domain.words import possessive_alternation

# '... maar Lotte is de eerste die', '... maar jullie zijn de enige die': this business is the first in those years
# (not 'maar het is de eerste keer dat ...': a customer for years let down once).
_FIRST_HERE = re.compile(r"\bmaar\b[^.!?]{0,80}?\bde\s+(?:eerste|enige)\b(?!\s+keer\b)", re.I)
# The staff asked after someone of the writer's: 'naar mijn man vroeg', 'vroeg hoe het met mijn moeder ging'.
_ASKED = re.compile(r"\b(?:vroeg|vroegen|gevraagd|informeerde|informeerden|geïnformeerd)\b", re.I)
_AFTER = re.compile(
    rf"\b(?:naar|hoe\s+het\s+(?:nog\s+)?(?:met|gaat\s+met|ging\s+met))\s+"
    rf"(?:{possessive_alternation()})\s+(?P<who>\w+)",
    re.I,
)


def first_here(text: str, loyal: str) -> str:
    """'40 jaar' when the sentence that names the years ('al 40 jaar') goes on with 'maar ... de eerste': the years
    went elsewhere, and this business is the first in them; '' otherwise (also for 'sinds 1998')."""
    if not loyal.startswith("al "):
        return ""
    for sentence in sentences(text):
        at = sentence.lower().find(loyal)
        if at >= 0 and _FIRST_HERE.search(sentence[at:]):
            return loyal.removeprefix("al ")
    return ""


def loyal_said(line: Callable[[str, str, str, dict[str, str]], str], text: str, loyal: str, seed: str) -> str:
    """The line for the years the writer named, by ``line`` (DraftBase._line): 'De eerste in 40 jaar: ...' for years
    that went elsewhere (:func:`first_here`), else 'Wat bijzonder om je al 40 jaar als klant te hebben!'."""
    years = first_here(text, loyal)
    key, values = ("first_in", {"onderwerp": years}) if years else ("loyal", {"onderwerp": loyal})
    return line("positive", key, seed, values)


def asked_after(text: str) -> frozenset[str]:
    """The writer's people the staff asked after ('naar mijn man ... vroeg' → 'man'), in a sentence that says so."""
    found: set[str] = set()
    for sentence in sentences(text):
        if _ASKED.search(sentence):
            found |= {m.group("who").lower() for m in _AFTER.finditer(sentence)}
    return frozenset(found)


def person_key(person: str, text: str) -> str:
    """'thanks_asked_after' for someone of the writer's the staff asked after (greetings to them), else
    'thanks_person' (glad it went well with them)."""
    return "thanks_asked_after" if person.rsplit(maxsplit=1)[-1].lower() in asked_after(text) else "thanks_person"
