"""Days and hours from the profile: the hours or the closed state of the one weekday a text names, and
holidays by their names ('tweede paasdag' is 'paasmaandag', '31 december' is 'oudejaarsdag')."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_dated_lines import A_WEEKDAY, spelled_weekdays
from app.domain.draft_fact_words import WEEKDAY, fact_words, week_days
from app.domain.draft_feast_days import between_names, feast_days_said
from app.domain.period_words import period_said
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES, MONTH_WORDS, stop_words

# A part of the opening hours for one day or a range of days: 'za 7:00–16:00', 'ma–vr 8:00–18:00'.
_HOURS_PART = re.compile(r"^([a-z]{2})[a-z]*\.?(?:\s*(?:[–-]|t/m)\s*([a-z]{2})[a-z]*\.?)?:?\s+(.*\d.*)$", re.IGNORECASE)


# The parts of opening hours: a list's items, and a sentence of its own ('zondag 6.30–13.00. Maandag gesloten.': the
# Sunday part ends at its full stop, so Sunday is open and Monday's 'gesloten' is no part of it).
_PARTS = re.compile(r"[,;\n]|\.\s+(?=[A-Z])")

# The words that say a day or a holiday line is closed ('zo: gesloten', 'maandag dicht'); alone they name no reason
# for the closing ('25 en 26 december: gesloten' is no holiday of its own).
CLOSED_SAID_WORDS = frozenset({"dicht", "gesloten"})
CLOSED_SAID = re.compile(rf"\b(?:{'|'.join(sorted(CLOSED_SAID_WORDS))})\b", re.I)


def hours_on(hours: str, said: str) -> str:
    """The opening hours for the one weekday a text names ('op zaterdag al om 12 uur dicht'), with the
    times as the profile writes them: 'zaterdag 7:00–16:00'. A part for that day alone ('do tot 20:00')
    beats a range of days; '' when the text names no weekday, more than one, or the hours have none."""
    week = week_days()
    text = normalise(said)
    named = [d for d in week if re.search(rf"\b{d}", text)]  # 'zaterdagavond', 'zaterdags'
    if len(named) != 1:
        return ""
    index, found, alone = week.index(named[0]), "", False
    shorts = [d[:2] for d in week]
    for part in _PARTS.split(_spread(hours)):
        match = _HOURS_PART.match(part.strip())
        if match is None or match.group(1).lower() not in shorts:
            continue
        first = shorts.index(match.group(1).lower())
        last = shorts.index(match.group(2).lower()) if match.group(2) and match.group(2).lower() in shorts else first
        covers = first <= index <= last if first <= last else (index >= first or index <= last)
        if covers and (not found or (first == last and not alone)):
            found, alone = match.group(3).strip(), first == last
    return f"{named[0]} {found}" if found else ""


def _spread(hours: str) -> str:
    """Opening hours with a list of days before one time said per day ('di, wo en vr 9:00–18:00' → 'di 9:00–18:00,
    wo 9:00–18:00, vr 9:00–18:00'), so no day reads the next one as its hours ('wo': 'en vr 9:00–18:00')."""
    day = rf"(?:{'|'.join((*week_days(), *(d[:2] for d in week_days())))})\.?"
    listed = re.compile(rf"\b(?P<days>(?:{day}\s*(?:,|\ben\b|&)\s*)+{day}):?\s+(?P<times>\d[^,;\n]*)", re.I)

    def each(m: re.Match[str]) -> str:
        days = [d for d in re.split(r"\s*(?:,|\ben\b|&)\s*", m.group("days")) if d]
        return ", ".join(f"{d} {m.group('times').strip()}" for d in days)

    return listed.sub(each, hours)


def day_terms(hours: str, said: str) -> str:
    """What the opening hours add to the hours of the one weekday a text names, up to the next day
    ('zondag 8:00–12:00, enkel verhuur, van april tot oktober' → 'enkel verhuur, van april tot oktober');
    '' when they add nothing, or the text names no weekday or more than one."""
    found = hours_on(hours, said)
    times = found.partition(" ")[2].strip()
    for part in re.split(r"[;\n]", hours) if times else ():
        pieces = [p.strip() for p in part.split(",")]
        at = next((i for i, p in enumerate(pieces) if (m := _HOURS_PART.match(p)) and m.group(3).strip() == times), -1)
        if at < 0:
            continue
        terms = []
        for piece in pieces[at + 1 :]:
            if _HOURS_PART.match(piece) or re.search(r"\d", piece):
                break  # the next day's hours
            terms.append(piece)
        return ", ".join(t for t in terms if t)
    return ""


def named_part(hours: str, text: str) -> tuple[str, str]:
    """('lunchhoek', 'di–za 11:30–14:30') for the part of the opening hours that a word before its days names
    ('...; lunchhoek di–za 11:30–14:30') when the text names that word too; ('', '') when none does."""
    said, week = normalise(text), week_days()
    for part in re.split(r"[,;\n]", hours):
        found = re.match(r"^\s*([^\W\d_][\w-]{3,})\s+(\S.*\d.*)$", part.strip())
        name = normalise(found.group(1)) if found else ""
        if found is None or name.startswith(tuple(week)) or name in stop_words():
            continue  # 'zaterdag 9:00–17:00', 'ook op zondag ...'
        if re.search(rf"\b{re.escape(name)}", said):
            return found.group(1), found.group(2).strip()
    return "", ""


# A question about until when one is open ('tot hoe laat', 'hoe laat gaan jullie dicht', 'wanneer sluiten jullie').
_ASKS_UNTIL = re.compile(
    r"\btot\s+(?:hoe\s+laat|wanneer)\b|\b(?:hoe\s+laat|wanneer)\b[^?.!]*\b(?:dicht|sluit\w*|gesloten|toe)\b"
    r"|\bhoe\s+lang\b[^?.!]*\b(?:open|geopend)\b",  # 'hoe lang zijn jullie donderdag open?'
    re.I,
)


def asks_until(question: str) -> bool:
    """Whether a question asks for the closing time ('hoe laat gaan jullie zaterdag dicht?', 'tot wanneer
    kan ik vrijdag terecht?'), not for the hours or whether one is open."""
    return bool(_ASKS_UNTIL.search(question))


def closed_on(hours: str, said: str) -> str:
    """The one weekday a text names when the opening hours say it is closed then ('zondag en maandag
    dicht', 'zo: gesloten'); '' otherwise."""
    week = week_days()
    text = normalise(said)
    named = [d for d in week if re.search(rf"\b{d}", text)]
    if len(named) != 1:
        return ""
    for part in _PARTS.split(hours):
        words = normalise(part).split()
        days = {w for w in words if w in week or (len(w) == 2 and any(d.startswith(w) for d in week))}
        if CLOSED_SAID.search(part) and (named[0] in days or named[0][:2] in days):
            return named[0]
    return ""


def left_out(hours: str, said: str) -> str:
    """The one weekday a text names when opening hours given per day leave it out ('wo–zo 17:00–22:00'
    and 'op maandag'); '' otherwise, and when the hours name that day in words of their own."""
    named = [d for d in week_days() if re.search(rf"\b{d}", normalise(said))]
    return named[0] if len(named) == 1 and _left_out(hours, named[0]) else ""


def _left_out(hours: str, day: str) -> bool:
    """Whether opening hours given per day leave a weekday out ('wo–zo 17:00–22:00' and 'maandag'):
    no part covers it and the hours do not name it otherwise ('za op afspraak')."""
    if re.search(r"\b(?:dagelijks|elke dag|iedere dag|7 dagen|zeven dagen)\b", hours, re.I):
        return False
    text = normalise(hours)
    if re.search(rf"\b{day[:2]}(?:\w*)?\b", text) and not _in_parts(hours, day):
        return False  # named, but not as a range with hours: the profile says something of its own
    parts = [m for m in (_HOURS_PART.match(p.strip()) for p in re.split(r"[,;\n]", hours)) if m]
    return bool(parts) and not hours_on(hours, day)


def _in_parts(hours: str, day: str) -> bool:
    """Whether a part of the hours with times starts or ends with the day ('ma 13:00–18:00', 'di–ma')."""
    for part in re.split(r"[,;\n]", hours):
        match = _HOURS_PART.match(part.strip())
        if match and day[:2] in {match.group(1).lower(), (match.group(2) or "").lower()}:
            return True
    return False


def holiday_names(holiday: str) -> set[str]:
    """'tweede paasdag' → {'tweede paasdag', '2e paasdag', '2de paasdag', 'paasmaandag'}."""
    name = normalise(holiday)
    names = {name}
    for word, short in (("eerste", "1"), ("tweede", "2")):
        for written in (f"{short}e ", f"{short}de ", f"{short}ste "):
            if name.startswith(written):  # '2e paasdag' is 'tweede paasdag'
                name = word + " " + name[len(written) :]
                names.add(name)
        if name.startswith(word + " "):
            rest = name[len(word) + 1 :]
            names |= {f"{short}e {rest}", f"{short}de {rest}", f"{short}ste {rest}"}
    extra = {"tweede paasdag": "paasmaandag", "tweede pinksterdag": "pinkstermaandag"}
    if name in extra:
        names.add(extra[name])
    if name.endswith("vakantie"):  # 'in de herfstvakantie' falls under 'in schoolvakanties'
        names |= {"schoolvakantie", "schoolvakanties"}
    # a season by its dates: 'met kerst' falls in '24 december tot en met 2 januari', and 'oud en
    # nieuw' is both 'oudejaarsdag' and 'nieuwjaarsdag'
    names |= _SEASON_DATES.get(name, set()) | between_names(name)  # 'tussen kerstmis en nieuwjaar'
    for group in fact_words().same_day:
        if names & group:
            names |= group
    return names | {n for b in names for n in between_names(b)}


def days_named(text: str) -> list[str]:
    """The fixed days and holidays a text names, in the order written: dates in words or in figures
    ('31/12' → '31 december') and the names of fact_words.toml 'same_day' and the seasons ('oud en nieuw', 'oudjaar',
    '2e kerstdag'); a date in figures only with a real day and month, not a share ('10/12 mensen');
    not a day after 'voor', which says what something is for or by when."""
    lower = " ".join(text.lower().replace("&", " en ").split())
    found: list[tuple[int, str]] = []
    for m in _FIGURES.finditer(lower):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append((m.start(), f"{day} {MONTH_NAMES[month - 1]}"))
    months = fact_words().month_words  # '15 oogst', '15 aug', '15 august': the month's Dutch name
    for m in re.finditer(rf"\b(\d{{1,2}})(?:e|de|ste)?\s+({'|'.join((*MONTH_NAMES, *months))})\b\.?", lower):
        found.append((m.start(), f"{int(m.group(1))} {months.get(m.group(2), m.group(2))}"))
    for start, end, name in feast_days_said(lower):  # 'de maandag na pasen' is tweede paasdag, not Pasen
        found.append((start, name))
        lower = lower[:start] + " " * (end - start) + lower[end:]
    names = {n for group in fact_words().same_day for n in group if not re.match(r"^\d+(?:\s+[a-z]{3}|-)", n)}
    names |= set(fact_words().feast_of)  # a day of a feast: 'carnavalsmaandag'
    for name in sorted(names | set(_SEASON_DATES), key=len, reverse=True):
        at = re.search(rf"(?<!\w){_spaced(name)}(?!\w)", lower)  # 'oud-en-nieuw' too
        if at and not any(name in other for _, other in found):
            found.append((at.start(), name))
    # 'oliebollen voor oud en nieuw', 'vóór 24 december bestellen': what it is for or a deadline, not that day
    # but a booking for a day is for that day: 'reserveren voor carnavalsmaandag', 'een afspraak voor 24 december'
    return [name for at, name in sorted(found) if not said_for(lower[:at])]


def said_for(before: str) -> bool:
    """Whether the words before a day say what something is for or by when ('oliebollen voor', 'bestellen vóór'),
    not a booking for that day ('reserveren voor')."""
    return bool(re.search(r"\b(?:voor|vóór)\s*$", before.lower())) and not _for_day(before.lower())


def _spaced(name: str) -> str:
    """A name as a pattern whose spaces may be written as hyphens ('oud-en-nieuw')."""
    return r"[\s-]+".join(re.escape(w) for w in name.split())


_BOOKED_FOR = re.compile(
    r"\b(?:reserveren|reserveer|reservering|boeken|boek|afspraak|afspraakje|tafel|tafeltje)\s+voor\s*$"
)


def _for_day(before: str) -> bool:
    """Whether the words before a day book something for that day ('kunnen we reserveren voor')."""
    return bool(_BOOKED_FOR.search(before))


# A date in figures: '31/12', '31-12' (not '31-12-2026' read twice, not '10/12 mensen').
_FIGURES = re.compile(r"(?<![\d/-])(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d]|\s*(?:personen|mensen|man|gasten)\b)")


# The dates of a season the writer names by name, so a profile's range of dates answers it.
_SEASON_DATES = {
    "kerst": {"25 december", "26 december"},
    "kerstmis": {"25 december", "26 december"},
    "kerstdagen": {"25 december", "26 december"},  # 'met de kerstdagen dicht'
    "oud en nieuw": {"31 december", "1 januari"},
    # the Christmas school holiday: the days from Christmas Eve to New Year's Day (a profile's
    # 'tussen kerst en oud en nieuw' or '24 december' answers it)
    # ... and the same days by another name for the whole season ('heel de kerstperiode dicht', Flemish
    # 'eindejaarsperiode')
    **dict.fromkeys(
        ("kerstvakantie", "kerstverlof", "kerstperiode", "kersttijd", "eindejaarsperiode"),
        {f"{d} december" for d in range(24, 32)} | {"1 januari"},
    ),
}


def holiday_preposition(holiday: str) -> str:
    """'met kerst', 'met Pasen', but 'op tweede paasdag', 'op Koningsdag'."""
    name = normalise(holiday)
    if name.startswith("tussen "):
        return ""  # 'tussen kerst en oud en nieuw' is its own preposition
    seasons = ("kerst", "kerstmis", "pasen", "pinksteren", "oud en nieuw", "carnaval", "sinterklaas", "de feestdagen")
    if re.fullmatch(rf"{WEEKDAY}\s+(?:na|voor)\s+\S.*", name):
        return "op de"  # 'op de vrijdag na Hemelvaart'
    if name in seasons or name == "feestdagen":
        return "met" if name != "feestdagen" else "tijdens"
    if name.endswith("verlof"):
        return "tijdens het"  # 'tijdens het bouwverlof'
    if name.endswith("feest"):
        return "tijdens het"  # 'het Suikerfeest', 'het Offerfeest'
    if name.endswith(("sluiting", "stop", "pauze", "feesten", "kermis", "week")):
        return "tijdens de"  # 'tijdens de zomersluiting', 'tijdens de Gentse Feesten'
    if name.startswith(("vakantie", "bouwvak")) or name.endswith("vakantie"):
        return "in de" if not name.startswith("de ") else "in"
    return "op"


# A time word that the opening hours answer: a weekday, a part of the day, a clock time.
_HOURS_TIME = re.compile(rf"{WEEKDAY}|weekend|ochtend|middag|avond|\d|\buur\b")


def about_hours(times: tuple[str, ...] | list[str]) -> bool:
    """Whether a time the writer names is one the opening hours speak of ('op zondag', 's avonds',
    'om 17 uur'), not when they saw or heard something ('gisteren', 'vorige week')."""
    return any(_HOURS_TIME.search(normalise(t)) and not re.match(r"gister", normalise(t)) for t in times)


# Holidays written with a capital in Dutch (the others, 'oudejaarsdag', 'tweede paasdag', are not).
_PROPER = frozenset(
    {
        *("koningsdag", "koninginnedag", "bevrijdingsdag", "hemelvaartsdag", "hemelvaart", "pasen", "pinksteren"),
        *("kerstmis", "allerheiligen", "allerzielen", "wapenstilstand", "sinterklaas", "carnaval"),
        *("onze-lieve-vrouw-hemelvaart", "onze lieve vrouw hemelvaart", "maria-hemelvaart", "maria hemelvaart"),
    }
)


def holiday_written(name: str) -> str:
    """A holiday name as Dutch writes it: 'allerheiligen' → 'Allerheiligen', 'maria hemelvaart' → 'Maria
    Hemelvaart', 'oudejaarsdag' stays."""
    around = re.fullmatch(r"(.+?\s+(?:na|voor)\s+)(\S.*)", name)
    if around and around.group(2).lower() in _PROPER:  # 'vrijdag na hemelvaart' → 'vrijdag na Hemelvaart'
        return around.group(1) + holiday_written(around.group(2))
    if name.lower() not in _PROPER:
        return name
    return re.sub(r"(?:^|(?<=[\s-]))\w", lambda m: m.group(0).upper(), name)


def profile_holiday(holiday: str, days: Iterable[str]) -> str:
    """The profile's own name for a holiday the writer named otherwise, in dialect or another language
    ('keningsdei' → 'Koningsdag'); the writer's name when the profile names that day by a date or not at all."""
    names = holiday_names(holiday) - {normalise(holiday)}
    # a line that gives the feast's days after its name: 'carnaval (zaterdag t/m dinsdag)' is 'carnaval'
    named = [re.sub(r"\s*\(.*\)\s*$", "", d.strip()) for d in days]
    # a line of named days with their dates: 'Pinksteren 1 juni en Pinkstermaandag 2 juni' names 'Pinkstermaandag'
    named += [
        part
        for d in named
        if DATE.search(d)
        for part in (DATE.sub("", p).strip(" ,") for p in re.split(r"\s+en\s+|[,/]", d))
        if part and not re.search(r"\d", part)
    ]
    return next((d for d in named if normalise(d) in names and not re.search(r"\d", d)), holiday)


# A weekday, short or long ('zo', 'Za.', 'zondag'), as holiday lines write it before a date.
# A holiday line that starts with its weekday and date ('Zo 26 december', 'Zondag 26 december').
_DAY_FIRST = re.compile(rf"^{A_WEEKDAY}\s+\d", re.I)


def holiday_values(holiday: str, profile: BusinessProfile) -> dict[str, str]:
    """The holiday's name as the profile writes it ('Koningsdag', not 'koningsdag' nor 'keningsdei'), with its
    preposition ('op Koningsdag'), for the reply's holiday lines."""
    said = " ".join([profile.holidays, profile.value("opening_hours"), *(f.question for f in profile.faq)])
    written = re.search(rf"(?<!\w){_spaced(holiday)}(?!\w)", said, re.I)
    if written and (" " not in written.group(0) and (written.group(0)[:1].isupper() or "-" in written.group(0))):
        # a one-word name ('Koningsdag'), also with a hyphen ('Sint-Maarten', 'elf-elf'); 'Tweede paasdag:' may open
        # a line
        holiday = written.group(0)
    holiday = holiday_written(profile_holiday(holiday, (d for d, _ in profile.holiday_entries())))
    if _DAY_FIRST.match(holiday):
        # a line's 'Zo 26 december' said inside a sentence, its weekday in full: 'op zondag 26 …'
        holiday = spelled_weekdays(holiday[:1].lower() + holiday[1:])
    # 'Zomervakantie 2035' inside a sentence: 'in de zomervakantie'
    holiday = re.sub(r"^(\w*vakantie)\s+\d{4}$", lambda m: m.group(1).lower(), holiday, flags=re.I)
    period = period_said(holiday)
    if period:
        holiday = period  # 'Juli en augustus 2035' said as a person says it: 'in juli en augustus'
    with_prep = f"{'in' if period else holiday_preposition(holiday)} {holiday}".strip()
    capital = with_prep[:1].upper() + with_prep[1:]
    return {"feestdag": with_prep, "feestdag_naam": holiday, "feestdag_hoofd": capital}


def is_season(name: str) -> bool:
    """Whether a holiday name spans more than one day ('oud en nieuw', 'Pinksteren', 'kerst')."""
    return normalise(name) in _SEASON_DATES


# Holidays that always fall on the same weekday.
_ON_WEEKDAY = {
    **dict.fromkeys(("paasmaandag", "tweede paasdag", "pinkstermaandag", "tweede pinksterdag"), "maandag"),
    **dict.fromkeys(("eerste paasdag", "pasen", "eerste pinksterdag", "pinksteren"), "zondag"),
    **dict.fromkeys(("hemelvaartsdag", "hemelvaart"), "donderdag"),
    "goede vrijdag": "vrijdag",
    "paaszaterdag": "zaterdag",
    "witte donderdag": "donderdag",
}
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def weekday_of(holiday: str) -> str:
    """The weekday a holiday always falls on ('2e paasdag' → 'maandag'), or the one weekday a text
    names ('donderdag 24 december'); '' when it varies by year or none is named."""
    names = holiday_names(holiday)
    fixed = next((_ON_WEEKDAY[n] for n in names if n in _ON_WEEKDAY), "")
    # also the weekday a feast's day is named after ('carnavalsmaandag')
    named = [d for d in week_days() if re.search(rf"{d}\b", normalise(holiday))]
    return fixed or (named[0] if len(named) == 1 else "")


def day_before(day: str) -> str:
    """The day before a date or weekday: '25 december' → '24 december', '1 januari' → '31 december',
    'maandag' → 'zondag'; '' for anything else."""
    week = week_days()
    name = normalise(day)
    if name in week:
        return week[week.index(name) - 1]
    found = re.fullmatch(rf"(\d{{1,2}})\s+({MONTH_WORDS})", name)
    if found is None:
        return ""
    date, month = int(found.group(1)), MONTH_NAMES.index(found.group(2))
    if date > 1:
        return f"{date - 1} {MONTH_NAMES[month]}"
    return f"{_MONTH_DAYS[month - 1]} {MONTH_NAMES[month - 1]}"


def day_after(day: str) -> str:
    """The day after a date or weekday: '11 november' → '12 november', '31 december' → '1 januari', 'maandag' →
    'dinsdag'; '' for anything else."""
    week = week_days()
    name = normalise(day)
    if name in week:
        return week[(week.index(name) + 1) % len(week)]
    found = re.fullmatch(rf"(\d{{1,2}})\s+({MONTH_WORDS})", name)
    if found is None:
        return ""
    date, month = int(found.group(1)), MONTH_NAMES.index(found.group(2))
    if date < _MONTH_DAYS[month]:
        return f"{date + 1} {MONTH_NAMES[month]}"
    return f"1 {MONTH_NAMES[(month + 1) % 12]}"


def open_day_before(hours: str, day: str) -> tuple[str, str]:
    """(weekday, its hours) of the last weekday before ``day`` that the opening hours say is open:
    ('zondag', 'wo–zo ...; maandag dicht') → ('zaterdag', '7:00–16:00'); ('', '') when none is."""
    week = week_days()
    before = day_before(day) if day in week else ""
    for _ in range(6):
        if not before:
            break
        times = hours_on(hours, before).removeprefix(before).strip()
        if times and not closed_on(hours, before) and not left_out(hours, before):
            return before, times
        before = day_before(before)
    return "", ""


# A date as a profile writes it: '27 december'.
DATE = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_WORDS})\b", re.I)


def names_in(names: set[str], day: str) -> bool:
    """Whether a normalised holiday line names one of the names; a date not inside another ('1 januari'
    is not in '21 januari')."""
    # each place it is said: '1 november en 11 november' names '1 november'
    return any(n in day and re.search(rf"(?<!\d){re.escape(n)}", day) for n in names)


def in_range(names: set[str], day: str) -> bool:
    """Whether a date among a holiday's names ('27 december') falls in a profile's range of days
    ('24 december t/m 1 januari'), also across the turn of the year."""
    ends = [(MONTH_NAMES.index(m.lower()), int(d)) for d, m in DATE.findall(day)]
    if len(ends) != 2:
        return False
    first, last = ends
    for name in names:
        found = DATE.fullmatch(name.strip())
        if found is None:
            continue
        when = (MONTH_NAMES.index(found.group(2).lower()), int(found.group(1)))
        if (first <= when <= last) if first <= last else (when >= first or when <= last):
            return True
    return False


def without_names(part: str, names: set[str]) -> str:
    """'tweede paasdag 11:00–16:00' → '11:00-16:00': what a part says about the day, without its name."""
    rest = part
    for n in sorted(names, key=len, reverse=True):
        rest = re.sub(rf"(?<!\w){re.escape(n)}(?!\w)", "", rest, flags=re.I)
    rest = re.sub(r"^\s*(?:in|tijdens|op|met)\s+", "", " ".join(rest.split()), flags=re.I)  # 'in schoolvakanties'
    return rest.strip(" :") or part.strip()


def days_said(days: list[str]) -> str:
    """'Op donderdag', 'Op donderdag en vrijdag', 'Van maandag tot en met donderdag' (days in week order)."""
    if len(days) <= 2:
        return f"Op {' en '.join(days)}"
    week = week_days()
    if [week.index(d) for d in days] == list(range(week.index(days[0]), week.index(days[-1]) + 1)):
        return f"Van {days[0]} tot en met {days[-1]}"
    return f"Op {', '.join(days[:-1])} en {days[-1]}"
