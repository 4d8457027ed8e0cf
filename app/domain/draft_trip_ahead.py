"""A trip of the writer's own that is close ('Zaterdag gaan we op fietsvakantie naar de Moezel', 'morgen vertrek ik
op reis'): a complaint about a job not ready says it back, as the deadline that makes it urgent."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_text import Part

# 'gaan we op fietsvakantie', 'vertrek ik op reis', 'we vertrekken zaterdag op vakantie': the trip said as planned
_TRIP = re.compile(
    r"\b(?:gaan|ga|gaat|vertrekken|vertrek|vertrekt|trekken|trek)\s+(?:we|wij|ik|'k)\s+(?:[\w']+\s+){0,3}?op\s+"
    r"(?P<trip>[a-zà-ÿ]*(?:vakantie|reis|fietstocht|tocht|trektocht))\b"
    r"|\b(?:we|wij|ik)\s+(?:gaan|ga|vertrekken|vertrek)\s+(?:[\w']+\s+){0,3}?op\s+"
    r"(?P<trip2>[a-zà-ÿ]*(?:vakantie|reis|fietstocht|tocht|trektocht))\b",
    re.I,
)


def trip_ahead(text: str) -> str:
    """The writer's trip to come, in their word and lower case ('fietsvakantie'); ''."""
    found = _TRIP.search(text)
    return (found.group("trip") or found.group("trip2")).lower() if found else ""


class TripAheadDrafting(DraftBase):
    """The line about the writer's trip to come."""

    def _trip_ahead(self, parts: list[Part], seed: str, text: str) -> list[Part]:
        """``parts`` with the trip to come said after the empathy, when the writer names one and the empathy does
        not; unchanged otherwise."""
        trip = trip_ahead(text)
        if not trip or any(trip in p.text.lower() for p in parts):
            return parts
        line = self._line("complaint", "occasion_soon", seed, {"onderwerp": f"{self._poss} {trip}"})
        return [Part(p.key, f"{p.text} {line}", p.essential, p.short) if p.key == "empathy" else p for p in parts]
