"""Rule-based extraction of the details a reply needs.

Order and invoice numbers, amounts, dates and times, e-mail addresses, phone
numbers, links, @handles, product or service words, and whether the writer says
"u" or "je/jij". Plain regular expressions and word lists, so it works on any
text, also without the spaCy pipeline, and never invents anything: every value
is a literal piece of the comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from app.domain.words import WEEKDAY_NAMES
from app.resources import resource_path

MAX_TEXT = 20_000  # longer comments are scanned up to here
_MONTHS = (
    r"jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|"
    r"sep(?:t(?:ember)?)?|okt(?:ober)?|oct|nov(?:ember)?|dec(?:ember)?"
)
_DAYS = "|".join((*WEEKDAY_NAMES, "gisteren", "eergisteren", "vandaag", "morgen", "overmorgen"))

# Every pattern runs in linear time on any input (tests/nlp/test_details.py feeds 100,000
# spaces, digits and letters after every keyword): a match of an unbounded run can only
# start where such a run starts (lookbehinds), unbounded repeats are possessive (*+, ++)
# or followed by something they cannot match, and other repeats are bounded.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@(?:[\w-]++\.)++[a-z]{2,}+\b", re.IGNORECASE)
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']++", re.IGNORECASE)
HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
HASHTAG = re.compile(r"(?<![\w&])#([^\W\d][\w]{1,49})")
ORDER = re.compile(
    r"(?:(?:bestel(?:ling)?|order|factuur|invoice|ordernummer|bestelnummer|factuurnummer|referentie|ref|"
    r"klantnummer|dossier|ticket|zending|pakket|track(?:ing)?(?:code)?)\s*+(?:(?:nummer|nr\.?|no\.?|n°)\s*+)?"
    r"(?:[:#]\s*+)?"
    r"(?P<a>[A-Z]{0,4}-?\d[\dA-Z-]{2,19}))|(?:#(?P<b>\d{3,12})\b)",
    re.IGNORECASE,
)
AMOUNT = re.compile(
    r"(?:€|eur(?:o)?\b)\s?(?P<a>\d{1,3}(?:[.\s]\d{3})*+(?:,\d{1,2}|,-)?|\d++(?:[.,]\d{1,2})?)"
    r"|(?<![\d.,])(?P<b>\d{1,3}(?:\.\d{3})*+(?:,\d{1,2})?|\d++(?:[.,]\d{1,2})?)\s?(?:€|euro\b|eur\b|,-)",
    re.IGNORECASE,
)
DATE = re.compile(
    rf"\b(?:\d{{1,2}}[-/.]\d{{1,2}}(?:[-/.](?:\d{{4}}|\d{{2}}))?|\d{{1,2}}\s++(?:{_MONTHS})\.?(?:\s++\d{{4}})?|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|(?:{_DAYS})(?:\s?(?:middag|avond|ochtend|morgen|nacht))?)\b",
    re.IGNORECASE,
)
TIME = re.compile(r"\b(?:[01]?\d|2[0-3])[:.u][0-5]\d\b(?:\s?uur)?|\b(?:[01]?\d|2[0-3])\s?uur\b", re.IGNORECASE)
PHONE = re.compile(r"(?<![\w+])(?:\+31|0031|\+32|0032|0)[\s-]?(?:\(0\)[\s-]?)?\d{1,3}(?:[\s-]?\d{2,4}){2,4}(?![\w])")
U_WORDS = re.compile(r"\b(?:u|uw|u[wz]e|zoudt|kunt|heeft|bent|wilt)\b", re.IGNORECASE)
JE_WORDS = re.compile(r"\b(?:je|jij|jou|jouw|jullie|jouwe|ge|gij|uwe|kunde|hebde|zijde|zie je|jie)\b", re.IGNORECASE)
_YOU_U_STRICT = re.compile(r"\b(?:u|uw)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'-]*+", re.UNICODE)
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _product_lexicon() -> dict[str, str]:
    """Product and service words with their article (resources/lexicons/producten.txt)."""
    path = resource_path("lexicons", "producten.txt")
    words: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if not entry:
            continue
        word, _, marker = entry.partition("=")
        words[word.strip()] = "het" if marker.strip() == "het" else "de"
    return words


@lru_cache(maxsize=1)
def product_words() -> frozenset[str]:
    return frozenset(_product_lexicon())


def with_article(product: str) -> str:
    """'het brood', 'de appeltaart', 'de croissants' (plural words always take 'de'), 'het kaartje'
    (:func:`app.domain.articles.article`: listed words by their list, others by their form)."""
    from app.domain.articles import article

    return f"{article(product)} {product}"


@dataclass
class Details:
    order_numbers: list[str] = field(default_factory=list)
    amounts: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    register: str | None = None  # "u", "je" or None when the comment does not say

    def to_dict(self) -> dict[str, Any]:
        # Not dataclasses.asdict: that deep-copies and was a tenth of `classify`'s time.
        return {name: (list(v) if isinstance(v := getattr(self, name), list) else v) for name in _field_names()}


@lru_cache(maxsize=1)
def _field_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Details))


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for raw in values:
        value = raw.strip().rstrip(".,;:!?)")
        if value and value.lower() not in seen:
            seen.add(value.lower())
            result.append(value)
    return result


def _register(text: str) -> str | None:
    # Flemish "ge/gij ... u" is the informal register: count it as je.
    je = len(JE_WORDS.findall(text))
    u = len(_YOU_U_STRICT.findall(text))
    if re.search(r"\b(?:ge|gij|kunde|hebde|zijde)\b", text, re.IGNORECASE):
        return "je"
    if u and u >= je:
        return "u"
    if je:
        return "je"
    return None


def extract(text: str) -> Details:
    """All details found in a comment, in order of appearance, without duplicates."""
    text = text[:MAX_TEXT]
    # Patterns that need a character the text lacks are skipped (the same result, sooner).
    at, digits = "@" in text, _DIGIT.search(text) is not None
    emails = _unique([value.lstrip(".+-") for value in EMAIL.findall(text)]) if at else []
    links = _unique(URL.findall(text))
    # Blank out e-mails and links so their parts are not read as handles, dates or phones.
    rest = text
    for value in [*emails, *links]:
        rest = rest.replace(value, " " * len(value))
    orders: list[str] = []
    amounts: list[str] = []
    times: list[str] = []
    phones: list[str] = []
    if digits:  # every one of these holds a digit
        orders = _unique([m.group("a") or m.group("b") for m in ORDER.finditer(rest)])
        amounts = _unique([m.group(0) for m in AMOUNT.finditer(rest)])
        times = _unique(TIME.findall(rest))
        phones = _unique([m.group(0) for m in PHONE.finditer(rest) if sum(ch.isdigit() for ch in m.group(0)) >= 9])
    blank = rest
    for value in [*phones, *orders, *amounts, *times]:
        blank = blank.replace(value, " " * len(value))
    dates = _unique(DATE.findall(blank))
    lexicon = product_words()
    words = [w.lower() for w in _WORD.findall(rest)]
    products = _unique([w for w in words if w in lexicon])
    return Details(
        order_numbers=orders,
        amounts=amounts,
        dates=dates,
        times=times,
        emails=emails,
        phones=phones,
        links=links,
        handles=_unique(HANDLE.findall(rest)) if at else [],
        hashtags=_unique(HASHTAG.findall(rest)) if "#" in rest else [],
        products=products,
        register=_register(text),
    )
