"""The opening hours for a part of the year: the months of a season or a month a writer names ('in de winter',
'in februari') and the part of the opening hours for a range of months that holds them."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import fact_words
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES, MONTH_WORDS
from app.domain.words import SEASON_MONTHS as _SEASON_MONTHS

_BOUNDED = re.compile(
    rf"\b(?:na|vanaf|per|tegen|tot|sinds|voor|vóór)\s+(?:(?:de|het|deze|dit|volgende|komende|eind|begin)\s+)*"
    rf"(?:{'|'.join((*MONTH_NAMES, *_SEASON_MONTHS))})\b"
)
# A part of the opening hours for a range of months: 'november–maart za–zo 10:00–16:00'.
_MONTHS_PART = re.compile(
    rf"^\s*({MONTH_WORDS})\s*(?:[–-]|t/m|tot en met|tot)\s*({MONTH_WORDS})\s*:?\s+(\S.*\d.*)$", re.I
)


def season_hours(hours: str, text: str) -> tuple[str, str, str]:
    """(first month, last month, hours) of the part of the opening hours for a range of months that holds the
    month or season a text names ('in februari', 'in de winter' ~ 'november–maart za–zo 10:00–16:00' →
    ('november', 'maart', 'za–zo 10:00–16:00')); ('', '', '') when the text names none or no part holds it."""
    # not a month that bounds a time ('na deze winter weg', 'vanaf maart geen verhuur meer'): the hours say
    # nothing of what comes then; nor a date ('op 3 februari')
    said = _BOUNDED.sub(" ", normalise(text))
    months = [m for m in MONTH_NAMES if re.search(rf"\b{m}\b", said) and not re.search(rf"\d\s*{m}\b", said)]
    for season, within in _SEASON_MONTHS.items():
        if re.search(rf"\b{season}\b", said):
            months += within
    if not months:
        return "", "", ""
    for part in re.split(r"[;\n]", hours):
        found = _MONTHS_PART.match(part)
        if found is None:
            continue
        first, last = (MONTH_NAMES.index(found.group(i).lower()) for i in (1, 2))
        inside = [
            first <= (at := MONTH_NAMES.index(m)) <= last if first <= last else (at >= first or at <= last)
            for m in months
        ]
        if all(inside):
            return found.group(1).lower(), found.group(2).lower(), found.group(3).strip()
    return "", "", ""


# A part of the opening hours that opens on one more day in some months: 'behalve in juli en augustus: dan ook op
# maandag open', 'in juli en augustus ook op zondag open'.
_MONTHS_MORE = re.compile(
    rf"\bin\s+(?P<months>(?:{MONTH_WORDS})(?:\s*(?:,|en)\s*(?:{MONTH_WORDS}))*)\s*:?\s*(?:dan\s+)?"
    rf"(?P<more>(?:ook|wel)\s+(?:op\s+)?(?P<day>[^\W\d_]+?)(?:en)?)\s+open\b"
    r"(?:\s*:?\s*(?:van\s+)?(?P<times>\d{1,2}[:.]\d{2}\s*(?:[–-]|tot)\s*\d{1,2}[:.]\d{2}))?",
    re.I,
)


def season_more(hours: str, text: str) -> tuple[str, str, str]:
    """('juli en augustus', 'ook op maandag', '') when the opening hours open on one more day in some months
    ('behalve in juli en augustus: dan ook op maandag open') and the text names that day and one of those months or
    their season ('op maandag toe, ook in de zomer'), with the times of that day when the hours give them ('ook op
    zondag open 8:00–12:00' → '8:00–12:00'); ('', '', '') otherwise: the day alone is answered by the week's hours."""
    asked, said = set(months_named(text)), normalise(text)
    for found in _MONTHS_MORE.finditer(hours):
        months = set(re.findall(MONTH_WORDS, found.group("months").lower()))
        day = found.group("day").lower()
        if day in fact_words().week and asked & months and re.search(rf"\b{day}", said):
            return found.group("months"), found.group("more"), found.group("times") or ""
    return "", "", ""


# A feast that starts or ends a season in a FAQ answer ('van Pasen tot eind september'), as the months it can
# fall in: the earliest counts for a start and the latest for an end, so a month is only outside when it surely is.
_FEAST_MONTHS = {
    "pasen": ("maart", "april"),
    "paasvakantie": ("maart", "april"),
    "pinksteren": ("mei", "juni"),
    "hemelvaart": ("april", "juni"),
    "kerst": ("december", "december"),
    "kerstmis": ("december", "december"),
}
_SPAN_WORD = rf"(?:{'|'.join((*MONTH_NAMES, *_FEAST_MONTHS))})"
# 'van Pasen tot eind september', 'van april tot en met oktober', 'mei–september', 'april t/m oktober'.
_SPAN = re.compile(
    rf"\b(?:van\s+|vanaf\s+)?(?:begin\s+|half\s+|midden\s+|eind\s+)?(?P<first>{_SPAN_WORD})\s*"
    rf"(?:[–-]|t/m|tot\s+en\s+met|tot)\s*(?:begin\s+|half\s+|midden\s+|eind\s+)?(?P<last>{_SPAN_WORD})\b"
)
# Seasons as an English writer names them ('in the summer'); 'fall' is left out, it is a common verb.
_ENGLISH_SEASONS = {"summer": "zomer", "spring": "lente", "autumn": "herfst"}


def months_named(text: str) -> list[str]:
    """The months (Dutch names, in the year's order) a text names as when something is ('in november', 'in late
    October', 'in okt', 'in de winter'); not a month that bounds a time ('vanaf maart') nor one of a date ('op 3
    februari')."""
    said = _said_months(text)
    months = {m for m in MONTH_NAMES if re.search(rf"\b{m}\b", said) and not re.search(rf"\d\s*{m}\b", said)}
    for season, within in _SEASON_MONTHS.items():
        if re.search(rf"\b{season}\b", said):
            months.update(within)
    return [m for m in MONTH_NAMES if m in months]


def season_named(text: str) -> str:
    """The season a text names ('in de winter', 'in the summer' → 'winter', 'zomer'), or ''."""
    said = _said_months(text)
    return next((s for s in _SEASON_MONTHS if re.search(rf"\b{s}\b", said)), "")


def _said_months(text: str) -> str:
    """A text normalised, with its months and seasons by their Dutch names ('late October' → 'late oktober'), without
    a month that bounds a time ('vanaf maart')."""
    said = normalise(text)
    for english, dutch in _ENGLISH_SEASONS.items():
        said = re.sub(rf"\b{english}\b", dutch, said)
    # a month's other name ('october', 'okt'); a short one ('jan' is a name too) only after a word of when
    for other, month in fact_words().month_words.items():
        when = "" if len(other) > 3 else r"(?:in|eind|einde|begin|half|midden|medio|tijdens|late|early|mid|during)\s+"
        said = re.sub(rf"\b({when}){re.escape(other)}\b", rf"\g<1>{month}", said)
    return _BOUNDED.sub(" ", said)


def answer_span(answer: str) -> tuple[int, int] | None:
    """(first, last) month index of the season the first part of a FAQ answer names ('Ja, van Pasen tot eind
    september verkopen we ijs' → (2, 8): a feast by the earliest and latest month it can fall in); None when the
    part before its first ';' names no such range."""
    found = _SPAN.search(answer.split(";", 1)[0].lower())
    if found is None:
        return None
    first, last = found.group("first"), found.group("last")
    start = MONTH_NAMES.index(_FEAST_MONTHS[first][0] if first in _FEAST_MONTHS else first)
    end = MONTH_NAMES.index(_FEAST_MONTHS[last][1] if last in _FEAST_MONTHS else last)
    return start, end


def outside_season(answer: str, text: str) -> tuple[str, str]:
    """(what the comment names, the season's last month) when every month a comment names ('in late October', 'in
    de winter') lies outside the season the FAQ answer names ('van Pasen tot eind september') → ('oktober',
    'september'), ('winter', 'september'); ('', '') when the comment names no month, the answer no season, or a
    month the season holds."""
    span = answer_span(answer)
    months = months_named(text) if span else []
    if span is None or not months:
        return "", ""
    start, end = span

    def inside(at: int) -> bool:
        return start <= at <= end if start <= end else (at >= start or at <= end)

    if any(inside(MONTH_NAMES.index(m)) for m in months):
        return "", ""
    return season_named(text) or months[0], MONTH_NAMES[end]


# A part of the opening hours that closes one weekday in a range of months: 'van november t/m maart op zondag
# gesloten', 'oktober–april maandag dicht'.
_MONTHS_DAY_SHUT = re.compile(
    rf"^\s*(?:van\s+)?(?P<first>{MONTH_WORDS})\s*(?:[–-]|t/m|tot en met|tot)\s*(?P<last>{MONTH_WORDS})\s*:?\s+"
    r"(?:op\s+|elke\s+)?(?P<day>[^\W\d_]+?dag)s?\s+(?:gesloten|dicht)\b",
    re.I,
)


def season_day_shut(hours: str, text: str) -> tuple[str, str, str, str]:
    """(first month, last month, weekday, the other parts of the hours) when the opening hours close only one weekday
    in a range of months ('van november t/m maart op zondag gesloten') and a text names a month or season in that
    range, bounded or not ('vanaf november tot het voorjaar dicht'): a rumour of a long closing then is set straight
    by that one day; ('', '', '', '') otherwise, or when the rest of the hours give no times."""
    said = normalise(text)
    months = {m for m in MONTH_NAMES if re.search(rf"\b{m}\b", said) and not re.search(rf"\d\s*{m}\b", said)}
    for season, within in _SEASON_MONTHS.items():
        if re.search(rf"\b{season}\b", said):
            months.update(within)
    parts = [p.strip() for p in re.split(r"[;\n]", hours) if p.strip()]
    for part in parts if months else ():
        found = _MONTHS_DAY_SHUT.match(part)
        if found is None:
            continue
        first, last = (MONTH_NAMES.index(found.group(g).lower()) for g in ("first", "last"))
        at = [MONTH_NAMES.index(m) for m in months]
        inside = [first <= a <= last if first <= last else (a >= first or a <= last) for a in at]
        day = found.group("day").lower()
        # the hours of the other days: no part with months in it, nor one of the closed day ('zo 10.00–17.00')
        rest = [
            p
            for p in parts
            if p != part
            and not re.search(MONTH_WORDS, p, re.I)
            and not re.search(rf"\b(?:{day}|{day[:2]})\b", p, re.I)
            and re.search(r"\d", p)
        ]
        if any(inside) and rest:
            return found.group("first").lower(), found.group("last").lower(), day, "; ".join(rest)
    return "", "", "", ""
