"""A complaint about a closed door on a date the profile's holidays name ('vrijdag 11 mei sta ik daar voor een
gesloten deur' and the holidays say 'vrijdag 11 mei: gesloten (brugdag); zaterdag 12 mei: 9:00–17:00'): that
holiday line, and the first open day the holidays name right after it, said back as the profile writes them, in
place of the week's hours for that weekday (which say the business was open then)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain.draft_days import closed_line
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES

# A date with its month as the writer said it ('vrijdag 11 mei', 'op 3 juni').
_DATE = re.compile(rf"\b(?P<dag>\d{{1,2}})\s+(?P<maand>{'|'.join(MONTH_NAMES)})\b", re.I)
# The writer found the business closed ('voor een gesloten deur', 'alles dicht', 'het rolluik was toe').
_FOUND_CLOSED = re.compile(r"\b(?:gesloten|dicht|dichte|toe)\b", re.I)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def _entry_on(entries: Sequence[tuple[str, str]], day: int, month: str) -> tuple[str, str] | None:
    said = re.compile(rf"(?<!\d){day}\s+{month}\b")
    return next(((w, v) for w, v in entries if said.search(normalise(w))), None)


def dated_closing(text: str, entries: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """(the holiday lines, as a fact sentence) for a comment that found the business closed on a date the holidays
    say it was closed, with the first open day of the three after it that they name ('vrijdag 11 mei: gesloten
    (brugdag); zaterdag 12 mei: 9:00–17:00'); None for another comment or a date the holidays do not close."""
    if not _FOUND_CLOSED.search(text):
        return None
    for found in _DATE.finditer(text):
        day, month = int(found.group("dag")), found.group("maand").lower()
        closed = _entry_on(entries, day, month)
        if closed is None or not closed_line(*closed):
            continue
        said = [closed]
        for later in range(day + 1, day + 4):
            entry = _entry_on(entries, later, month)
            if entry is not None and _CLOCK.search(entry[1]) and not closed_line(*entry):
                said.append(entry)
                break
        value = "; ".join(f"{w.strip()}: {v.strip().rstrip('.')}" for w, v in said)
        return value, f"{value}."
    return None
