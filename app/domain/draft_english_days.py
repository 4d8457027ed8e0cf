"""An English complaint that the business was closed on a day its opening hours say it is always closed, an
English question for a month outside the season a FAQ answer names or in which the business closes a while, and a
date an English comment names."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.domain.draft_calendar import lines_named
from app.domain.draft_days import closed_on, hours_on, left_out
from app.domain.draft_english_cues import ABOUT_HOURS
from app.domain.draft_english_words import EN_MONTHS, EN_SEASONS, english_dates
from app.domain.draft_fact_words import english_holiday, week_days
from app.domain.draft_month_closed import closed_in_month, english_span
from app.domain.draft_seasons import outside_season
from app.domain.draft_yes_lead import YES_LEAD, says_no
from app.domain.textnorm import sentences
from app.domain.words import MONTH_NAMES


def english_date(text: str) -> tuple[str, str]:
    """('11 November', '11 november'): the first date an English text names, in English and as the Dutch date a
    profile's holidays line uses; ('', '') when it names none ('may 5 of us come' is no date: May is written with
    its capital)."""
    for day, month in english_dates(text):
        return f"{day} {EN_MONTHS[month]}", f"{day} {MONTH_NAMES[month]}"
    return "", ""


def dated_line(text: str, entries: list[tuple[str, str]]) -> tuple[str, dict[str, str]] | None:
    """(line key, values) for an English question about opening on a date the profile's holidays hold ('Are you
    open on Tuesday the 15th?', 'open on Oct 16?' and 'di 15 t/m do 17 oktober: gesloten (vakantie)'), found by
    draft_calendar's resolver: 'closed_span' for a closed line of several days, 'holiday_closed' for one day; None
    when no asking sentence names such a date or the line cannot be put in English."""
    asking = " ".join(s for s in sentences(text) if ABOUT_HOURS.search(s))
    line = next((line for line, _ in lines_named(asking, entries, ways=("date",))), None) if asking else None
    if line is None or line.kind != "closed":
        return None
    said = english_span(re.sub(r"\s*:.*", "", line.written))
    if not said:
        return None
    return ("closed_span", {"waarde": said}) if len(line.days) > 1 else ("holiday_closed", {"feestdag": said})


def english_days_named(text: str) -> list[tuple[str, str]]:
    """(as written, the Dutch name) of each holiday and date an English text names: first those of a sentence that
    asks about opening ('Is your restaurant open on 1 January? And is there a kids' price for the Christmas menu?'
    asks about 1 January, not Christmas), in a sentence its holiday before its date; [] when it names none."""
    asking = [s for s in sentences(text) if ABOUT_HOURS.search(s)]
    found: list[tuple[str, str]] = []
    for part in (*asking, text):
        found += [day for day in (english_holiday(part), english_date(part)) if day[1] and day not in found]
    return found


# The writer found the business closed ('but it was closed?!', 'the door was shut', 'door locked').
_FOUND_CLOSED = re.compile(r"\b(?:closed|shut|locked)\b", re.I)


def closed_day(
    text: str, hours: str, english_week: tuple[str, ...], in_english: Callable[[str], str]
) -> tuple[str, dict[str, str]] | None:
    """(line key, values) for an English complaint that names one weekday on which the writer found the business
    closed ('walked to your café on Tuesday ..., but it was closed') when the opening hours say that day is closed:
    'closed_day_hours' with the hours in English, or 'closed_day' when they cannot be put in English; None when the
    writer found it open, names no or several weekdays, or the hours say that day is open."""
    if not hours.strip() or not _FOUND_CLOSED.search(text):
        return None
    named = {m.group(1).lower() for m in re.finditer(rf"\b({'|'.join(english_week)})s?\b", text, re.I)}
    if len(named) != 1:
        return None
    day = week_days()[english_week.index(named.pop())]
    if not (closed_on(hours, day) or left_out(hours, day)):
        return None
    # not 'always closed' when the hours open that day in a season too ('maandag gesloten. In juli en augustus ook op
    # maandag 13u–18u'), nor when the writer names the date: that date's line decides, not the weekday
    if hours.lower().count(day) > 1 or english_date(text)[0]:
        return None
    values = {"feestdag": f"{english_week[week_days().index(day)].capitalize()}s", "waarde": in_english(hours)}
    return ("closed_day_hours" if values["waarde"] else "closed_day"), values


# The door found shut without a booking ('door locked and nobody around', 'the shop was closed', 'found the door
# shut'): the place itself, not a part of it ('the kitchen was closed').
DOOR_SHUT = re.compile(
    r"\b(?:door|doors)\s+(?:was\s+|were\s+)?(?:(?:all|still|already)\s+)?(?:locked|shut|closed)\b"
    r"|\b(?:locked|closed|shut)\s+(?:front\s+)?doors?\b"
    r"|\b(?:the\s+(?:shop|store|bakery|salon|place|restaurant|workshop|studio)|you|it)\s+(?:was|were)\s+"
    r"(?:(?:all|completely|already|just|still)\s+)?(?:closed|locked|shut|dark)\b",
    re.I,
)
# The time the writer came, told with 'at' ('Came by at 11:50', 'at 3 pm'): minutes or am/pm, so no count.
_CAME_AT = re.compile(r"\bat\s+(?P<hour>\d{1,2})(?:[:.](?P<min>\d{2}))?\s*(?P<half>[ap]\.?m\.?)?(?![\w:.]\d)", re.I)
_RANGE = re.compile(r"(\d{1,2})[:.](\d{2})\s*[–-]\s*(\d{1,2})[:.](\d{2})")


def shut_on_open_day(
    text: str, hours: str, english_week: tuple[str, ...], in_english: Callable[[str], str]
) -> tuple[str, dict[str, str]] | None:
    """(line key, values) for an English complaint that the writer found the door shut on the one weekday it names
    while the opening hours say that day is open ('Came by at 11:50 on Sunday ..., door locked' and 'zo
    6.30–12.30'): 'shut_in_hours' with that day's hours when the time the writer came lies inside them, else
    'shut_day_hours' (the hours only: the writer may have come after closing); None when no door was found shut,
    no or several weekdays are named, the hours close that day or cannot be put in English."""
    if not hours.strip() or not DOOR_SHUT.search(text):
        return None
    named = {m.group(1).lower() for m in re.finditer(rf"\b({'|'.join(english_week)})s?\b", text, re.I)}
    if len(named) != 1:
        return None
    day = week_days()[english_week.index(named.pop())]
    if closed_on(hours, day) or left_out(hours, day):
        return None
    times = hours_on(hours, day).removeprefix(day).strip()
    said = in_english(times) if times else ""
    if not said:
        return None
    values = {"feestdag": english_week[week_days().index(day)].capitalize(), "waarde": said}
    came = _CAME_AT.search(text)
    if came is None or not (came.group("min") or came.group("half")):
        return "shut_day_hours", values
    hour, minute = int(came.group("hour")), int(came.group("min") or 0)
    if (came.group("half") or "").lower().startswith("p") and hour < 12:
        hour += 12
    at = hour * 60 + minute
    inside = any(int(a) * 60 + int(b) <= at < int(c) * 60 + int(d) for a, b, c, d in _RANGE.findall(times))
    return ("shut_in_hours" if inside else "shut_day_hours"), values


def season_outside(known: str, text: str) -> dict[str, str] | None:
    """The values for 'Sorry, not in October, ...: that runs until the end of September' when an English question
    names a month or season ('in late October') outside the season of the Dutch FAQ answer ('Ja, van Pasen tot eind
    september ...'); None otherwise, and when the answer says no already."""
    asked, last = outside_season(known, text)
    if not asked or says_no(known):
        return None
    when = f"the {EN_SEASONS[asked]}" if asked in EN_SEASONS else EN_MONTHS[MONTH_NAMES.index(asked)]
    return {
        "feestdag": when,
        "waarde": EN_MONTHS[MONTH_NAMES.index(last)],
        "antwoord": YES_LEAD.sub("", known).rstrip("."),
    }


def month_shut(entries: list[tuple[str, str]], text: str) -> str:
    """'Tuesday 17 July to Saturday 28 July': a closing period of the holiday lines (``entries``) in the month an
    English question names ('Are you open in July?'), in English; '' when none or it cannot be put in English."""
    return english_span(closed_in_month(entries, text))
