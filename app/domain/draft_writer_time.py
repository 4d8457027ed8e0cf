"""When the writer can come and until when the shop is open: times as people write them ('pas rond half vier',
'ik werk tot zes uur') and the latest closing time of the opening hours."""

from __future__ import annotations

import re

from app.domain.draft_days import hours_on
from app.domain.draft_fact_words import week_days
from app.domain.words import HOUR_WORDS

# The time one day's hours end with ('za 7:00–16:00', 'do tot 21:00'), as written: group 1 ('16:00').
CLOSES_AT = re.compile(r"(?:[–-]|\btot)\s*(\d{1,2}[:.]\d{2})\s*$")
# ... as its hour and minutes, groups 1 and 2, to reckon with: no space after the dash ('7:00–16:00').
DAY_END = re.compile(r"(?:[–-]|\btot\s+)(\d{1,2})[:.](\d{2})\s*$")

_HOUR_WORDS = dict(zip(HOUR_WORDS, range(1, 13), strict=True))
_HOUR = rf"(?:\d{{1,2}}|{'|'.join(_HOUR_WORDS)})"
# When the writer can come: 'pas rond half vier', 'om kwart over 5', 'pas na 16:30', 'tegen 4 uur'.
_WRITER_TIME = re.compile(
    rf"\b(?:pas|rond|om|na|tegen|niet voor|niet vóór)\s+(?:rond\s+|om\s+|een\s+uur\s+of\s+)?"
    rf"(?P<said>(?P<part>half|kwart over|kwart voor)?\s*(?P<hour>{_HOUR})(?:[:.](?P<min>\d{{2}}))?(?:\s*(?:uur|u)\b)?)",
    re.I,
)


def writer_time(text: str) -> tuple[str, int]:
    """(as written, minutes after midnight) of the time a writer says they can come ('pas rond half
    vier' → ('half vier', 930)); a shop's afternoon: an hour before 7 is after noon. ('', -1) when none."""
    found = _WRITER_TIME.search(text)
    if found is None:
        return "", -1
    return " ".join(found.group("said").split()), _minutes(found)


def _minutes(found: re.Match[str]) -> int:
    """Minutes after midnight of a time found with groups hour, min and part ('half vier' → 930); -1 if no time."""
    hour_said = found.group("hour").lower()
    hour = int(hour_said) if hour_said.isdigit() else _HOUR_WORDS[hour_said]
    part = (found.group("part") or "").lower()
    minutes = int(found.group("min") or 0)
    if part == "half":
        hour, minutes = hour - 1, 30
    elif part == "kwart over":
        minutes = 15
    elif part == "kwart voor":
        hour, minutes = hour - 1, 45
    if hour > 23 or minutes > 59:
        return -1
    hour = hour + 12 if hour < 7 else hour
    return hour * 60 + minutes


# Until when the writer works, so they are free after: 'ik werk tot 18:00', 'ik sta tot zes uur in de winkel'.
_WORKS_UNTIL = re.compile(
    rf"\b(?:werk|werkt|werken|sta|zit|ben)\b[^.?!]{{0,30}}?\btot\s+(?:ongeveer\s+|rond\s+)?"
    rf"(?P<said>(?P<part>half|kwart over|kwart voor)?\s*(?P<hour>{_HOUR})(?:[:.](?P<min>\d{{2}}))?(?:\s*(?:uur|u)\b)?)",
    re.I,
)


def free_from(text: str) -> int:
    """Minutes after midnight from when the writer can come: after work ('ik werk tot 18:00' → 1080) or the
    time they say they can come ('pas na half zes'); -1 when they say none."""
    found = _WORKS_UNTIL.search(text)
    if found is not None:
        return _minutes(found)
    said = writer_time(text)[1]
    # 'ik kan alleen 's avonds', 'pas na het werk': from six in the evening
    return said if said >= 0 or not _EVENINGS.search(text) else 18 * 60


# When the writer can only come in the evening: 'alleen 's avonds', 'na mijn werk', 'na werktijd'; or would
# rather ('liefst op een avond', 'bij voorkeur 's avonds') or works in the day ('want ik werk overdag').
_EVENINGS = re.compile(
    r"(?:\b(?:alleen|enkel|pas|maar)\s+(?:'s\s*avonds|savonds|in\s+de\s+avond|na\s+(?:het|mijn|m'n|ons)\s+werk)"
    r"|\b(?:liefst|liefste|bij\s+voorkeur|het\s+liefst)\s+(?:op\s+een\s+avond|'s\s*avonds|savonds|in\s+de\s+avond)"
    r"|\b(?:werk|werken|werkt)\s+(?:zelf\s+|allebei\s+|zelf\s+ook\s+)?overdag\b"
    r"|\bna\s+werktijd\b|\bna\s+(?:mijn|m'n)\s+werk\b)",
    re.I,
)


def open_later(hours: str, after: int) -> tuple[list[str], str]:
    """(the weekdays, their closing time as written) that close latest, when that is after ``after`` and
    not every open day does: 'di–vr 9:00–18:00, do tot 20:30' and 18:00 → (['donderdag'], '20:30');
    ([], '') otherwise."""
    closing: dict[str, tuple[int, str]] = {}
    for day in week_days():
        times = hours_on(hours, day)
        end = DAY_END.search(times)
        start = re.search(r"(\d{1,2})[:.](\d{2})\s*[–-]", times)
        if end:
            minutes = int(end.group(1)) * 60 + int(end.group(2))
            if start and minutes <= int(start.group(1)) * 60 + int(start.group(2)):
                minutes += 24 * 60  # 'vr–za 12:00–01:00' closes after midnight
            closing[day] = (minutes, f"{end.group(1)}:{end.group(2)}")
    late = [day for day, (end, _) in closing.items() if end > after]
    if after < 0 or not late or len(late) == len(closing):
        return [], ""
    latest = max(closing[day][0] for day in late)
    days = [day for day in late if closing[day][0] == latest]
    return days, closing[days[0]][1]


# A holiday line that opens later on some days: 'Vanaf dinsdag 1 april op dinsdag en donderdag open tot 20.00
# (lente-avondopening)' → the days it names (group head) and its time (group time).
_OPEN_UNTIL = re.compile(
    r"(?P<head>[^.;:]*?\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)s?\b[^.;:]*?)\s+"
    r"(?:ook\s+)?(?:open|geopend)\s+tot\s+(?P<time>\d{1,2}[:.]\d{2})\b",
    re.I,
)


def open_later_line(holidays: str, after: int) -> tuple[str, str]:
    """(the days, the time) of a holiday line that keeps the shop open later than ``after`` on some days ('Vanaf
    dinsdag 1 april op dinsdag en donderdag open tot 20.00' and 18:30 → ('Vanaf dinsdag 1 april op dinsdag en
    donderdag', '20.00')); ('', '') when none does or no time is said."""
    if after < 0:
        return "", ""
    for found in _OPEN_UNTIL.finditer(holidays):
        hour, minutes = re.split(r"[:.]", found.group("time"))
        if int(hour) * 60 + int(minutes) > after and not re.search(r"\bgesloten\b|\bdicht\b", found.group("head")):
            head = " ".join(found.group("head").split())
            return head[:1].upper() + head[1:], found.group("time")
    return "", ""


def later_until(hours: str, holidays: str, after: int) -> str:
    """The time a shop open later than ``after`` closes on its late days, from the opening hours or else a holiday
    line (:func:`open_later`, :func:`open_later_line`); '' when none."""
    return open_later(hours, after)[1] or open_later_line(holidays, after)[1]


def closing_minutes(hours: str) -> int:
    """The last closing time of an hours text ('open: 7:00–15:00' → 900); -1 when it names none."""
    ends = re.findall(r"(?:[–-]|\btot\s+)(\d{1,2})[:.](\d{2})", hours)
    return int(ends[-1][0]) * 60 + int(ends[-1][1]) if ends else -1


# The writer works in the day, when the business is open: 'ik werk in Leeuwarden', 'wij werken allebei', 'als
# werkende mama', 'werk ik tot vijf' (not 'jullie werken hard', 'het werk van Sanne').
_WORKS = re.compile(
    r"\b(?:ik|we|wij|allebei)\s+(?:zelf\s+|ook\s+|allebei\s+|fulltime\s+|voltijds\s+)*(?:werk|werken)\b"
    r"|\b(?:werk|werken)\s+(?:ik|we|wij)\b|\bwerkende\b|\bvoor\s+(?:mijn|m'n|ons)\s+werk\b",
    re.I,
)


def works_in_the_day(text: str) -> bool:
    """Whether the writer says they work ('ik werk in de stad', 'als werkende ouder'): hours that close before
    they are free are their point, and a day open later answers it."""
    return _WORKS.search(text) is not None
