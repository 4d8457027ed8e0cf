"""A rumour that the business is closed a long time ('na nieuwjaar een hele maand dicht', 'in januari wekenlang
toe'), when the profile's holidays name a shorter closing of several days then: those days, as the profile says
them ('1 tot en met 5 januari dicht (winterstop), 6 januari weer open'), in place of a slot for the facts. The words
for a long time are resources/draft_cues.toml ``long_span``."""

from __future__ import annotations

import re

from app.domain.draft_asked import TIMES
from app.domain.draft_calendar import DayLine, calendar
from app.domain.draft_cues import closed_said, draft_cues
from app.domain.draft_fact_words import week_days
from app.domain.draft_span_open import feast_dates, feasts_in, line_days
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES, MONTH_WORDS

# 'vanaf de Zwarte Cross tot eind augustus', 'van kerst tot half januari', 'vanaf 15 juli tot en met september':
# a span from a feast, a date or a day line of the profile's own to a point in a month (its start, middle or end)
_TO_MONTH = re.compile(
    r"\bvan(?:af)?\s+(?P<a>[\w-]+(?:\s+[\w-]+){0,3}?)\s+tot\s+(?:en\s+met\s+)?"
    r"(?:(?P<deel>begin|half|halfweg|midden|medio|eind|einde)\s+)?(?P<maand>" + MONTH_WORDS + r")\b",
    re.I,
)
# the day of the month each point stands for (a month counted as 31 days, as in draft_span_open)
_POINT_DAY = {"begin": 1, "half": 15, "halfweg": 15, "midden": 15, "medio": 15, "eind": 31, "einde": 31}


def span_to_month(text: str, profile: BusinessProfile) -> tuple[int, ...]:
    """The days (as draft_span_open ordinals) of a span a rumour names from a feast, a date or one of the profile's
    own holiday lines by its name ('vanaf de Zwarte Cross' ~ 'Zwarte Cross: vr 18 en za 19 juli open') to a point in
    a month ('tot eind augustus'); () when it names none or its start is no day known."""
    for found in _TO_MONTH.finditer(text):
        start = feast_dates(found.group("a")) or line_days(found.group("a"))
        words = set(normalise(found.group("a")).split())
        lines = [line for line in calendar(profile.holiday_entries()) if line.aliases & words]
        start = start or (sorted(lines[0].days) if lines and lines[0].days else [])
        if not start:
            continue
        month = MONTH_NAMES.index(found.group("maand").lower())
        whole = found.group("deel") is None and "met" in found.group(0).lower().split()  # 'tot en met september'
        end = month * 31 + (31 if whole else _POINT_DAY.get((found.group("deel") or "begin").lower(), 1))
        return tuple((start[0] + i - 1) % (12 * 31) + 1 for i in range((end - start[0]) % (12 * 31) + 1))
    return ()


def _rumoured_days(text: str) -> int:
    """How many days the rumour says the business is closed: 0 when it says no long closing in the clause of a
    closed word ('Wij waren heel januari op reis, en nu hoor ik dat jullie op maandag gesloten zijn' is none); a
    whole month named ('heel januari') counts as draft_cues.toml ``long_span_days`` 'maand'."""
    cues, months = draft_cues(), MONTH_WORDS
    whole = rf"{cues.month_whole.pattern}\s+(?:de\s+maand\s+|(?:of\s+)?)(?:{months})\b"  # 'heel januari', 'all of'
    if any(_with_shut(text, m) for m in re.finditer(whole, text, re.I)):
        return next((days for unit, days in cues.long_span_days if unit == "maand"), cues.long_span_other_days)
    found = next((m for m in cues.long_span.finditer(text) if _with_shut(text, m)), None)
    if found is None:
        return 0
    said = normalise(found.group(0))
    # how long, by the unit it names ('een hele maand' ~ 28, 'weken' ~ 14): draft_cues.toml long_span_days
    return next((days for unit, days in cues.long_span_days if unit in said), cues.long_span_other_days)


def _with_shut(text: str, found: re.Match[str]) -> bool:
    """Whether this long time is the closing: its clause (up to a stop or comma) says closed too, or has no subject
    of the writer's own ('Iemand zei twee weken', not 'Wij waren heel januari op reis')."""
    start = max(text.rfind(mark, 0, found.start()) for mark in ".,;!?") + 1
    ends = [i for i in (text.find(mark, found.end()) for mark in ".,;!?") if i >= 0]
    end = min(ends, default=len(text))
    return closed_said(text, start, end) or draft_cues().writer_self.search(text, start, end) is None


def _months_meant(text: str) -> set[int]:
    """The months the rumour names, by name or by a feast in it and the month after ('na nieuwjaar' → January and
    February); empty when it names none."""
    words = normalise(text).split()
    months = {MONTH_NAMES.index(w) for w in words if w in MONTH_NAMES}  # 0 for January
    for i in range(len(words)):
        for day in feast_dates(" ".join(words[i : i + 3]))[:1]:
            months |= {(day - 1) // 31, ((day - 1) // 31 + 1) % 12}
    return months


def _feast_days(text: str) -> set[int]:
    """The days of the feasts the rumour names ('heel de kerstvakantie' → 24 December to 1 January)."""
    return {day for _, _, days in feasts_in(text) for day in days}


def long_closed_said(text: str, profile: BusinessProfile) -> tuple[str, bool]:
    """(the profile's closing days of several days that fall in the time the rumour names (or any, when it names
    none), with the open days of a feast it names ('24 december: 8:00–15:00'), joined; whether a closing of
    draft_cues.toml ``long_span_partly_days`` or more makes the rumour partly right). ('', False) when the text says
    no long closing, no such line is in the profile, or its closing is as long as the rumour says (the owner says)."""
    span = span_to_month(text, profile)  # 'vanaf de Zwarte Cross tot eind augustus dicht': as long as that
    wanted = (_rumoured_days(text) or len(span)) if closed_said(text) else 0
    months, feast, found, longest, ends = _months_meant(text), _feast_days(text), [], 0, []
    months |= {(d - 1) // 31 for d in span}
    feast |= set(span[:1]) | _start_line(text, profile, span)
    for line in calendar(profile.holiday_entries()) if wanted else ():
        days, shut = sorted(set(line.days)), line.kind == "closed"
        if len(days) > 1 and shut and (line.span or len(days) > 2):
            if months and not {(d - 1) // 31 for d in days} & months:
                continue
            longest = max(longest, len(days))
        elif not (days and set(days) <= feast and (shut or TIMES.search(line.value))):
            continue  # neither a long closing nor a day of the feast named ('24 december: 8:00–15:00')
        found.append(_said(line.written, line.value.rstrip(".")))
        ends.append(days[-1])
    if not longest or longest >= wanted:
        return "", False
    # 'vanaf vrijdag 14 april: weer open' right after a closing found: the day the writer can come again
    found += [_said(line.written, line.value.rstrip(".")) for line in _reopening(profile, ends)]
    return "; ".join(found), longest >= draft_cues().long_span_partly_days


# A line that says the business opens again ('vanaf vrijdag 14 april: weer open', 'terug open op 2 januari').
_AGAIN_OPEN = re.compile(r"\b(?:weer|terug|opnieuw)\s+open\b", re.I)


def _reopening(profile: BusinessProfile, ends: list[int]) -> list[DayLine]:
    """The profile's lines that say the business opens again on the day after one of the closings ``ends``."""
    after = {end % (12 * 31) + 1 for end in ends}
    return [
        line
        for line in calendar(profile.holiday_entries())
        if line.days and min(line.days) in after and _AGAIN_OPEN.search(f"{line.written} {line.value}")
    ]


def _start_line(text: str, profile: BusinessProfile, span: tuple[int, ...]) -> set[int]:
    """The days of the profile's holiday line the span starts on ('vanaf de Zwarte Cross' ~ 'vr 18 en za 19 juli
    open vanaf 6:00, zo 20 juli 8:00–11:00'), so its hours are said with the closing; empty without a span."""
    lines = calendar(profile.holiday_entries()) if span else ()
    return next((set(line.days) for line in lines if span[0] in line.days), set())


def _said(written: str, value: str) -> str:
    """'1 t/m 7 januari gesloten (verlof)', 'jaarlijks verlof (6 t/m 20 januari)', '24 december: 8:00–15:00'."""
    if not value:  # 'Paasmaandag 10 april tot en met donderdag 13 april gesloten (kort verlof)': a whole line
        return written
    if draft_cues().shut.match(value) or _AGAIN_OPEN.match(value):  # '... 13 april gesloten', 'vanaf ... weer open'
        return f"{written} {value}"
    return f"{written}: {value}" if line_days(written) else f"{written} ({value})"


def long_closed(text: str, profile: BusinessProfile) -> str:
    """The days of long_closed_said."""
    return long_closed_said(text, profile)[0]


# A rumour that the business or its kitchen closes early, at a clock time ('de keuken sluit daar al om 20u', 'de
# winkel is om 17 uur al dicht'): the hour in 'uur' and 'min'.
_CLOSES_AT = re.compile(
    r"\b(?:sluit|sluiten|dicht|toe)\b[^.!?,]{0,20}?\bom\s+(?P<uur>\d{1,2})(?:[:.u](?P<min>\d{2}))?\s*(?:u|uur|h)?\b"
    r"|\bom\s+(?P<uur2>\d{1,2})(?:[:.u](?P<min2>\d{2}))?\s*(?:u|uur|h)?\s+(?:al\s+|nu\s+|daar\s+)*(?:dicht|toe|gesloten)\b",
    re.I,
)
_KITCHEN = re.compile(r"\bkeuken\b(?P<times>[^)]*)", re.I)
_ENDS = re.compile(r"[–-]\s*(\d{1,2})[:.](\d{2})")


def _minutes(hour: str, minute: str | None) -> int:
    at = int(hour) * 60 + int(minute or 0)
    return at + 24 * 60 if at < 6 * 60 else at  # 'tot 1:00': after midnight


def closes_later(text: str, hours: str) -> dict[str, str]:
    """{onderwerp, waarde} for a rumour that the business or its kitchen closes at a clock time ('de keuken sluit
    daar al om 20u') when the opening hours close later every day they name ('keuken 12:00–14:00 en 18:00–21:30' →
    'de keuken', '21:30'); {} for another rumour, one that names a weekday, or hours that close that early on some
    day."""
    said = _CLOSES_AT.search(text)
    if said is None or any(re.search(rf"\b{day}", text, re.I) for day in week_days()):
        return {}  # 'op zaterdag al om 12 uur dicht': that day's hours answer it (draft_rumour.py)
    claimed = _minutes(said.group("uur") or said.group("uur2"), said.group("min") or said.group("min2"))
    kitchen = _KITCHEN.search(hours) if re.search(r"\bkeuken\b", text, re.I) else None
    if re.search(r"\bkeuken\b", text, re.I) and kitchen is None:
        return {}  # the kitchen's hours are not said: the shop's hours do not refute it
    parts = [kitchen.group("times")] if kitchen else re.split(r"[,;]", re.sub(r"\([^)]*\)", "", hours))
    last = [max(_ENDS.findall(p), key=lambda t: _minutes(*t)) for p in parts if _ENDS.search(p)]
    if not last or any(_minutes(*t) <= claimed for t in last):
        return {}
    latest = max(last, key=lambda t: _minutes(*t))
    return {"onderwerp": "de keuken" if kitchen else "de zaak", "waarde": f"{int(latest[0])}:{latest[1]}"}
