"""A holiday line of the business's own for the date and the occasion a comment names: 'De communie is zaterdag 21
april' and the holidays 'Communie- en lentefeestkapsels op zaterdag 21 en 28 april: vanaf 7.00, enkel op afspraak'
→ that line's hours for that day, said beside the answer ('Goed om te weten voor de communie op zaterdag 21 april:
vanaf 7.00, enkel op afspraak.'), since the writer plans around that day. Only a line that is no closing (a closing
is draft_closed_beside's), whose name holds a word the comment says too, for a whole date the comment writes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain.draft_calendar import calendar
from app.domain.draft_days import DATE
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES, WEEKDAY_NAMES


def open_beside(text: str, entries: Sequence[tuple[str, str]], address: str = "") -> tuple[str, str, str] | None:
    """(the occasion word the line and the comment share, the day as the comment writes it, what the line says of
    it) for a holiday line that is no closing, holds a whole date of ``text`` and is named by a word ``text`` says
    ('communie'); None when there is none."""
    said = normalise(text)
    dates = {(MONTH_NAMES.index(m.lower()) * 31 + int(d), f"{d} {m.lower()}") for d, m in DATE.findall(said)}
    if not dates:
        return None
    words = {w for w in re.findall(r"[^\W\d_]{5,}", said) if w not in MONTH_NAMES and w not in WEEKDAY_NAMES}
    for line in calendar(entries, address):
        # (a line of hours for a day, 'vanaf 7.00'; not a period's line that closes a feast inside it)
        if line.kind != "hours" or not line.value.strip() or line.feasts:
            continue
        # a word of its name, or one that starts it ('schoolfeest' and 'Schoolfeestkapsels op vrijdag 14 juni')
        shared = sorted({w for w in words for a in line.aliases if a == w or (a.startswith(w) and len(a) > len(w) + 3)})
        day = next((d for n, d in sorted(dates) if n in line.days), "")
        if shared and day:
            weekday = re.search(rf"\b({'|'.join(WEEKDAY_NAMES)})\s+{re.escape(day)}\b", said)
            return shared[0], f"{weekday.group(1)} {day}" if weekday else day, line.value.strip().rstrip(".")
    return None
