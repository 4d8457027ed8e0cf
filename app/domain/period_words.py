"""The name of a period a holiday line heads with its months or its season ('Juli en augustus 2035:', 'Zomer 2035:'), as
a sentence says it after 'in'."""

from __future__ import annotations

import re

from app.domain.words import MONTH_WORDS, SEASON_MONTHS

# A holiday heading that names a period by its months ('Juli en augustus 2035', 'juli t/m september') or its season
# ('Zomer 2035', 'de winter van 2036'), with the year the profile adds to it.
_SEASON_WORDS = "|".join(SEASON_MONTHS)
_MONTHS_LABEL = re.compile(
    rf"((?:{MONTH_WORDS})(?:\s*(?:,|en|t/m|tot en met|tot|–|-)\s*(?:{MONTH_WORDS}))*)(?:\s+(?:van\s+)?\d{{4}})?", re.I
)
_SEASON_LABEL = re.compile(rf"(?:de\s+)?({_SEASON_WORDS})(?:\s+(?:van\s+)?\d{{4}})?", re.I)


def period_said(heading: str) -> str:
    """A heading that names a period of months or a season, as a sentence says it after 'in': 'Juli en augustus
    2035' → 'juli en augustus', 'Zomer 2035' → 'de zomer'; '' for any other heading ('Kerstmis', '24 december')."""
    text = heading.strip()
    months = _MONTHS_LABEL.fullmatch(text)
    if months:
        return re.sub(r"\s*([–-])\s*", r"\1", months.group(1).lower())
    season = _SEASON_LABEL.fullmatch(text)
    return f"de {season.group(1).lower()}" if season else ""
