"""The fixed codes of DESIGN.md: categories, flags, platforms, statuses."""

from __future__ import annotations

from typing import Final

CATEGORIES: Final[tuple[str, ...]] = (
    "positief",
    "vraag",
    "klacht",
    "onwaarheid",
    "grap_satire",
    "beledigend",
)

CATEGORY_NAMES: Final[dict[str, str]] = {
    "positief": "positief",
    "vraag": "vraag",
    "klacht": "klacht",
    "onwaarheid": "onwaarheid / gerucht",
    "grap_satire": "grap of satire",
    "beledigend": "beledigend",
}

FLAGS: Final[tuple[str, ...]] = ("suggestie", "haat", "bedreiging")

PLATFORMS: Final[dict[str, str]] = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "x": "X",
    "linkedin": "LinkedIn",
    "google": "Google-reviews",
    "threads": "Threads",
    "bluesky": "Bluesky",
    "email": "E-mail",
    "overig": "Overig",
}

STATUSES: Final[tuple[str, ...]] = (
    "open",
    "beantwoord",
    "monitoren",
    "geescaleerd",
    "geen_reactie",
)
