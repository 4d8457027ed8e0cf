"""A profile's holiday lines read: their name ('bouwverlof', 'Nieuwjaar za 1 januari'), their range of days
('21 juli t/m 4 augustus', dates in full), and whether they say the business is closed then."""

from __future__ import annotations

import re
from itertools import pairwise

from app.domain.draft_dated_lines import A_WEEKDAY
from app.domain.draft_day_exceptions import without_exceptions
from app.domain.draft_days import CLOSED_SAID, CLOSED_SAID_WORDS
from app.domain.draft_fact_words import WEEKDAY, fact_words
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.textnorm import normalise
from app.domain.words import MONTH_WORDS, alternation

# Days that share their month: '24 en 31 december', '2 tot en met 9 januari', '6-27 januari', 'ma 14 t/m di 29 januari'.
# 'eerste en tweede kerstdag': two feast days that share their name
_SHARED_FEAST = re.compile(r"\b(eerste|tweede|1ste|2de|1e|2e)\s+en\s+(eerste|tweede|1ste|2de|1e|2e)\s+(\w+dag)\b", re.I)
_SHARED_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?=\s*(?:en|&|,|/|t/m|tot en met|tot|[–-])\s*(?:{A_WEEKDAY}\s+)?\d{{1,2}}\s+({MONTH_WORDS})\b)",
    re.I,
)
# ... also with a short weekday before the second day: 'di 1 t/m ma 7 januari' (a closing a rumour is answered with)
_SHARED_MONTH_SHORT = re.compile(
    rf"\b(\d{{1,2}})(?=\s*(?:en|&|,|/|t/m|tot en met|tot|[–-])\s*(?:{A_WEEKDAY}\s*)?\d{{1,2}}\s+({MONTH_WORDS})\b)",
    re.I,
)


def spelled_days(day: str, *, short_weekdays: bool = False) -> str:
    """A profile's holiday line with every date in full: '24 en 31 december' → '24 december en 31
    december', '2 tot en met 9 januari' → '2 januari tot en met 9 januari' (``short_weekdays``: also 'di 1 t/m ma 7
    januari' → 'di 1 januari t/m ma 7 januari')."""
    day = _SHARED_FEAST.sub(lambda m: f"{m.group(1)} {m.group(3)} en {m.group(2)} {m.group(3)}", day)
    shared = _SHARED_MONTH_SHORT if short_weekdays else _SHARED_MONTH
    return shared.sub(lambda m: f"{m.group(1)} {m.group(2)}", day)


# 'maandag 3 november': a date with its weekday before it is one day
# (short too before its date: 'ma 27 december t/m ma 3 januari')
_DAY_WORD = rf"(?:(?:{A_WEEKDAY}\s+)?\d{{1,2}}\s+(?:{MONTH_WORDS})|{WEEKDAY})"
# A range of days in a holiday line: '25 december tot en met 2 januari', 'zaterdag t/m dinsdag'.
_SPAN = re.compile(rf"(?:\bvan\s+)?(?P<span>{_DAY_WORD}\s*(?:t/m|tot en met|tot|[–-])\s*{_DAY_WORD})", re.I)

# A finite verb of being closed ('de salon is', 'we zijn', 'blijft'): a note with one is the line's own sentence.
_SAYS_CLOSED_BY = re.compile(r"\b(?:is|zijn|ben|bent|blijft|blijven|blijf|gaat|gaan)\b", re.I)

_SHOWN = re.compile(
    rf"(?:(?:{A_WEEKDAY}\s+)?\d{{1,2}}(?:\s+(?:{MONTH_WORDS}))?|{_DAY_WORD})"
    rf"\s*(?:t/m|tot en met|tot|[–-])\s*{_DAY_WORD}",
    re.I,
)


def entry_span(written: str, value: str, *, short_weekdays: bool = False) -> tuple[str, str, str]:
    """(name, days, note) of a holiday line that spans days: 'bouwverlof (21 juli t/m 4 augustus)' →
    ('bouwverlof', '21 juli t/m 4 augustus', ''); 'kerstvakantie' with 'gesloten van 25 december tot en
    met 2 januari' → ('kerstvakantie', '25 december tot en met 2 januari', ''); '27 december t/m 2
    januari' with 'vakantie, dicht' → ('', '27 december t/m 2 januari', 'vakantie'). The note is what
    the value says besides closed; ('', '', '') when neither part holds a range of days."""
    full = spelled_days(written, short_weekdays=short_weekdays)
    said = spelled_days(value, short_weekdays=short_weekdays)
    found = _SPAN.search(full)
    where = full if found else said
    found = found or _SPAN.search(said)
    if found is None:
        return "", "", ""
    name = (where[: found.start()] + where[found.end() :]) if where is full else full
    # the year left over from the days ('jaarlijkse sluiting 26 juli t/m 7 augustus 2027') is no part of the name
    name = re.sub(r"[()]|\b(?:19|20)\d{2}\b", " ", name).strip(" :,;-–")
    note = said if where is full else said[: found.start()] + said[found.end() :]
    note = CLOSED_SAID.sub(" ", note)
    # 'de bakkerij is dicht van ...': what is left is the sentence's subject and verb, no note of its own
    # ('de salon is, zonder vervanging' keeps 'zonder vervanging')
    # (a comma between digits is part of an amount: '€ 54,50')
    note = ", ".join(p for p in re.split(r"(?<!\d),|,(?!\d)", note) if p.strip() and not _SAYS_CLOSED_BY.search(p))
    # the days as the profile writes them: '1 tot en met 15 augustus'
    shown = _SHOWN.search(written if where is full else value)
    span = shown.group(0) if shown else found.group("span")
    # 'gesloten (jaarlijks verlof)': the note without its brackets, the reply puts its own around it
    note = re.sub(r"[()]", " ", note)
    return " ".join(name.split()), span, " ".join(note.split()).strip(" ,;.:")


def entry_name(written: str, value: str) -> str:
    """The name a profile gives a holiday line of its own ('bouwverlof', 'kerstvakantie',
    'jaarlijkse sluiting'), without its days; '' when the line is only a date."""
    name = entry_span(written, value)[0] or written
    # the date between brackets is no part of the name ('Dankdag (3 november)' is named 'Dankdag')
    name = re.sub(r"\(.*?\)", " ", name)
    if re.search(rf"\b(?:{MONTH_WORDS})\b", name, re.I):
        return ""  # '24 en 31 december' is dates, no name
    return " ".join(name.split()) if re.fullmatch(r"[^\W\d_][\w\s'-]{3,}", name.strip()) else ""


# Where the name a holiday line starts with ends: its weekday, short or long, or a date's number.
_LEAD_ENDS = re.compile(rf"\s+(?:{A_WEEKDAY}|\d)", re.I)


def entry_lead(written: str) -> str:
    """The name a holiday line starts with before its weekday or date ('Nieuwjaar za 1 januari' → 'Nieuwjaar',
    'Tweede kerstdag zondag 26 december' → 'Tweede kerstdag'); '' when it starts with a day or date itself or
    names nothing before it."""
    lead = _LEAD_ENDS.split(written, maxsplit=1)[0]
    lead = lead.strip(" ,:(")
    return lead if lead != written.strip() and re.fullmatch(r"[^\W\d_][\w\s'-]{3,}", lead) else ""


def closing_period(entries: list[tuple[str, str]], bare: bool = True) -> tuple[str, str]:
    """(name, days) of the first named holiday line of several days that the business is closed
    ('zomervakantie: 20 juli t/m 8 augustus dicht' → ('zomervakantie', '20 juli t/m 8 augustus')): what
    a sign on a closed door most likely says; a line named by its reason alone ('1 t/m 7 januari: vakantie') only
    when ``bare``. ('', '') when the profile has none."""
    return next((found for written, value in entries if (found := closing_span(written, value, bare))[0]), ("", ""))


def closing_span(written: str, value: str, bare: bool = True) -> tuple[str, str]:
    """(name, days) of one holiday line of several days that says the business is closed, named by its own name, by
    its reason ('wegens verlof'), or, when ``bare``, by its reason alone ('27 december t/m 1 januari: gesloten
    (winterstop)' → ('winterstop', '27 december t/m 1 januari')); ('', '') else."""
    name, span, note = entry_span(written, value, short_weekdays=True)
    # a line of days only, its reason in the value: '12 tot en met 17 april: gesloten wegens verlof' → 'verlof'
    name = name or (because.group(1) if (because := re.match(r"^wegens\s+(\w+)$", note, re.I)) else "")
    # ... or the reason alone: '1 t/m 7 januari: vakantie' → 'vakantie' (not 'gesloten', which names no reason)
    reason = normalise(note)
    name = name or (
        note.strip() if bare and reason in fact_words().closed_names and reason not in CLOSED_SAID_WORDS else ""
    )
    # 'Di 1 t/m ma 7 januari gesloten (vakantie)': the name without its 'gesloten' ('vakantie')
    name = " ".join(CLOSED_SAID.sub(" ", name).split()) or name
    name = "" if normalise(name) in CLOSED_SAID_WORDS else name  # 'Gesloten van za 1 t/m di 4 januari': no name
    return (name, span) if name and span and closed_line(written, value) else ("", "")


# The day a closed line opens again, to the end of its clause: ', weer open do 17 januari', '; terug open op 2 mei'.
_BACK_OPEN = re.compile(r"[,;]?\s*\b(?:weer|terug|opnieuw)\s+open\b[^,;.]*", re.I)


def closed_line(written: str, value: str) -> bool:
    """Whether a holiday line says the business is closed: 'dicht' or 'gesloten' in it, or a name that says so
    without hours ('jaarlijkse sluiting: 5 tot 22 januari', 'collectief verlof: 2 tot 16 januari'; the words of
    fact_words.toml closed_names), not a name with its own hours ('kerstvakantie: 10:00–14:00'), nor a period open
    but for one day ('herfstvakantie: gewoon open, behalve woensdag 1 november gesloten')."""
    rest = without_exceptions(value)
    if rest != value.strip().rstrip(".") and re.search(r"\bopen\b", rest, re.I):
        value = rest
    if CLOSED_SAID.search(f"{written} {value}"):
        return True
    # 'jaarlijkse sluiting: do 3 t/m wo 16 januari, weer open do 17 januari': the day it opens again is no hours
    value = _BACK_OPEN.sub("", value)
    # the name, or a value that names the closing ('2 t/m 14 januari: winterstop')
    name = normalise(f"{entry_span(written, value)[0] or written} {value}")
    if re.search(r"\d{1,2}[:.]\d{2}|\bopen\b", f"{written} {value}", re.I):
        return False
    # a holiday period kept with the usual hours ('paasvakantie (4–17 april): gewone openingsuren') is no closing
    usual = alternation(phrase_cues().open_as_ever, spaced=True)
    if re.search(rf"\b(?:{usual})\b", normalise(value)):
        return False
    return any(word in name for word in fact_words().closed_names)


def span_start(span: str) -> str:
    """The first day of a range: '21 juli t/m 4 augustus' → '21 juli', 'zaterdag t/m dinsdag' → 'zaterdag'."""
    found = re.match(_DAY_WORD, spelled_days(span).strip(), re.I)
    # its date without the weekday before it ('ma 27 december t/m ma 3 januari' → '27 december')
    return re.sub(rf"^{A_WEEKDAY}\s+(?=\d)", "", normalise(found.group(0)), flags=re.I) if found else ""


# A holiday line that says from when the business is open again ('vanaf dinsdag 26 augustus: terug open').
_FROM = re.compile(r"^\s*vanaf\s+(?P<day>.+?)\s*$", re.I)


def reopening(entries: list[tuple[str, str]], said: str) -> str:
    """The day from which the business is open again ('dinsdag 26 augustus') when the holiday line right after one
    that ``said`` holds says so ('Jaarlijks verlof van ... t/m maandag 25 augustus' then 'vanaf dinsdag 26 augustus
    terug open'); '' when none follows or ``said`` names that day already."""
    for (written, _), (after, value) in pairwise(entries):
        found = _FROM.match(after)
        if written.strip() and written.strip() in said and found and _BACK_OPEN.search(f" {value}"):
            return "" if found.group("day") in said else found.group("day")
    return ""
