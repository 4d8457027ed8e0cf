"""A bill that came out higher than the writer was told: the two amounts ('Offerte was € 480. Bij het
ophalen € 612 afgerekend', 'aan de telefoon zei ge 40 euro ... bij het afhalen 85') or the difference
('€ 180 hoger dan de offerte'), said back instead of 'de prijs van <a noun nearby>'."""

from __future__ import annotations

import re

from app.domain.articles import article
from app.domain.draft_fact_words import fact_words

# An amount of money ('€ 85', '85 euro'), and what it was for ('voor een binnenband').
_PREPOSITIONS = "|".join(sorted(fact_words().prepositions))  # resources/fact_words.toml
AMOUNT = re.compile(
    r"(?:€\s?(?P<n>\d{1,6}(?:[.,]\d{1,2})?)|(?<!\d)(?P<m>\d{1,6}(?:[.,]\d{1,2})?)\s?(?:euro|eur)\b)"
    # 'voor een nieuwe ketting'; not the first half of 'voor een binnen- en buitenband'
    # ... and 'voor een stoofpotje en ...' is the stew, not 'een stoofpotje en'; 'voor een pintje op het terras' is
    # the pint, not 'een pintje op' (a diminutive in -je is no adjective before a preposition)
    r"(?:\s+voor\s+(?P<wat>(?:een|de|het)\s+(?:[a-zà-ÿ]+e\s+(?!(?:en|of|maar|" + _PREPOSITIONS + r")\b))?"
    r"[a-zà-ÿ]+)(?![-\w]))?",
    re.I,
)


def amount_euros(found: re.Match[str]) -> float:
    return float((found.group("n") or found.group("m")).replace(",", "."))


# One or two words after what AMOUNT read, up to the end of the phrase: 'een klein' + 'bruin brood'.
_REST = re.compile(r"\s+([a-zà-ÿ]+)(?:\s+([a-zà-ÿ]+))?", re.I)
# What work said as a verb was done on ('voor het vervangen van een binnenband'): 'van' and the thing, one or two
# words after its article.
_OF_THING = re.compile(r"\s+(van\s+(?:een|de|het|die|dat)\s+(?:[a-zà-ÿ]+e\s+)?[a-zà-ÿ-]{3,})(?![-\w])", re.I)
_NOT_NAMED = frozenset({"en", "of", "maar", "die", "dat", "want", "terwijl", "toen", "is", "was", "dan"})


def amount_for(text: str, found: re.Match[str], things: set[str]) -> str:
    """What the amount was for, as said: 'een klein bruin brood' for '€ 2,10 voor een klein bruin brood', where
    AMOUNT reads only 'een klein' (an adjective without -e before a neuter noun): the phrase runs on to a
    thing the comment names (``things``, lower case); else what AMOUNT read."""
    wat = found.group("wat") or ""
    of = _OF_THING.match(text, found.end())
    if of and wat.lower().startswith("het ") and wat.lower().endswith("en"):
        return f"{wat} {' '.join(of.group(1).split())}"  # 'het vervangen van een binnenband': the work and its thing
    if not wat or wat.split()[-1].lower() in things:
        return wat
    rest = _REST.match(text, found.end())
    if rest is None or rest.group(1).lower() in _NOT_NAMED:
        return wat  # 'voor een stoofpotje en ...', 'voor een band, ...': the phrase ends there
    words = [w for w in rest.groups() if w]
    for n in (2, 1):
        if len(words) >= n and words[n - 1].lower() in things:
            return " ".join([wat, *words[:n]])
    return wat


_MONEY = r"(?:€\s?(?P<{0}>\d{{1,6}}(?:[.,]\d{{1,2}})?)|(?<!\d)(?P<{0}w>\d{{1,6}}(?:[.,]\d{{1,2}})?)\s?(?:euro|eur)\b)"
_AMOUNTS = re.compile(_MONEY.format("n"), re.I)
# Words that say an amount was promised or estimated before the bill.
_QUOTED = re.compile(
    r"\b(?:offerte|prijsopgave|begroting|afgesproken|gezegd|zei|zeiden|beloofd|geschat|telefoon|telefonisch|"
    r"inschatting|richtprijs|zou kosten|zou het|zou|"  # 'Voorjaarsbeurt zou 69 euro zijn'
    # what the business shows ('zoals op jullie site'), and the bill said against it ('€ 45 ipv € 32')
    r"site|website|webshop|prijslijst|ipv|i\.p\.v|in plaats van)\b",
    re.I,
)
_OVER = re.compile(
    _MONEY.format("d") + r"\s+(?:(?:hoger|meer|duurder)\b[^.!?]{0,25}?\bdan\b[^.!?]{0,20}?|boven\s+)"
    r"\b(?:de offerte|offerte|afgesproken|gezegd|beloofd|begroot|de prijsopgave|prijsopgave|de begroting|verwacht)\b",
    re.I,
)


# Between the amount billed and the one it should have been: '€ 45 ipv € 32', '19 euro in plaats van 15 euro'.
_INSTEAD = re.compile(r"\s*(?:ipv\.?|i\.p\.v\.?|in plaats van)\s*", re.I)
# A later amount may be a bare number that ends its clause ('bij het afhalen was het ineens 85.').
_BARE = re.compile(r"(?<![\d,.:/-])(?P<n>\d{2,4}(?:,\d{2})?)(?P<nw>)(?=\s*(?:[.!?,;]|$))")


def _value(found: re.Match[str], key: str) -> str:
    return found.group(key) or found.group(f"{key}w")


def _euros(said: str) -> float:
    return float(said.replace(".", "").replace(",", ".")) if "," in said else float(said)


def quoted_and_billed(text: str) -> tuple[str, str, str]:
    """('€ 480', '€ 612', '') for an amount told and a higher one billed; ('', '', '€ 180') for a bill
    that came out that much above the quote; three '' otherwise."""
    over = _OVER.search(text)
    if over:
        return "", "", f"€ {_value(over, 'd')}"
    amounts = [a for _, a in zip(range(12), _AMOUNTS.finditer(text), strict=False)]  # bounded work on long text
    for k, first in enumerate(amounts):
        start = max(text.rfind(".", max(0, first.start() - 200), first.start()) + 1, first.start() - 200)
        if not _QUOTED.search(text, start, first.end() + 30):
            continue
        after = [*amounts[k + 1 :], *(b for b in _BARE.finditer(text, first.end(), first.end() + 160))]
        later = [a for a in after if _euros(_value(a, "n")) > _euros(_value(first, "n"))]
        if later:
            return f"€ {_value(first, 'n')}", f"€ {_value(later[-1], 'n')}", ""
        # the bill first, what was told after it ('€ 145 voor knippen, terwijl er € 110 was gezegd')
        earlier = [a for a in amounts[:k] if _euros(_value(a, "n")) > _euros(_value(first, "n"))]
        instead = bool(earlier) and _INSTEAD.fullmatch(text, earlier[-1].end(), first.start()) is not None
        if earlier and (instead or _QUOTED.search(text, first.end(), first.end() + 30)):
            # '19 euro in plaats van 15 euro': the bill, then what it should have been
            return f"€ {_value(first, 'n')}", f"€ {_value(earlier[-1] if instead else earlier[0], 'n')}", ""
    return "", "", ""


_QUOTE_NOUN = re.compile(r"\b(offerte|prijsopgave|begroting|prijsofferte|kostenraming|raming)\b", re.I)
_BILL_NOUN = re.compile(r"\b(factuur|rekening|nota|kassabon|kasticket)\b", re.I)


def price_nouns(text: str) -> tuple[str, str]:
    """('offerte', 'factuur'): the writer's word for the quote, if they used one, and for the bill ('rekening'
    when they named none)."""
    quote, bill = _QUOTE_NOUN.search(text), _BILL_NOUN.search(text)
    return (quote.group(1).lower() if quote else ""), (bill.group(1).lower() if bill else "rekening")


# Charged twice for one thing: 'twee keer belast', 'dubbel afgeschreven', 'heb ik 2x moeten betalen'.
_TWICE = re.compile(
    r"\b(?:dubbel|twee\s*keer|2\s*(?:keer|x))\s+(?:\w+\s+){0,3}?"
    r"(?:afgeschreven|belast|betaald|betalen|gepind|aangerekend|gerekend|gefactureerd|geïncasseerd|afgeboekt|"
    r"in rekening)\b",
    re.I,
)


def charged_twice(text: str) -> bool:
    """Whether the writer says they were charged twice for the same thing."""
    return _TWICE.search(text) is not None


_BILL = r"(?:factuur|rekening|nota|kassabon|bon)"
_BILL_WORD = re.compile(rf"\b{_BILL}\b", re.I)
# The bill itself is wrong (not too high a price): 'graag een gecorrigeerde factuur', 'de rekening klopt niet',
# 'op de factuur staan vier leveringen terwijl we er drie hebben gehad'.
_WRONG_BILL = re.compile(
    rf"\b(?:gecorrigeerde|aangepaste|juiste|correcte)\s+{_BILL}\b"
    rf"|\b{_BILL}\b[^.!?]{{0,40}}?\b(?:klopt|klopte|klopten)\s+(?:\w+\s+)?niet\b"
    rf"|\b(?:fout|fouten|vergissing)\s+(?:op|in)\s+(?:de|mijn|onze|uw|jullie)\s+{_BILL}\b"
    rf"|\bop\s+(?:de|mijn|onze)\s+{_BILL}\b[^.!?]{{0,80}}?\bterwijl\b"
    # more on the bill than was had: 'zes flessen wijn meer op de rekening dan we gedronken hebben', 'op de bon
    # stonden drie koffie die we niet hadden besteld'
    rf"|\bop\s+(?:de|mijn|onze|het)\s+{_BILL}\b[^.!?]{{0,60}}?\b(?:dan\s+(?:we|wij|ik)"
    r"|(?:die|dat|wat)\s+(?:we|wij|ik)\s+(?:\w+\s+)?niet\s+(?:\w+\s+)?(?:besteld|gehad|gegeten|gedronken|gekregen|gekocht))\b",
    re.I,
)


def wrong_bill(text: str) -> str:
    """The writer's word for a bill they say is wrong ('factuur', 'rekening'), or ''."""
    found = _WRONG_BILL.search(text)
    said = _BILL_WORD.search(found.group(0)) if found else None
    return said.group(0).lower() if said else ""


# A sum the writer names by what it is ('De aanbetaling van € 250', 'mijn borg van 50 euro'): the noun and the amount.
_SUM_NAMED = re.compile(
    r"\b(?P<det>de|het|mijn|m'n|onze|ons)\s+(?P<noun>[a-zà-ÿ-]{3,})\s+van\s+"
    r"(?:€\s?(?P<n>\d{1,6}(?:[.,]\d{1,2})?)|(?P<m>\d{1,6}(?:[.,]\d{1,2})?)\s?(?:euro|eur)\b)",
    re.I,
)


# ... or the amount first, before a sum held for the writer ('€100 borg nog steeds niet terug', '50 euro voorschot').
_SUM_HELD = re.compile(
    r"(?:€\s?(?P<n>\d{1,6}(?:[.,]\d{1,2})?)|(?<![\d,])(?P<m>\d{1,6}(?:[.,]\d{1,2})?)\s?(?:euro|eur)\b)\s+"
    r"(?P<noun>(?:huur)?(?:borg|waarborg)|statiegeld|aanbetaling|voorschot)\b",
    re.I,
)


def sum_named(text: str) -> tuple[str, str, str]:
    """('aanbetaling', '€ 250', 'de') for 'De aanbetaling van € 250'; the determiner as written, lower case
    ('mijn' for the writer's own, also for a sum held for them said amount first: '€100 borg'). Three '' when the
    writer names no sum that way."""
    found = _SUM_NAMED.search(text)
    if found is None and (held := _SUM_HELD.search(text)) is not None:
        return held.group("noun").lower(), f"€ {held.group('n') or held.group('m')}", "mijn"
    if found is None:
        return "", "", ""
    return found.group("noun").lower(), f"€ {found.group('n') or found.group('m')}", found.group("det").lower()


# Words before or after an amount that are no service or thing it was the price of.
_NO_THING = frozenset(
    {"rekening", "factuur", "nota", "kassabon", "kasticket", "offerte", "prijsopgave", "begroting", "prijs", "totaal"}
    | {"site", "website", "webshop", "kosten", "bedrag", "betaald", "gezegd", "ineens", "opeens", "plots", "toch"}
)


def told_for(text: str, told: str) -> str:
    """What an amount told beforehand was the price of, as the writer put it right before it or 'voor' it
    ('Winterbeurt € 59 stond er op de site', 'Kleurbeurt: 45 euro', '€ 59 voor een kleine beurt' → 'de
    winterbeurt'); '' when no such word is next to it."""
    value = re.escape(told.removeprefix("€ ").strip())
    money = rf"(?:€\s?{value}(?![\d,])|(?<![\d,]){value}\s?(?:euro|eur)\b)"
    found = re.search(rf"(?:^|[.!?:;]\s*|\bde\s+|\been\s+)(?P<w>[^\W\d_]{{4,}})\s*:?\s*(?:van\s+)?{money}", text, re.I)
    voor = rf"{money}\s+voor\s+(?:een|de|het|mijn|m'n|ne|nen)\s+(?P<w>(?:[^\W\d_]+e\s+)?[^\W\d_]{{4,}})\b"
    found = found or re.search(voor, text, re.I)  # '€ 35 voor een kleine beurt': with its adjective
    word = found.group("w").lower() if found else ""
    if not word or word.rsplit(maxsplit=1)[-1] in _NO_THING:
        return ""
    return f"{article(word)} {word}"
