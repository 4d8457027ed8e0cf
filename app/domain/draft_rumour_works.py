"""A rumour that works on the street will cut the business off ('de Staatsbaan gaat de hele zomer dicht voor
rioleringswerken'): the business cannot deny what the town decides, so it says it will ask and keep the writer
posted, and how to get there all the same from the profile's parking ('ingang via de zijstraat')."""

from __future__ import annotations

from app.domain.draft_cues import draft_cues
from app.domain.profile import BusinessProfile


def works_reach(text: str, profile: BusinessProfile) -> str:
    """The profile's parking, without its final stop, for a rumour about works on the way there; '' otherwise."""
    if draft_cues().roadworks.search(text) is None:
        return ""
    return profile.value("parking").strip().rstrip(".")
