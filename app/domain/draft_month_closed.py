"""A closing period in the month a question about the opening hours names ('Bent u open in juli?', 'Are you open
in July?'): the week opening hours do not say that the business is closed for part of that month, and the writer
who plans a visit then should know."""

from __future__ import annotations

import re

from app.domain.draft_cues import draft_cues
from app.domain.draft_days import DATE, closed_line, entry_span
from app.domain.draft_english_words import EN_MONTHS, english_day
from app.domain.draft_fact_words import week_days
from app.domain.draft_questions import question_sentences
from app.domain.draft_seasons import months_named
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES

# A word of when and the word after it, where a month said as the time of the visit stands: 'in juli', 'begin
# augustus', 'in de maand juli', 'in July', 'early August', 'mid-August'.
_WHEN = re.compile(
    r"\b(?:in|tijdens|begin|half|medio|midden|eind|einde|during|early|late|mid)(?:\s+|-)"
    r"(?:de\s+maand\s+|the\s+month\s+of\s+)?[^\W\d_]+",
    re.I,
)


def months_said(text: str) -> set[int]:
    """The months (0 = January) a text names as the time of a visit, right after a word of when, in Dutch or in
    English: draft_seasons.months_named of those words (which knows 'okt' and 'October'), no season, no date."""
    return {MONTH_NAMES.index(m) for found in _WHEN.finditer(text) for m in months_named(found.group())}


def visit_months(text: str) -> set[int]:
    """The months of the visit asked about: those the question sentences name ('Zijn jullie open eind december? Ik
    was in juli al eens langs' → December, not July); when they name none, those of the sentences not told in the
    past (resources/draft_cues.toml past: 'We komen in juli naar Gent. Zijn jullie dan open?')."""
    asked = months_said(" ".join(question_sentences(text)))
    if asked:
        return asked
    return months_said(" ".join(s for s in re.split(r"(?<=[.!?])\s+", text) if not draft_cues().past.search(s)))


def _months_of(span: str) -> set[int]:
    """The months a span of days covers ('dinsdag 17 juli t/m zaterdag 28 juli' → {6}; '30 juli t/m 11 augustus'
    → {6, 7}), from its first to its last date."""
    dates = [MONTH_NAMES.index(m.lower()) for _, m in DATE.findall(normalise(span))]
    if not dates:
        return set()
    first, last = dates[0], dates[-1]
    return {(first + i) % 12 for i in range((last - first) % 12 + 1)}


def closed_in_month(entries: list[tuple[str, str]], text: str) -> str:
    """'dinsdag 17 juli t/m zaterdag 28 juli (zomersluiting)': the first closed holiday line of several days that
    falls in a month the text names as the time of its visit; '' when it names no month or no such line."""
    months = visit_months(text)
    for written, value in entries if months else ():
        name, span, note = entry_span(written, value)
        if span and closed_line(written, value) and _months_of(span) & months:
            extra = [n for n in (name, note) if n]
            return f"{span} ({', '.join(extra)})" if extra else span
    return ""


def english_span(span: str) -> str:
    """A span of days of a profile in English ('dinsdag 17 juli t/m zaterdag 28 juli (zomersluiting)' → 'Tuesday
    17 July to Saturday 28 July'), without its Dutch name; '' when it holds a word this does not know."""
    days = {d: english_day(d) for d in week_days()}
    months = {m: e for m, e in zip(MONTH_NAMES, EN_MONTHS, strict=True)}
    words = {**days, **months, "t/m": "to", "tot": "to"}
    said = []
    for word in re.sub(r"\btot\s+en\s+met\b", "t/m", re.sub(r"\s*\(.*?\)", "", span)).split():
        if re.fullmatch(r"\d{1,2}|(?:19|20)\d{2}|[–-]", word):
            said.append(word)
        elif word.lower() in words:
            said.append(words[word.lower()])
        else:
            return ""
    return " ".join(w for w in said if w)
