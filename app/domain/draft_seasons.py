"""The opening hours for a part of the year: the months of a season or a month a writer names ('in de winter',
'in februari') and the part of the opening hours for a range of months that holds them."""

from __future__ import annotations

import re

from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES

_MONTH_WORDS = "|".join(MONTH_NAMES)

# The months of a season, as a writer names it ('in de winter', 'deze zomer').
_SEASON_MONTHS = {
    "winter": ("december", "januari", "februari"),
    "zomer": ("juni", "juli", "augustus"),
    "lente": ("maart", "april", "mei"),
    "voorjaar": ("maart", "april", "mei"),
    "herfst": ("september", "oktober", "november"),
    "najaar": ("september", "oktober", "november"),
}
_BOUNDED = re.compile(
    rf"\b(?:na|vanaf|per|tegen|tot|sinds|voor|vóór)\s+(?:(?:de|het|deze|dit|volgende|komende|eind|begin)\s+)*"
    rf"(?:{'|'.join((*MONTH_NAMES, *_SEASON_MONTHS))})\b"
)
# A part of the opening hours for a range of months: 'november–maart za–zo 10:00–16:00'.
_MONTHS_PART = re.compile(
    rf"^\s*({_MONTH_WORDS})\s*(?:[–-]|t/m|tot en met|tot)\s*({_MONTH_WORDS})\s*:?\s+(\S.*\d.*)$", re.I
)


def season_hours(hours: str, text: str) -> tuple[str, str, str]:
    """(first month, last month, hours) of the part of the opening hours for a range of months that holds the
    month or season a text names ('in februari', 'in de winter' ~ 'november–maart za–zo 10:00–16:00' →
    ('november', 'maart', 'za–zo 10:00–16:00')); ('', '', '') when the text names none or no part holds it."""
    # not a month that bounds a time ('na deze winter weg', 'vanaf maart geen verhuur meer'): the hours say
    # nothing of what comes then; nor a date ('op 3 februari')
    said = _BOUNDED.sub(" ", normalise(text))
    months = [m for m in MONTH_NAMES if re.search(rf"\b{m}\b", said) and not re.search(rf"\d\s*{m}\b", said)]
    for season, within in _SEASON_MONTHS.items():
        if re.search(rf"\b{season}\b", said):
            months += within
    if not months:
        return "", "", ""
    for part in re.split(r"[;\n]", hours):
        found = _MONTHS_PART.match(part)
        if found is None:
            continue
        first, last = (MONTH_NAMES.index(found.group(i).lower()) for i in (1, 2))
        inside = [
            first <= (at := MONTH_NAMES.index(m)) <= last if first <= last else (at >= first or at <= last)
            for m in months
        ]
        if all(inside):
            return found.group(1).lower(), found.group(2).lower(), found.group(3).strip()
    return "", "", ""
