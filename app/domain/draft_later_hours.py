"""Wishes for other opening hours in a suggestion ('één avond in de week langer open', 'wat later op de middag',
'op zaterdag wat langer open') and the weekday the business already keeps open into the evening ('do tot 20:30'):
what the thank-you of app/domain/draft_thanks.py answers such a wish with."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import week_days

# A wish for evening hours: 'één avond in de week langer open', 'een koopavond', 'na zessen open'.
_EVENING_WISH = re.compile(
    r"\b(?:langer|later)\s+open\b|\bkoopavond\b|\bavondopening\b|\b's\s+avonds\s+open\b"
    r"|\bavond\w*\s+(?:in\s+de\s+week\s+)?(?:langer\s+)?open\b|\bna\s+(?:zessen|\d{1,2}(?:[.:]\d{2})?\s*uur)\s+open\b",
    re.I,
)
# A wish for more of the hours the business already has: 'wat langer open', 'eerder open', 'tot later open'.
MORE_HOURS = re.compile(r"\b(?:langer|later|eerder|vroeger)\s+(?:open|te\s+openen|geopend)\b", re.I)
# A wish for other hours than the business has ('ergens in de middag', 'wat later', 'op een avond').
LATER_WISH = re.compile(r"\b(?:na)?middag|\b(?:'s\s+)?avond\b|\bavonds\b|\blater\b|\blanger\b", re.I)
_LATE_PART = re.compile(r"^\s*(?P<day>[a-z]{2})\w*\b[^,;\n]*?(?:tot|–|-)\s*(?P<hour>\d{1,2})[:.]\d{2}\s*$", re.I)


def evening_wish(text: str) -> bool:
    """A wish for evening hours ('één avond in de week langer open', 'een koopavond'), not for one weekday
    ('op zaterdag wat langer open')."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if _EVENING_WISH.search(sentence):
            return not any(re.search(rf"\b{day}", sentence, re.I) for day in week_days())
    return False


def late_day(hours: str) -> str:
    """The weekday the opening hours ('di–vr 9:00–18:00, do tot 20:30') keep open into the evening, after 19:00
    ('donderdag'); '' for none or for several days in one range."""
    shorts = {d[:2]: d for d in week_days()}
    for part in re.split(r"[,;\n]", hours):
        found = _LATE_PART.match(part)
        alone = found is not None and not re.match(r"^\s*[a-z]{2}\w*\s*[–-]", part, re.I)
        if found and alone and int(found.group("hour")) >= 19 and found.group("day").lower() in shorts:
            return shorts[found.group("day").lower()]
    return ""
