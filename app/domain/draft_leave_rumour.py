"""A rumour that the business stops for good on a day the profile says it is closed anyway ('vanaf 26 juli
definitief dicht' ~ 'jaarlijkse sluiting 26 juli t/m 7 augustus'): the answer is that closing, and open after it."""

from __future__ import annotations

import re

from app.domain.draft_asked import CLOSED_SEEN, SHUT_SEEN, notice_down
from app.domain.draft_cues import draft_cues
from app.domain.draft_holiday_lines import closing_period, closing_span, entry_span
from app.domain.draft_span_open import line_days
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES, MONTH_WORDS

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A month a rumour of stopping names without a day: 'er in oktober mee stopt', 'vanaf januari dicht', 'eind maart'.
_IN_MONTH = re.compile(rf"\b(?:in|per|vanaf|begin|eind|half|midden)\s+({MONTH_WORDS})\b(?!\s*\d)", re.I)
# The day a closed line says the business opens again: 'dinsdag 24 februari terug open', 'weer open op 9 augustus',
# 'weer open op di 23 oktober vanaf 7.30' (the hour left out: the day is what the reply says), 'weer open do 17
# januari'.
_BACK = re.compile(
    r"^(?:(?:vanaf|per)\s+)?(?P<day>[\w ]{3,40}?)\s+(?:terug|weer|opnieuw)\s+(?:gewoon\s+)?open$"
    r"|^(?:terug|weer|opnieuw)\s+open\s+"
    r"(?:(?:op|vanaf)\s+(?P<on>[\w ]{3,40}?)|(?P<bare>(?:[a-z]{2,9}\s+)?\d{1,2}\s+[a-z]{3,}))"
    r"(?:\s+(?:vanaf|om)\s+\d{1,2}(?:[.:u]\d{2})?u?)?$",
    re.I,
)


def back_on(entries: list[tuple[str, str]], span: str) -> str:
    """The day the profile says the business opens again after the closed line of ``span``, in that line's note or
    on a line of its own right after it ('ma 27 december t/m ma 3 januari: gesloten; di 4 januari terug open' → 'di 4
    januari'); '' when it names none."""
    for at, (written, value) in enumerate(entries):
        _, own_span, note = entry_span(written, value, short_weekdays=True)
        # (the line that ends the holidays keeps its full stop: 'wo 6 augustus terug open.')
        after = " ".join(entries[at + 1]).strip().rstrip(".") if at + 1 < len(entries) else ""
        # ... or in a part of its note ('winkel gesloten van 15 t/m 22 oktober, weer open op di 23 oktober vanaf 7.30')
        parts = [note, *(p.strip() for p in note.split(",")), after] if own_span == span else []
        back = next((found for part in parts if (found := _BACK.match(part))), None)
        if back:
            return back.group("day") or back.group("on") or back.group("bare")
    return ""


def closure_values(entries: list[tuple[str, str]], name: str, span: str) -> tuple[str, dict[str, str]]:
    """The [rumour] key and values that answer a rumour with the closing ``name`` of ``span``: with the day the
    profile says the business is open again when its line names one ('gesloten van maandag 16 februari tot en met
    maandag 23 februari, dinsdag 24 februari terug open'), not a vague 'daarna'."""
    # ('Di 1 t/m ma 7 januari': a weekday the profile opens its line with is said in lower case inside a sentence)
    said = span[:1].lower() + span[1:] if re.match(r"[A-Z][a-z]{1,2}\s+\d|[A-Z][a-z]+dag\s+\d", span) else span
    values = {"naam": name.capitalize(), "waarde": said}
    # ... or on a line of its own right after it ('1 t/m 7 januari: vakantie; dinsdag 8 januari weer open')
    back = back_on(entries, span)
    return ("closure_holiday_back", {**values, "tweede": back}) if back else ("closure_holiday", values)


def leave_of_rumour(entries: list[tuple[str, str]], day: str, text: str) -> tuple[str, str]:
    """(name, days) of the closed holiday line of ``entries`` that has a day of ``day`` in it, when the rumour says the
    business stops for good (draft_cues.toml ``closing_down``: 'definitief', 'stopt ermee', 'pensioen') and not
    something else (``closing_down_not``: 'stoppen met het bakken van taarten', 'wordt overgenomen', 'verbouwen');
    a year the rumour names must be the line's ('op 1 augustus 2028' is not the leave of 2027); with no day, a line in
    the month the rumour names ('stopt er in oktober mee'); or the line the rumour names by its name ('die
    'jaarlijkse sluiting' op hun deur'). ('', '') else."""
    cues = draft_cues()
    if cues.closing_down_not.search(text) or not cues.closing_down.search(text):
        return "", ""
    years, days = set(_YEAR.findall(text)), set(line_days(day)) if day else set()
    # 'na de kerst gaat de deur dicht' ~ '27 december t/m 1 januari: gesloten (winterstop)': a closing that starts the
    # day after the feast is the one meant
    days |= {max(days) + 1} if days else set()
    # 'stopt er in oktober mee' ~ 'herfstvakantie: gesloten van 15 t/m 22 oktober': a month named, no day of it
    month = _IN_MONTH.search(normalise(text)) if not days else None
    for written, value in entries:
        # a line named by its reason alone counts: the rumour names its days ('27 december t/m 1 januari: winterstop')
        name, span = closing_span(written, value)
        if not name:
            continue
        own_years = set(_YEAR.findall(f"{written} {value}"))
        if years and own_years and not years & own_years:
            continue
        if days & set(line_days(span)) or (month and re.search(rf"\b{month.group(1)}\b", normalise(span))):
            return name, span
        # ('failliet, die 'jaarlijkse sluiting' op hun deur is zever'): the closing the rumour names by its name
        if len(name) >= 6 and re.search(rf"\b{re.escape(normalise(name))}\b", normalise(text)):
            return name, span
    return "", ""


def seen_closing(entries: list[tuple[str, str]], text: str) -> tuple[str, str]:
    """(name, days) of the holiday closing that explains a closed shop or a notice the comment tells of ('het rolluik
    is al de hele week dicht', 'er hangt een briefje'): a line named by its reason alone ('1 t/m 7 januari: vakantie')
    only for the shop seen shut, not for a notice alone; none for a notice about stopping for good or a sale ('een
    briefje over pensioen') nor a shutter seen open. ('', '') else."""
    if not CLOSED_SEEN.search(text) or notice_down(text):
        return "", ""
    # a month the comment names ('zat weken dicht in januari') is when it was seen shut: a closing in that month
    named = [m for m in MONTH_NAMES if re.search(rf"\b{m}\b", normalise(text))]
    if named:
        entries = [(w, v) for w, v in entries if any(re.search(rf"\b{m}\b", normalise(f"{w} {v}")) for m in named)]
    return closing_period(entries, bare=SHUT_SEEN.search(text) is not None)
