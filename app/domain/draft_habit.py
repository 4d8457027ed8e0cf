"""A visit the writer makes every week on one day ('Elke zondag na de Muur even langs voor een taartje', 'iedere
zaterdagochtend haal ik hier mijn brood'): the praise reply closes on that day ('Tot zondag!')."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_fact_words import week_days
from app.domain.textnorm import sentences

# A sentence where the day is no visit: the business is closed then, or the writer does not come then.
_NOT_A_VISIT = re.compile(r"\b(?:dicht|gesloten|niet|geen|nooit|jammer|helaas|closed)\b", re.I)


@lru_cache(maxsize=1)
def _every_day() -> re.Pattern[str]:
    days = "|".join(week_days())
    return re.compile(
        rf"\b(?:elke|iedere|ieder|elk)\s+(?P<dag>{days})(?:ochtend|middag|morgen|avond)?\b"
        rf"|'s\s+(?P<dag2>{days})s\b",
        re.I,
    )


def habit_day(text: str) -> str:
    """The weekday the writer comes every week, in lower case ('zondag'); '' when none is said, or when the
    sentence says the day is no visit ('jammer dat jullie elke maandag dicht zijn')."""
    for sentence in sentences(text):
        found = _every_day().search(sentence)
        if found is not None and not _NOT_A_VISIT.search(sentence):
            return (found.group("dag") or found.group("dag2")).lower()
    return ""


# Coming back, said by the writer: 'wij komen terug in de herfstvakantie', 'in de kerstvakantie kom ik zeker terug'.
_BACK = re.compile(r"\b(?:terug\s*(?:komen|kom|komt)|(?:komen|kom|komt)\s+(?:\w+\s+){0,3}?terug)\b", re.I)


def return_period(text: str, holiday: str) -> str:
    """The holiday or school break the writer says they come back in, with its article as said ('de
    herfstvakantie' of 'wij komen terug in de herfstvakantie!'); '' when the sentence with the coming back does not
    name ``holiday`` (TopicAnalysis.holiday) or says it is no visit ('we komen niet terug in de zomervakantie')."""
    if not holiday:
        return ""
    for sentence in sentences(text):
        said = re.search(rf"\b(?:in|tijdens|met)\s+(?P<det>de|het)\s+{re.escape(holiday)}\b", sentence, re.I)
        if said and _BACK.search(sentence) and not _NOT_A_VISIT.search(sentence):
            return f"{said.group('det').lower()} {holiday}"
    return ""


# The next year named ('volgend jaar', 'volgende jaar', 'komend jaar', 'next year') with a coming again in the same
# sentence ('volgend jaar zijn we er terug!', 'volgend jaar weer', 'komend jaar komen we opnieuw').
_NEXT_YEAR = re.compile(r"\b(?:volgend|volgende|komend|komende|next)\s+(?:jaar|year)\b", re.I)
_AGAIN = re.compile(r"\b(?:terug|weer|wéér|opnieuw|again|back)\b", re.I)


def back_next_year(text: str) -> bool:
    """Whether the writer says they come back next year ('volgend jaar zijn we er terug!', 'Tot volgend jaar, dan
    weer met de hele ploeg'); not in a question ('is het volgend jaar weer?') nor said as no visit ('volgend jaar
    helaas niet meer')."""
    # each clause on its own: a sentence may run on past an emoji or a colon ('... de dansers 😄 Koen en team: ...')
    for sentence in re.split(r"(?<=[.!?;:])\s+|\s+[^\w\s,.!?'’()-]+\s+", text):
        said = _NEXT_YEAR.search(sentence) and _AGAIN.search(sentence)
        if said and not sentence.rstrip().endswith("?") and not _NOT_A_VISIT.search(sentence):
            return True
    return False
