"""The fixed codes of DESIGN.md: categories, flags, platforms, statuses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from app.domain.i18n import LocalisedNames

CATEGORIES: Final[tuple[str, ...]] = (
    "positief",
    "vraag",
    "klacht",
    "onwaarheid",
    "grap_satire",
    "beledigend",
)

# Names of the codes in the current language (resources/i18n/<language>/names.toml).
CATEGORY_NAMES: Final[Mapping[str, str]] = LocalisedNames("categories", CATEGORIES)

FLAGS: Final[tuple[str, ...]] = ("suggestie", "haat", "bedreiging")

FLAG_NAMES: Final[Mapping[str, str]] = LocalisedNames("flags", FLAGS)

# The platform codes of DESIGN.md, with their names in the current language.
PLATFORMS: Final[Mapping[str, str]] = LocalisedNames(
    "platforms", ("facebook", "instagram", "x", "linkedin", "google", "threads", "bluesky", "email", "overig")
)

STATUSES: Final[tuple[str, ...]] = (
    "open",
    "beantwoord",
    "monitoren",
    "geescaleerd",
    "geen_reactie",
)
