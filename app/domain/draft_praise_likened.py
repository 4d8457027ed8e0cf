"""What a compliment likens the business or its place to ("'t Es hier gewoon de Côte d'Azur van Oost-Vlaanderen",
'jullie zijn de Bocuse van de Kempen'): the writer's own image, said back with thanks; and the generations it
brought together ('gevierd met drie generaties')."""

from __future__ import annotations

import re

from app.domain.draft_praise_held import praise_list
from app.domain.words import alternation

# '(het|'t) is hier (gewoon) de X van Y', 'jullie zijn echt de X van Y', 'dit is het X van Y': X a name (a capital),
# Y a place or region ('Oost-Vlaanderen', 'de Kempen', 'het noorden').
_LIKENED = re.compile(
    r"(?i:(?<!\w)(?:het|'t|’t)\s+(?:is|es|was)\s+hier|\bjullie\s+zijn|\bgij\s+zijt|\bdit\s+is|\bhier\s+is)\s+"
    r"(?i:(?:gewoon|echt|precies|net|wel|écht|toch|zowaar|gewoonweg)\s+){0,2}"
    r"(?P<art>(?i:de|het))\s+(?P<like>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-Za-zÀ-ÿ'’-]+){0,2}?\s+van\s+"
    r"(?:(?:de|het|'t)\s+)?[A-Za-zÀ-ÿ][\w'’-]+)",
)


def likened(text: str) -> str:
    """The image a compliment likens the business to, as a sentence start with its article ('De Côte d'Azur van
    Oost-Vlaanderen'); '' when the comment likens it to nothing so."""
    found = _LIKENED.search(text)
    if found is None:
        return ""
    return f"{found.group('art').capitalize()} {' '.join(found.group('like').split())}"


# Generations together at the occasion: 'gevierd met drie generaties', 'met alle vier de generaties'; not a loyalty
# ('al drie generaties klant').
_GENERATIONS = re.compile(
    r"\bmet\s+(?:(?:alle|de|onze|ons)\s+)?(?P<n>twee|drie|vier|vijf|[2-5])\s+(?:de\s+)?generaties\b", re.I
)


def generations(text: str) -> str:
    """'drie generaties' for a comment that tells of generations together ('met drie generaties in twee cuistaxen');
    '' for none."""
    found = _GENERATIONS.search(text)
    return f"{found.group('n').lower()} generaties" if found else ""


# A taste likened to the old days or home: 'ze smaakten zoals vroeger bij bakker Sus', 'smaakt net als bij oma
# thuis', 'proeft gelijk vroeger': praise of the thing eaten, whoever said it.
_TASTED_LIKE = re.compile(
    r"\b(?:smaakt|smaakte|smaakten|smaken|proeft|proefde|proefden|tastes|tasted)\s+(?:[\w']+\s+){0,2}?"
    r"(?:zoals|als|gelijk|like)\s+(?:[\w']+\s+){0,3}?(?:vroeger|thuis|oma|opa|bomma|grootmoeder|moeder|mama|moeke"
    r"|memé|grandma|granny|home|childhood)\b",
    re.I,
)


def tasted_like_old(text: str) -> bool:
    """Whether the comment says a thing tasted like the old days or home ('ze smaakten zoals vroeger'): praise of
    what was eaten."""
    return _TASTED_LIKE.search(text) is not None


def event_day(text: str) -> str:
    """The business's own event day the writer was helped on, as the reply names it ('op de lichtjesdag van 18
    oktober' → 'de lichtjesdag'; resources/praise.toml 'event_days'); '' when none is named."""
    days = alternation(praise_list("event_days"))
    found = re.search(rf"\b(?:op|tijdens|bij)\s+(?:de|jullie|uw|je|onze)\s+({days})(?!\w)", text, re.I)
    return f"de {found.group(1).lower()}" if found else ""
