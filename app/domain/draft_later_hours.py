"""Wishes for other opening hours in a suggestion ('één avond in de week langer open', 'wat later op de middag',
'op zaterdag wat langer open') and the weekday the business already keeps open into the evening ('do tot 20:30'):
what the thank-you of app/domain/draft_thanks.py answers such a wish with."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import week_days
from app.domain.textnorm import sentences

# A wish for evening hours: 'één avond in de week langer open', 'een koopavond', 'na zessen open', 'een avond
# openstellen', 'kan ik nooit na zessen terecht'.
_EVENING_WISH = re.compile(
    r"\b(?:langer|later)\s+open\b|\bkoopavond\b|\bavondopening\b|\b's\s+avonds\s+open\b"
    r"|\bavond\w*\s+(?:in\s+de\s+week\s+)?(?:langer\s+)?open(?:stellen|houden|gaan|blijven)?\b"
    r"|\bna\s+(?:zessen|\d{1,2}(?:[.:]\d{2})?\s*uur)\s+(?:open|terecht)\b"
    # 'één avond per week tot 20u open blijven', 'een avond tot 20u in de week': the evening and its hour or 'open'
    r"|\b(?:één|een|1)\s+avond\b(?:\s+[^\s.!?,;]+){0,3}?\s+(?:tot\s+\d{1,2}(?:[.:u]\d{0,2}|\s*uur)?(?!\d)|(?:langer\s+)?open)",
    re.I,
)
# A wish for more of the hours the business already has: 'wat langer open', 'eerder open', 'tot later open'.
MORE_HOURS = re.compile(r"\b(?:langer|later|eerder|vroeger)\s+(?:open|te\s+openen|geopend)\b", re.I)
# A wish for something that works when the business is closed ('zodat ge ook buiten de openingsuren kunt pompen',
# 'na sluitingstijd'): the hours the business keeps are no answer to it.
OUTSIDE_HOURS = re.compile(
    r"\b(?:buiten|na)\s+(?:de\s+|onze\s+|jullie\s+)?(?:openingsuren|openingstijden|openingsuur|sluitingstijd|sluitingsuur)\b",
    re.I,
)
# A wish for other hours than the business has ('ergens in de middag', 'wat later', 'op een avond').
LATER_WISH = re.compile(r"\b(?:na)?middag|\b(?:'s\s+)?avond\b|\bavonds\b|\blater\b|\blanger\b", re.I)
# The hour a part of the opening hours ends with ('do tot 20:30', 'vanaf 1 maart op woensdag tot 20:00').
_LATE_PART = re.compile(r"(?:tot|–|-)\s*(?P<hour>\d{1,2})[:.]\d{2}\s*$", re.I)
# Where one wish of a sentence ends and another begins ('één avond langer open, of zaterdag tot 16:00').
_OTHER_WISH = re.compile(r"[,;]\s*(?:of|en|maar)?\b|\s+of\s+", re.I)
# A range of days ('di–vr', 'ma - za'): no one day kept open late.
_DAY_RANGE = re.compile(r"\b[a-z]{2}[a-z]*\.?\s*[–-]\s*[a-z]{2}", re.I)


def evening_wish(text: str) -> bool:
    """A wish for evening hours ('één avond in de week langer open', 'een koopavond'), not for one weekday
    ('op zaterdag wat langer open'); a weekday in another wish of the same sentence ('één avond langer open, of
    zaterdag tot 16:00?') leaves the evening wish as it is."""
    for sentence in sentences(text):
        if found := _EVENING_WISH.search(sentence):
            clause = _OTHER_WISH.split(sentence[: found.start()])[-1] + _OTHER_WISH.split(sentence[found.start() :])[0]
            return not any(re.search(rf"\b{day}", clause, re.I) for day in week_days())
    return False


def evening_said(text: str) -> str:
    """The evening hours wished as the rest of 'je idee ...' ('Zet ne keer één avond tot 20u in de week' → 'om één
    avond tot 20u open te zijn'); '' for no such wish."""
    found = _EVENING_WISH.search(text) if evening_wish(text) else None
    if found is None or not re.match(r"(?:één|een|1)\s+avond", found.group(0), re.I):
        return ""
    said = re.sub(r"\s+(?:langer\s+)?open\w*$", "", " ".join(found.group(0).split()), flags=re.I)
    return f"om {said} open te zijn"


def late_day(hours: str) -> str:
    """The weekday the opening hours ('di–vr 9:00–18:00, do tot 20:30') keep open into the evening, after 19:00
    ('donderdag'), also told with its season ('vanaf 1 maart op woensdag tot 20:00'); '' for none or for several
    days in one range."""
    return late_hours(hours)[0]


def late_hours(hours: str) -> tuple[str, str, str]:
    """(the late day, how the hours lead to it as a sentence start, its closing time): 'Op donderdag' and '20:30' for
    'do tot 20:30', 'Vanaf 1 maart op woensdag' and '20:00' for 'vanaf 1 maart op woensdag tot 20:00'; three ''
    for none."""
    shorts = {d[:2]: d for d in week_days()}
    for part in re.split(r"[,;\n]", hours):
        found = _LATE_PART.search(part)
        if found is None or int(found.group("hour")) < 19 or _DAY_RANGE.search(part):
            continue
        # the one weekday the part names, in full or short, wherever it stands ('vanaf 1 maart op woensdag')
        words = [w for w in re.finditer(r"[^\W\d_]+", part) if w.group().lower() in (*week_days(), *shorts)]
        if len({w.group().lower()[:2] for w in words}) != 1:
            continue
        day = shorts[words[0].group().lower()[:2]]
        before = re.sub(r"\s*\bop\s*$", "", part[: words[0].start()].strip(), flags=re.I)
        lead = f"{before} op {day}" if before else f"Op {day}"
        until = re.sub(r"^(?:tot|–|-)\s*", "", found.group(0).strip()).replace(".", ":")
        return day, lead[:1].upper() + lead[1:], until
    return "", "", ""
