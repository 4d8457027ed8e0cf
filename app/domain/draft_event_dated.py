"""An answer that names an event of the business's own calendar without its day ('Alleen op de kinderknipmiddag.')
said with the day and hours the profile's holiday lines give it ('Herfstvakantie: kinderknipmiddag zonder afspraak
op woensdag 19 oktober, 13:00–17:00' → 'Alleen op de kinderknipmiddag (woensdag 19 oktober, 13:00–17:00).'), so the
writer need not ask again when it is."""

from __future__ import annotations

import re

from app.domain.draft_days import days_named
from app.domain.draft_fact_words import WEEKDAY
from app.domain.words import MONTH_NAMES, MONTH_WORDS

# The date as the profile writes it ('woensdag 19 oktober') and a span of hours ('13:00–17:00').
_DATE = re.compile(rf"\b(?:{WEEKDAY}\s+)?\d{{1,2}}\s+(?:{MONTH_WORDS})\b", re.I)
_HOURS = re.compile(r"\b\d{1,2}[:.]\d{2}\s*[–-]\s*\d{1,2}[:.]\d{2}\b")
# Words before an event's name in its line ('de kinderknipmiddag', 'onze proeverij').
_BEFORE = frozenset({"de", "het", "een", "onze", "ons", "mijn", "ook", "extra", "speciale"})
# The shortest name of an event: a word of its own ('proeverij'), not 'open' or 'dag'.
_NAME = 6


def _heads(entries: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Each event name a holiday line opens a part with, and the parts it opens that give one date."""
    found: dict[str, list[str]] = {}
    for written, value in entries:
        for part in re.split(r"[.;]\s*", value or written):
            words = re.findall(r"[^\W\d_]+", part.lower())
            head = next((w for w in words if w not in _BEFORE), "")
            if len(head) < _NAME or re.fullmatch(WEEKDAY, head) or head in MONTH_NAMES:
                continue
            if len(days_named(part)) == 1 and _DATE.search(part):
                found.setdefault(head, []).append(part)
    return found


def event_dated(answer: str, entries: list[tuple[str, str]]) -> str:
    """The answer with the day (and hours) of the one event of the profile's holiday lines it names without a day;
    the answer as it is when it names a day already, or no such event, or one that more lines name."""
    if not answer or days_named(answer) or _DATE.search(answer):
        return answer
    for head, parts in _heads(entries).items():
        said = re.search(rf"(?<!\w){re.escape(head)}(?!\w)", answer, re.I)
        if said is None or len(parts) != 1:
            continue
        date = _DATE.search(parts[0])
        hours = _HOURS.search(parts[0])
        when = ", ".join(m.group(0) for m in (date, hours) if m is not None)
        return f"{answer[: said.end()]} ({when}){answer[said.end() :]}"
    return answer
