"""Where a rumour says a thing comes from when it says the business does not make it itself ('uit een fabriek',
'van de groothandel', 'uit de diepvries'), said back before the FAQ answer that sets it straight."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_fact_words import fact_words
from app.domain.words import alternation


@lru_cache(maxsize=1)
def _from_place() -> re.Pattern[str]:
    """'uit een fabriek', 'van de groothandel', 'uit een grote broodfabriek': a preposition of origin, an article,
    at most one word before the noun, and a noun of resources/fact_words.toml ``elsewhere_places`` (also as the end of
    a compound of six letters or more: 'broodfabriek'); no verb ('afgebakken') nor adjective ('bevroren')."""
    nouns = tuple(fact_words().elsewhere_places)
    long = tuple(w for w in nouns if len(w) >= 6)
    noun = rf"(?:{alternation(nouns)}|\w+(?:{alternation(long)}))" if long else rf"(?:{alternation(nouns)})"
    return re.compile(
        rf"\b(?P<pp>(?:uit|van|bij)\s+(?:(?:de|het|een|die|zo'n|zo een)\s+)?(?:[^\W\d_]+\s+)?{noun})\b", re.I
    )


def elsewhere_said(claim: str) -> str:
    """'Uit een fabriek' for a claim that the thing comes 'gewoon uit een fabriek in Leeuwarden', with a capital,
    as a question to put before the denial; '' when the claim names no such place."""
    found = _from_place().search(claim)
    if found is None:
        return ""
    said = re.sub(r"\s+", " ", found.group("pp"))
    return f"{said[:1].upper()}{said[1:]}"
