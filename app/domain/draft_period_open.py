"""A rumour that the business is closed through a named holiday period ('De Graanschuur is de ganse herfstvakantie
toe') that the profile says is open as always ('herfstvakantie (27 oktober t/m 2 november): gewone uren'): that it is
open, and the profile's days in that period that differ ('zaterdag 1 november (Allerheiligen) 7:00–12:00'); or open
but for a day ('In de lentevakantie (2–15 april): open, behalve dinsdag 10 april'), or not closed at all ('Zomer
2035: geen zomerverlof (ons verlof is in januari)')."""

from __future__ import annotations

import re

from app.domain.draft_asked import CLOCK
from app.domain.draft_cues import closed_said, draft_cues
from app.domain.draft_holiday_lines import entry_span
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_span_open import line_days
from app.domain.period_words import period_said
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise
from app.domain.words import MONTH_WORDS, SEASON_MONTHS, WEEKDAY_NAMES, alternation


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


# A period's line that says open but for some days: 'open, behalve dinsdag 10 april (verlofdag)'.
_OPEN_BUT = re.compile(
    r"^\s*(?:gewoon\s+)?open\s*,?\s+(?P<but>(?:behalve|buiten|uitgezonderd|met\s+uitzondering\s+van)\s+[^.;]+?)\s*\.?$",
    re.I,
)
# How a line names its period: 'In de lentevakantie', 'tijdens de krokusvakantie' → 'de lentevakantie'.
_PERIOD_LEAD = re.compile(r"^\s*(?:in|tijdens|gedurende)\s+(?=(?:de|het)\s)", re.I)


def _period_named(written: str, value: str) -> str:
    """The period a holiday line names, as said after 'in' ('de lentevakantie', 'de zomer', 'juli en augustus');
    '' for a line of days."""
    heading = period_said(written)  # 'Zomer 2035' → 'de zomer'
    if heading:
        return heading
    name = _PERIOD_LEAD.sub("", entry_span(written, value)[0]).strip()
    if not name or re.search(r"\d", name):
        return ""
    name = name[:1].lower() + name[1:]
    return name if re.match(r"(?:de|het)\s", name) else f"de {name}"


def period_not_closed(text: str, profile: BusinessProfile) -> tuple[str, str, str] | None:
    """(line key, the period as said after 'in', what the profile says of it) for a rumour that says the business is
    closed and names a period of the profile's holidays that is open but for some days ('period_open_but': 'behalve
    dinsdag 10 april (verlofdag)') or not closed at all ('period_no_closing': 'Geen zomerverlof (mijn jaarlijks verlof
    is in januari)', resources/phrase_cues.toml no_closing); None otherwise, and for a line with hours of its own."""
    if not closed_said(text):
        return None
    said = normalise(text)
    for written, value in profile.holiday_entries():
        if (whole := _open_through(written, value, said)) is not None:
            return "period_open_said", *whole
        period = _period_named(written, value)
        word = normalise(period.split(maxsplit=1)[-1]) if period else ""
        # ('heel de zomer', 'de hele zomervakantie toe' ~ 'Zomer 2035')
        if not word or CLOCK.search(value) or not re.search(rf"\b{re.escape(word)}", said):
            continue
        but = _OPEN_BUT.match(value)
        if but is not None:  # 'behalve dinsdag 10 april' → 'behalve op dinsdag 10 april'
            days = " ".join(but.group("but").split())
            return "period_open_but", period, re.sub(rf"^(\w+)\s+(?=(?:{'|'.join(WEEKDAY_NAMES)})\b)", r"\1 op ", days)
        shut = rf"\b(?:{alternation(phrase_cues().no_closing, spaced=True)})\b"
        if re.search(shut, normalise(value)):
            rest = value.strip().rstrip(".")
            return "period_no_closing", period, rest[:1].upper() + rest[1:]
    return None


# A holiday line that is a sentence of its own saying a whole period is open ('De hele zomer open, elke dag',
# 'Heel juli en augustus gewoon open'): the period, then what follows 'open'.
_OPEN_THROUGH = re.compile(
    rf"^\s*(?P<naam>(?:(?:de|het)\s+)?(?:(?:hele|heel|ganse|gans|volledige)\s+)?(?:de\s+)?"
    rf"(?:{'|'.join(SEASON_MONTHS)}|(?:{MONTH_WORDS})(?:\s+(?:en|t/m|tot)\s+(?:{MONTH_WORDS}))?))"
    r"(?:\s+\d{4})?\s*:?\s+(?:gewoon\s+|elke\s+dag\s+)?open\b\s*[,;:]?\s*(?P<rest>[^.;]*?)\s*\.?$",
    re.I,
)


def _open_through(written: str, value: str, said: str) -> tuple[str, str] | None:
    """(the period as the line names it, what follows 'open', or 'elke dag') for a holiday line that says a whole
    period is open ('De hele zomer open, elke dag' → ('de hele zomer', 'elke dag')), when the rumour ``said``
    (normalised) names that period's season or month; None for another line, one that names a closing or hours."""
    line = f"{written.strip()} {value.strip()}".strip()
    found = _OPEN_THROUGH.match(line)
    if found is None or CLOCK.search(line) or draft_cues().closed.search(normalise(line)):
        return None
    name = " ".join(found.group("naam").split())
    words = [w for w in normalise(name).split() if w in SEASON_MONTHS or re.fullmatch(MONTH_WORDS, w, re.I)]
    if not words or not any(re.search(rf"\b{re.escape(w)}", said) for w in words):
        return None
    name = name[:1].lower() + name[1:]
    if not re.match(r"(?:de|het|heel|gans)\s", name):  # 'Zomer' → 'in de zomer', 'Juli en augustus' → 'in juli ...'
        name = f"in de {name}" if name.split()[0] in SEASON_MONTHS else f"in {name}"
    return name, found.group("rest").strip() or "elke dag"
