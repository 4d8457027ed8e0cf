"""A rumour that the business is closed through a named holiday period ('De Graanschuur is de ganse herfstvakantie
toe') that the profile says is open as always ('herfstvakantie (27 oktober t/m 2 november): gewone uren'): that it is
open, and the profile's days in that period that differ ('zaterdag 1 november (Allerheiligen) 7:00–12:00')."""

from __future__ import annotations

import re

from app.domain.draft_asked import CLOCK
from app.domain.draft_cues import closed_said, draft_cues
from app.domain.draft_holiday_lines import entry_span
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_span_open import line_days
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise
from app.domain.words import alternation


def open_as_ever(value: str) -> bool:
    """Whether a holiday value says the business keeps its usual hours ('gewone uren', 'gewoon open', 'open zoals
    altijd': resources/phrase_cues.toml open_as_ever), without hours or a closing of its own."""
    said = normalise(value)
    if not said or CLOCK.search(value) or draft_cues().closed.search(said):
        return False
    return re.search(rf"\b(?:{alternation(phrase_cues().open_as_ever, spaced=True)})\b", said) is not None


def period_open(text: str, profile: BusinessProfile) -> tuple[str, list[str]] | None:
    """(the period's name as the profile writes it, the profile's other lines inside its days, 'day value') for a
    rumour that says the business is closed and names a holiday period whose line says open as always; None when
    the rumour says no closing, or names no such period."""
    if not closed_said(text):
        return None
    said = normalise(text)
    entries = profile.holiday_entries()
    for written, value in entries:
        name, span, note = entry_span(written, value)
        name = name or (written.strip() if not re.search(r"\d", written) else "")
        if not name or not open_as_ever(note or value) or not re.search(rf"\b{re.escape(normalise(name))}\b", said):
            continue
        days = set(line_days(span)) if span else set()
        inside = [
            f"{w.strip()} {v.strip().rstrip('.')}"
            for w, v in entries
            if w != written and v.strip() and (d := line_days(w)) and days.issuperset(d)
        ]
        return name, inside
    return None
