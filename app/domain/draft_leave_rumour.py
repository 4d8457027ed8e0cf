"""A rumour that the business stops for good on a day the profile says it is closed anyway ('vanaf 26 juli
definitief dicht' ~ 'jaarlijkse sluiting 26 juli t/m 7 augustus'): the answer is that closing, and open after it."""

from __future__ import annotations

import re

from app.domain.draft_cues import draft_cues
from app.domain.draft_days import closed_line, entry_span
from app.domain.draft_span_open import line_days

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def leave_of_rumour(entries: list[tuple[str, str]], day: str, text: str) -> tuple[str, str]:
    """(name, days) of the closed holiday line of ``entries`` that has a day of ``day`` in it, when the rumour says the
    business stops for good (draft_cues.toml ``closing_down``: 'definitief', 'stopt ermee', 'pensioen') and not
    something else (``closing_down_not``: 'stoppen met het bakken van taarten', 'wordt overgenomen', 'verbouwen');
    a year the rumour names must be the line's ('op 1 augustus 2028' is not the leave of 2027). ('', '') else."""
    cues = draft_cues()
    if not day or cues.closing_down_not.search(text) or not cues.closing_down.search(text):
        return "", ""
    years, days = set(_YEAR.findall(text)), set(line_days(day))
    for written, value in entries:
        name, span, _ = entry_span(written, value)
        if not (name and span and closed_line(written, value)):
            continue
        own_years = set(_YEAR.findall(f"{written} {value}"))
        if years and own_years and not years & own_years:
            continue
        if days & set(line_days(span)):
            return name, span
    return "", ""
