"""A profile fact with a limit ('tot 60 personen', 'max 25 km') and the number the writer asks
about in the same unit ('ongeveer 80 gasten', 'in Hulst, 32 km'): whether that number falls outside the limit, so
the draft says the limit plainly instead of 'ja'."""

from __future__ import annotations

import re

# Units that count the same thing, by the word the text uses for them.
_UNITS = {
    "personen": "people", "pers": "people", "mensen": "people", "man": "people", "gasten": "people",
    "deelnemers": "people", "volwassenen": "people", "people": "people", "persons": "people", "guests": "people",
    # a company counted by who they are: '45 collega's', '30 medewerkers', '25 genodigden'
    "collega's": "people", "collega’s": "people", "collegas": "people", "medewerkers": "people",
    "werknemers": "people", "genodigden": "people", "familieleden": "people", "leden": "people",
    "km": "km", "kilometer": "km", "kilometers": "km",
}  # fmt: skip
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
# An upper limit in a fact: 'tot 60 personen', 'max. 25 km', 'maximaal 40 gasten'. (A lower one, 'vanaf 12
# personen werken we met een vast menu', is mostly a condition, not a no.)
_LIMIT = re.compile(
    rf"\b(?P<kind>tot\s+(?:en\s+met\s+)?|max(?:\.|imaal|imum)?\s+)"
    rf"(?P<n>\d{{1,4}})\s*(?P<unit>{_UNIT})\b",
    re.I,
)
# A number the writer names in a unit: '80 gasten', 'met 45 personen', '32 km'.
_NUMBER = re.compile(rf"(?<![\d.,])(?P<n>\d{{1,4}})\s*(?P<unit>{_UNIT})\b", re.I)


def opens_with_limit(answer: str) -> bool:
    """Whether an answer opens with its limit ('Tot 30 personen in de zaal; ...'): a no for a number beyond it, as a
    yes with that limit is."""
    found = _LIMIT.match(answer.strip())
    return found is not None and found.group("kind").lower().startswith("tot")


def limit_missed(answer: str, text: str) -> tuple[str, str] | None:
    """The writer's number and the fact's limit when the number in the same unit lies outside it ('ongeveer 80
    gasten' and 'tot 60 personen' → ('80 gasten', 'people')); None when the fact has no limit, the writer names no
    number in its unit, or the number fits."""
    for limit in _LIMIT.finditer(answer):
        unit = _UNITS[limit.group("unit").lower()]
        bound = int(limit.group("n"))
        for said in _NUMBER.finditer(text):
            if _UNITS[said.group("unit").lower()] != unit:
                continue
            n = int(said.group("n"))
            if n > bound:
                return f"{said.group('n')} {said.group('unit')}", unit
    return None
