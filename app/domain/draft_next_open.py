"""A writer who found the door shut on the business's closed weekday ('Maandag speciaal gereden ... Deur dicht'):
after the fact that the business is closed then, the next day it is open, with its hours from the profile."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_days import hours_on
from app.domain.draft_fact_words import week_days
from app.domain.draft_text import Part, place_before

# The writer found it closed: 'Deur dicht', 'stonden we voor een gesloten deur', 'alles was dicht'.
_SHUT = re.compile(
    r"\b(?:deur|deuren|winkel|zaak|alles|rolluik)\s+(?:was\s+|bleek\s+|zat\s+)?(?:dicht|gesloten|toe)\b"
    r"|\b(?:gesloten|dichte)\s+deur\b|\bvoor\s+(?:een\s+)?(?:gesloten|dichte)\s+(?:deur|winkel|zaak)\b",
    re.I,
)


def next_open(hours: str, day: str) -> tuple[str, str]:
    """(the first weekday after ``day`` that the hours open, its hours as written) ('dinsdag', '6.30–18.00'); ('',
    '') when ``day`` is open itself or the hours name no day after it."""
    week = week_days()
    if day not in week or hours_on(hours, day):
        return "", ""
    at = week.index(day)
    for step in range(1, 7):
        later = week[(at + step) % 7]
        found = hours_on(hours, later)
        if found:
            return later, found.partition(" ")[2]
    return "", ""


def shut_day(text: str) -> str:
    """The one weekday the writer found the door shut on ('maandag'), lower case; ''."""
    if _SHUT.search(text) is None:
        return ""
    named = {d for d in week_days() if re.search(rf"\b{d}", text, re.I)}
    return named.pop() if len(named) == 1 else ""


class NextOpenDrafting(DraftBase):
    """The line with the next open day after a closed day the writer came on."""

    def _next_open(self, parts: list[Part], seed: str, text: str) -> list[Part]:
        """``parts`` with the next open day and its hours before the contact; unchanged when the writer did not
        find the door shut on a day the business is closed."""
        day, times = next_open(self.profile.value("opening_hours"), shut_day(text))
        if not day or any(day in p.text.lower() for p in parts):
            return parts
        values = {"feestdag": day, "waarde": re.sub(r"\s*[–-]\s*", " tot ", times)}
        line = self._line("complaint", "next_open", seed, values)
        # the cause is known (the closed day): no 'ik zoek uit wat er misging'
        kept = [p for p in parts if p.key != "next"]
        return place_before(kept, Part("next_open", line, True, line), "channel")
