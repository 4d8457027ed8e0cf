"""The day a business opens again after a closed period, as its holiday line says it: in the line's own note
('gesloten van maandag 8 oktober t/m maandag 15 oktober, terug open dinsdag 16 oktober om 7u') or on a line of its
own right after it ('Jaarlijks verlof: gesloten ...; terug open donderdag 4 oktober', 'di 4 januari weer open').
A draft that says a day asked about falls in that period then says when the writer can come again."""

from __future__ import annotations

import re

from app.domain.draft_dated_lines import A_WEEKDAY
from app.domain.draft_holiday_lines import entry_span
from app.domain.draft_leave_rumour import back_on
from app.domain.words import MONTH_WORDS

# A day with its month, a weekday before it when the profile writes one ('donderdag 4 oktober', 'di 16/10' not).
_DAY = rf"(?:{A_WEEKDAY}\s+)?\d{{1,2}}(?:ste|de|e)?\s+(?:{MONTH_WORDS})\b"
# 'terug open (op|vanaf) donderdag 4 oktober (om 6u30)', 'vanaf 16 oktober weer open', 'opnieuw open op 3 maart'.
_AGAIN = re.compile(
    rf"\b(?:terug|weer|opnieuw)\s+open\s+(?:(?:op|vanaf)\s+)?(?P<on>{_DAY})"
    rf"|\b(?:vanaf|op)\s+(?P<day>{_DAY})\s+(?:terug|weer|opnieuw)\s+(?:gewoon\s+)?open\b",
    re.I,
)


def open_again_day(entries: list[tuple[str, str]], span: str) -> str:
    """The day the profile says the business opens again after its closed line of ``span`` ('donderdag 4 oktober'),
    from that line's value or the line right after it; '' when it names none."""
    back = back_on(entries, span)
    if back:
        return back
    for at, (written, value) in enumerate(entries):
        if entry_span(written, value)[1] != span:
            continue
        after = " ".join(entries[at + 1]) if at + 1 < len(entries) else ""
        return said_again(value) or said_again(after, whole=True)
    return ""


def said_again(text: str, whole: bool = False) -> str:
    """The day a holiday text says the business is open again ('..., terug open dinsdag 16 oktober om 6u30' →
    'dinsdag 16 oktober'); with ``whole``, only when the text starts with it (a line of its own). '' when none."""
    found = _AGAIN.match(text.strip()) if whole else _AGAIN.search(text)
    return (found.group("on") or found.group("day")) if found else ""
