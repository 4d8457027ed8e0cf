"""English words for the Dutch profile: a short value word by word ('pinnen en contant' → 'debit card and
cash'), an opening hours line ('ma–vr 7:00–18:00' → 'Mon–Fri 7:00–18:00') and the English label of a profile
field ('toegankelijkheid' → 'wheelchair access'); '' whenever a word has no known English, so no Dutch is left in.
A value of several parts has the parts it can say in English apart from the prose it cannot (english_split)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from functools import lru_cache

from app.domain.draft_fact_words import fact_words, value_parts, week_days
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES, SHORT_WEEKDAYS
from app.resources import resource_path

EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def english_month(word: str) -> int:
    """The index of the month an English word names, in full or cut short ('November', 'nov', 'Sept' → 10, 10,
    8); -1 when it names none."""
    lower = word.lower().rstrip(".")
    return next((i for i, m in enumerate(EN_MONTHS) if len(lower) >= 3 and m.lower().startswith(lower)), -1)


# A date in English words: '11 November', 'the 11th of Nov', 'November 11th', 'Nov. 11'.
_MONTH_NAMES = sorted({*(m.lower() for m in EN_MONTHS), *(m[:3].lower() for m in EN_MONTHS), "sept"}, key=len)
_MONTH = rf"(?P<{{}}>(?i:{'|'.join(reversed(_MONTH_NAMES))}))\.?"
_DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.format('month')}"
    rf"|{_MONTH.format('month2')}\s+(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)(?!\w|[:.]\d)"
)


def english_dates(text: str) -> list[tuple[int, int]]:
    """(day, month index) of every date an English text names, in order ('15 October', 'Oct 15', 'the 15th of
    October'); 'may 5 of us come' is no date: May is written with its capital."""
    found = []
    for date in _DATE.finditer(text):
        written = date.group("month") or date.group("month2")
        month, day = english_month(written), int(date.group("day") or date.group("day2"))
        if month >= 0 and 1 <= day <= 31 and not (written.lower() == "may" and written[0] != "M"):
            found.append((day, month))
    return found


# A season's Dutch name (app/domain/draft_seasons.py) as said after 'in': 'the winter'.
EN_SEASONS = {"winter": "winter", "zomer": "summer", "lente": "spring", "voorjaar": "spring", "herfst": "autumn"}
EN_SEASONS |= {"najaar": "autumn"}
EN_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_SHORT_WEEK = tuple(d[:3].capitalize() for d in EN_WEEK)  # 'Mon', 'Tue', ...
# The words of a Dutch opening hours line and their English ('ma–vr 7:00–18:00, zondag dicht').
_HOURS_WORDS = {
    **dict(zip(SHORT_WEEKDAYS, _EN_SHORT_WEEK, strict=True)),
    **{f"{d}.": e for d, e in zip(SHORT_WEEKDAYS, _EN_SHORT_WEEK, strict=True)},
    **{"dicht": "closed", "gesloten": "closed", "en": "and", "tot": "until", "ook": "also", "lunch": "lunch"},
    **{"keuken": "kitchen", "t/m": "to", "van": "from", "dagelijks": "daily", "elke": "every", "dag": "day"},
    **{"uur": "", "op": "on", "afspraak": "appointment", "vanaf": "from", "s": "", "avonds": "evenings"},
    **dict(zip(MONTH_NAMES, EN_MONTHS, strict=True)),
}


# A Dutch unit said in the singular after a number ('vanaf 18 jaar') and its English plural ('from 18 years').
_COUNTED_PLURAL = {"jaar": "years"}


def english_words(value: str) -> str:
    """A short Dutch profile value in English, word by word by resources/synonyms.toml [english_words]
    ('pinnen, creditcard en contant' → 'debit card, credit card and cash'); '' when it holds a word the
    table does not know, so no Dutch is left in."""
    table = _english_table()
    out: list[str] = []
    skip: set[int] = set()
    words = re.findall(r"t/m\b|[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[:.,]\d+)*(?:\s*[–-]\s*\d+(?:[:.,]\d+)*)?|[^\w\s]", value)
    for i, word in enumerate(words):
        if not word[:1].isalpha():
            out.append(word)
        elif word.lower() == "t/m":
            out.append("to")  # 'van april t/m september' → 'from April to September'
        elif word.lower() == "tot" and [w.lower() for w in words[i + 1 : i + 3]] == ["en", "met"]:
            out.append("up to and including")  # 'tot en met 11 jaar', 'tot en met woensdag 24 maart'
            skip.update((i + 1, i + 2))
        elif i in skip:
            continue
        elif word.lower() == "tot" and i >= 2 and words[i - 2].lower() == "van":
            out.append("to")  # 'van 4 tot 12 jaar' → 'from 4 to 12 years'
        elif word.lower() == "tot" and _counted(words[i + 1 : i + 3]):
            out.append("up to")  # 'tot 40 personen': as many as that, not until a time ('tot 20:00', 'tot 18 uur')
        elif word.lower() == "met" and not _paid_by(words[i + 1 : i + 2], table):
            out.append("with")  # 'met groepen tot 30 personen' → 'with groups ...'; 'met de kaart' stays 'by card'
        elif word.lower() in _COUNTED_PLURAL and _many(words[i - 1] if i else ""):
            out.append(_COUNTED_PLURAL[word.lower()])  # '18 jaar' → '18 years'
        elif word.lower() in table:
            out.append(table[word.lower()])
        else:
            return ""
    return re.sub(r"\s+([,;:.)])|(\()\s+", r"\1\2", " ".join(w for w in out if w)).strip()


def _paid_by(after: list[str], table: dict[str, str]) -> bool:
    """Whether the word after 'met' is a way to pay ('met pin', 'met Payconiq'): 'by', not 'with'."""
    said = table.get(after[0].lower(), "") if after else ""
    return said.endswith(("card", "cards", "cash", "contactless")) or said in _PAY_NAMES


# Ways to pay by their name ('met Payconiq', 'met Apple Pay').
_PAY_NAMES = frozenset(
    {"Bancontact", "Payconiq", "Tikkie", "iDEAL", "Maestro", "Visa", "Mastercard", "Apple", "Google"}
)


def _many(word: str) -> bool:
    """Whether a word is a number other than one ('18', '4,5'): the unit after it is plural."""
    return bool(re.fullmatch(r"\d+(?:,\d+)?", word)) and word != "1"


def _counted(after: list[str]) -> bool:
    """Whether the words after 'tot' count things ('40 personen'), not a time ('18 uur', '20:00')."""
    units = fact_words().time_units
    if after[:1] == ["€"] or after[1:2] == ["jaar"]:  # 'contant tot € 200', 'tot 4 jaar': an amount or an age, up to
        return True
    return len(after) == 2 and after[0].isdigit() and after[1][:1].isalpha() and after[1].lower() not in units


def with_phone(english: str, phone: str) -> str:
    """``english`` with the profile's number where it says to book or call by phone ('book by phone' → 'book by phone
    on 016-58 27 14'): the writer can do it then; as it is when it gives the number already ('by phone on
    016-582714', its digits in any grouping) or 'by phone' is followed by 'on' or 'at'."""
    digits = re.sub(r"\D", "", phone)
    if not digits or digits in re.sub(r"\D", "", english) or re.search(r"\bby phone\s+(?:on|at)\b", english, re.I):
        return english
    return re.sub(r"\bby phone\b", f"by phone on {phone.strip()}", english, count=1)


def english_clauses(value: str) -> str:
    """``value`` in English (english_words); when a part after a ';' holds a word the table does not know, the
    parts that it does know ('pinnen, contant en creditcard; nieuwe e-bikes vanaf € 1.000 ook in termijnen' →
    'debit card, cash and credit card'), unless a part left out says what is not so ('geen creditcard'); ''
    when nothing can be said in English without dropping such a part."""
    whole = english_words(value)
    if whole or ";" not in value:
        return whole
    parts = value_parts(value)
    said = [english_words(p) for p, _ in parts]
    left_out = [(p, no) for (p, no), e in zip(parts, said, strict=True) if not e]
    only = fact_words().only_words  # 'alleen op afspraak' limits what is so
    # nor a part with a number: a price, a date, an age or a time is a fact the writer may need ('€ 25 per persoon;
    # wie tot 14 dagen van tevoren annuleert, ...'), kept in the profile's words (english_split)
    if not said[0] or any(no or only & set(normalise(p).split()) or re.search(r"\d", p) for p, no in left_out):
        return ""
    return "; ".join(e for e in said if e)


# Where a profile value's parts end: a ';' or the end of a sentence ('... € 35 per dag. Reserveren via de website').
_PART_ENDS = re.compile(r";\s*|\.\s+(?=[A-Z])")


def said_part(part: str) -> str:
    """One part of a profile value in English: its words (english_words), else as an opening hours line
    (english_hours: 'ma–za 9:00–18:00'); '' when neither knows every word."""
    return english_words(part) or english_hours(part)


def english_split(value: str, say: Callable[[str], str] = english_words) -> tuple[str, str]:
    """(the parts of a Dutch profile value that can be said in English, the parts that cannot, as the profile says
    them) when the first part and at least one other can be said and one cannot: 'ma 9.00–18.00, zo gesloten; van 1
    april tot 1 oktober op zondag open voor verhuur' → ('Mon 9.00–18.00, Sun closed', 'van 1 april ... verhuur'),
    so the days, times and prices are in English and only the free prose stays Dutch (never a guessed
    translation); ('', '') otherwise. ``say`` puts one part in English ('' when it cannot: english_words, or
    english_hours for opening hours). Each part keeps its numbers as they are."""
    parts = [p.strip() for p in _PART_ENDS.split(value.strip().rstrip(".")) if p.strip()]
    said = [say(p) for p in parts]
    if len(parts) < 2 or not said[0] or all(said):
        return "", ""
    english = "; ".join(e for e in said if e)
    return english, "; ".join(p for p, e in zip(parts, said, strict=True) if not e)


@lru_cache(maxsize=1)
def _english_table() -> dict[str, str]:
    raw = tomllib.loads(resource_path("synonyms.toml").read_text(encoding="utf-8"))
    words = raw.get("english_words", {})
    if not isinstance(words, dict) or not all(isinstance(v, str) for v in words.values()):
        raise ValueError("synonyms.toml: [english_words] must map a Dutch word to its English")
    return {str(k).lower(): str(v).strip() for k, v in words.items()}


def english_day(day: str) -> str:
    """'zaterdag' → 'Saturday'."""
    return EN_WEEK[week_days().index(day)].capitalize() if day in week_days() else day


def english_hours(hours: str) -> str:
    """A Dutch opening hours line in English, word by word ('ma–vr 7:00–18:00, zondag dicht' → 'Mon–Fri
    7:00–18:00, Sunday closed'); '' when it holds a word this does not know, so no Dutch is left in."""
    words = {**_HOURS_WORDS, **{d: english_day(d) for d in week_days()}}
    unknown = False

    def said(m: re.Match[str]) -> str:
        nonlocal unknown
        word = m.group(0)
        if word.lower() not in words:
            unknown = True
            return word
        if word.lower() == "op" and re.match(r"\s*afspraak\b", hours[m.end() :], re.I):
            return "by"  # 'op afspraak' → 'by appointment'; 'op zondag' → 'on Sunday'
        return words[word.lower()]

    english = re.sub(r"[^\W\d_]+(?:/[^\W\d_]+|\.)?", said, hours)
    return "" if unknown else " ".join(english.split()).replace(" ,", ",")


@lru_cache(maxsize=1)
def _english_labels() -> dict[str, str]:
    raw = tomllib.loads(resource_path("synonyms.toml").read_text(encoding="utf-8"))
    labels = raw.get("english_label", {})
    if not isinstance(labels, dict) or not all(isinstance(v, str) and v.strip() for v in labels.values()):
        raise ValueError("synonyms.toml: [english_label] must map a question topic to an English phrase")
    return {str(k): str(v).strip() for k, v in labels.items()}


def english_labels() -> frozenset[str]:
    """Every English label of a profile field, lower case ('delivery', 'parking', 'our opening hours')."""
    return frozenset(v.lower() for v in _english_labels().values())


def english_label(topic_id: str) -> str:
    """What a profile field is about, in English ('toegankelijkheid' → 'wheelchair access'); '' if unknown."""
    return _english_labels().get(topic_id, "")


@lru_cache(maxsize=1)
def _asked_table() -> dict[str, str]:
    raw = tomllib.loads(resource_path("synonyms.toml").read_text(encoding="utf-8"))
    asked = raw.get("english_asked", {})
    if not isinstance(asked, dict) or not all(isinstance(v, str) and v.strip() for v in asked.values()):
        raise ValueError("synonyms.toml: [english_asked] must map an English word to a Dutch word")
    table = {" ".join(str(k).lower().split()): str(v).strip().lower() for k, v in asked.items()}
    if any(" " in v for v in table.values()):
        raise ValueError("synonyms.toml: [english_asked] must map to one Dutch word")
    return table


def _singular(word: str) -> tuple[str, ...]:
    """The forms an English plural may have come from: 'allergies' → 'allergy', 'curls' → 'curl'."""
    if word.endswith("ies") and len(word) > 4:
        return (f"{word[:-3]}y",)
    return (word[:-1], word[:-2]) if word.endswith("s") and len(word) > 3 else ()


def english_asked_words(question: str) -> list[str]:
    """The Dutch words of the FAQ and the profile fields that an English question's own words stand for, by
    resources/synonyms.toml [english_asked] ("Do you cut men's hair?" → 'heer', 'is there somewhere to park my
    car?' → 'parkeren'); a word pair before a single word, a plural or a possessive as its word. The Dutch
    lemmatiser drops 'men' and keeps 'curls', so these are said apart from the lemmas."""
    table = _asked_table()
    words = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"[a-z]+(?:[-'’][a-z]+)*", question.lower())]
    found: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2]) if i + 1 < len(words) else ""
        pairs = (pair, *(f"{words[i]} {s}" for s in _singular(words[i + 1]))) if pair else ()
        said = next((table[p] for p in pairs if p in table), "")
        if said:
            i += 2
        else:
            said = next((table[w] for w in (words[i], *_singular(words[i])) if w in table), "")
            i += 1
        if said and said not in found:
            found.append(said)
    return found
