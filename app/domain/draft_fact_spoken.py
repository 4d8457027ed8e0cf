"""Profile text said the way a shopkeeper writes it in running text, not pasted (words in resources/spoken.toml):

- a weekday the profile shortens before a date written out ('tot en met wo 19 december' → 'tot en met woensdag
  19 december');
- a word after a colon or semicolon that only opened the profile's own line in lower case ('Goed om te weten: Drie
  maanden garantie' → '... drie maanden garantie');
- a holiday line of dates and what is open said with its verb ('Zo werkt het bij mij: do 27 t/m za 29 december:
  winkel open 10.00–16.00; ma 31 december: open 9.00–14.00' → '... van donderdag 27 t/m zaterdag 29 december is de
  winkel open van 10.00 tot 16.00; op maandag 31 december is de zaak open van 9.00 tot 14.00');
- an order line with its last day ('Kerstbestellingen tot en met wo 19 december; ophalen za 22 december' → 'De
  laatste dag voor kerstbestellingen is woensdag 19 december; ophalen kan op zaterdag 22 december');
- a day's line that names one part of the business ('De zaak is op maandag keuken open tot 22.30' → 'Op maandag
  is de keuken open tot 22.30');
- a day's event line as a sentence ('Halloween vrijdag 31 oktober: griezeldiner om 17.30 (€ 14,50).' → 'Op
  Halloween, vrijdag 31 oktober, is er een griezeldiner om 17.30 (€ 14,50).');
- a period's line with its article and its state ('Voor herfstvakantie geldt:' → 'Voor de herfstvakantie geldt:';
  'In de herfstvakantie geldt: 18–26 oktober (gewoon open, ...)' → 'In de herfstvakantie (18–26 oktober) is de zaak
  gewoon open, ...'; 'Voor zaterdag 13 september geldt: gewone tijden.' → 'Op zaterdag 13 september is de zaak
  gewoon open.');
- opening hours with a season's label ('Onze openingstijden zijn zomerrooster (30 juni t/m 31 augustus): ma–za ...'
  → 'Onze openingstijden van 30 juni t/m 31 augustus (zomerrooster): ma–za ...');
- an offer's line with its last day ('Lichtjesactie: gratis check tot en met vr 30 november' → 'De lichtjesactie
  loopt tot en met vrijdag 30 november: gratis check').

A slot ('[vul in: ...]') and the writer's quoted words stay as they are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from app.domain.articles import known_articles
from app.domain.datafile import read_toml
from app.domain.schema import Strict, Texts, located, validate
from app.domain.words import HOUR_WORDS, MONTH_NAMES, SHORT_WEEKDAYS, WEEKDAY_NAMES
from app.resources import resource_path


class _SpokenModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    places: Annotated[dict[Literal["de", "het"], Texts], Field(min_length=2)]
    campaign_ends: Annotated[Texts, Field(min_length=1)]
    infinitives: Annotated[Texts, Field(min_length=1)]
    names: Annotated[Texts, Field(min_length=1)]
    priced_people: Annotated[Texts, Field(min_length=1)]
    foreign_words: Annotated[Texts, Field(min_length=1)]
    name_ends: Annotated[Texts, Field(min_length=1)]


@dataclass(frozen=True)
class SpokenWords:
    """The article of each part of a business ('werkplaats' → 'de'), the ends of an offer's name ('actie'), the
    verbs a line names a step with ('ophalen'), the names that keep their capital ('Bancontact'), the people a
    price list prices ('kinderen'), the words that tell a comment is German or French ('nous') and the ends of an
    event's name ('feesten')."""

    article: dict[str, str]
    campaign_ends: tuple[str, ...]
    infinitives: tuple[str, ...]
    names: tuple[str, ...] = ()
    priced_people: frozenset[str] = frozenset()
    foreign_words: frozenset[str] = frozenset()
    name_ends: tuple[str, ...] = ()


def parse_spoken(data: dict[str, Any], source: str = "<spoken>") -> SpokenWords:
    model = validate(_SpokenModel, data, source, located)
    article: dict[str, str] = {w.strip().lower(): str(art) for art, words in model.places.items() for w in words}
    ends = tuple(w.strip().lower() for w in model.campaign_ends)
    names = tuple(w.strip() for w in model.names)
    people = frozenset(w.strip().lower() for w in model.priced_people)
    foreign = frozenset(w.strip().lower() for w in model.foreign_words)
    name_ends = tuple(w.strip().lower() for w in model.name_ends)
    infinitives = tuple(w.strip().lower() for w in model.infinitives)
    return SpokenWords(article, ends, infinitives, names, people, foreign, name_ends)


@lru_cache(maxsize=1)
def shipped_spoken(path: str | Path | None = None) -> SpokenWords:
    file = Path(path) if path else resource_path("spoken.toml")
    return parse_spoken(read_toml(file), str(file))


@lru_cache(maxsize=1)
def spoken_name_words() -> frozenset[str]:
    """The words of the names spoken.toml keeps as written ('Bancontact', 'Goede', 'Vrijdag')."""
    return frozenset(w for n in shipped_spoken().names for w in re.findall(r"[^\W\d_]+", n))


_FULL_DAY = dict(zip(SHORT_WEEKDAYS, WEEKDAY_NAMES, strict=True))
_SHORT = "|".join(SHORT_WEEKDAYS)
# A month as a date says it, in full or shortened ('19 december', '19 dec.', '3 sept').
_MONTH = rf"(?:{'|'.join(MONTH_NAMES)}|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.?(?!\w)"
# A shortened weekday before its date: 'wo 19 december', 'Ma. 31 dec', 'do 27 t/m za 29 december' (the first day of
# a range has its month after the range). Only before a day's number, so 'zo 12 mensen' or 'do' in English stays.
_SHORT_DAY_DATED = re.compile(
    rf"(?<![\w/–-])(?P<day>{_SHORT})\.?(?=\s+\d{{1,2}}(?:e|de|ste)?"
    rf"(?:\s+{_MONTH}|\s*(?:t/m|tot en met|tot|–|-)\s*(?:(?:{_SHORT})\.?\s+)?\d|\s+(?:en|of)\s+(?:{_SHORT})\.?\s+\d))",
    re.I,
)
# The words a profile line opens with that are no name, so after a colon they go small: a number, a weekday, a month.
_SMALL_AFTER_COLON = frozenset({*HOUR_WORDS, "twintig", "dertig", "veertig", "vijftig", *WEEKDAY_NAMES, *MONTH_NAMES})
_AFTER_COLON = re.compile(r"(?<=[:;] )(?P<word>[A-Z][a-zé]+)(?![\w'-])")
# What the pass leaves alone: a slot for the owner and the writer's quoted words.
_KEPT = re.compile(r"\[[^\]]*\]|‘[^’]*’|“[^”]*”")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")

# A date as a holiday line gives it once its weekday is written out: 'zaterdag 29 december', '27', '31 dec'.
_DATE = rf"(?:(?:{'|'.join(WEEKDAY_NAMES)})\s+)?\d{{1,2}}(?:\s+{_MONTH})?"
_RANGE = re.compile(rf"(?P<a>{_DATE})\s*(?:t/m|tot en met|–|-)\s*(?P<b>{_DATE})", re.I)
_DATES = rf"{_DATE}(?:\s*(?:t/m|tot en met|–|-)\s*{_DATE}|\s+(?:en|of)\s+{_DATE})?"
_VALUE = r"(?:[^:;.()]|\.(?=\d)|\([^()]*\))+"
# 'do 27 t/m za 29 december: winkel open 10.00–16.00; ma 31 december: open 9.00–14.00' after a lead's colon or as a
# sentence of its own
_CHAIN = re.compile(
    rf"(?:(?<=: )|^|(?<=[.!?] ))(?P<chain>{_DATES}: {_VALUE}(?:; {_DATES}: {_VALUE})*)(?=\.(?:\s|$))", re.I
)
_LINE = re.compile(rf"(?P<dates>{_DATES}): (?P<value>{_VALUE})", re.I)
_HOURS = r"\d{1,2}[.:]\d{2}"
_STATE = re.compile(
    rf"(?:(?!(?:extra|gewoon|uitzonderlijk)\s)(?P<place>[^\W\d_]+)\s+)?(?P<adv>(?:extra|gewoon|uitzonderlijk)\s+)?(?P<state>open|gesloten|dicht)"
    rf"(?P<hours>\s+(?:van\s+)?{_HOURS}\s*(?:–|-|tot)\s*{_HOURS}|\s+(?:tot|vanaf)\s+{_HOURS})?(?P<aside>\s*\([^()]*\))?(?P<tail>\s+met\s+[^,()]+)?",
    re.I,
)
_ORDER = re.compile(
    rf"(?:^|(?<=[.!?] ))(?P<what>[A-Z][\w-]*(?: en [\w-]+)?bestelling(?:en)?(?:\s*\([^()]*\))?)\s+"
    rf"(?:tot en met|t/m|ten laatste|uiterlijk)\s+(?P<date>{_DATE})(?P<rest>;[^.]*)?\.(?=\s|$)"
)
_STEP_TAIL = re.compile(rf";\s+(?P<verb>[a-z]+)\s+(?:op\s+)?(?P<dates>{_DATES})\s*$")


def _day_written(found: re.Match[str], text: str) -> str:
    day = _FULL_DAY[found.group("day").lower()]
    opens = found.group("day")[:1].isupper() and _SENTENCE_OPEN.search(text[: found.start()]) is not None
    return day.capitalize() if opens else day


def _dates_said(dates: str) -> str:
    """'donderdag 27 t/m zaterdag 29 december' → 'van donderdag 27 t/m zaterdag 29 december'; one day 'op ...'."""
    dates = dates.strip().lower()
    span = _RANGE.fullmatch(dates)
    return f"van {span.group('a')} t/m {span.group('b')}" if span else f"op {dates}"


def _value_said(value: str) -> str | None:
    """'winkel open 10.00–16.00, werkplaats dicht (alleen lekke banden)' → 'is de winkel open van 10.00 tot 16.00
    en de werkplaats dicht (alleen lekke banden)'; None when a part says something else ('gewone tijden')."""
    items = [i.strip() for i in re.split(r",\s*(?![^()]*\))", value)]
    said: list[str] = []
    for item in items:
        found = _STATE.fullmatch(item)
        if not found:
            return None
        place = (found.group("place") or "zaak").lower()
        article = shipped_spoken().article.get(place)
        if article is None:
            return None
        hours = found.group("hours") or ""
        span = re.fullmatch(rf"\s+(?:van\s+)?({_HOURS})\s*(?:–|-|tot)\s*({_HOURS})", hours)
        hours = f" van {span.group(1)} tot {span.group(2)}" if span else hours
        state = f"{found.group('adv') or ''}{found.group('state')}".lower()
        said.append(f"{article} {place} {state}{hours}{found.group('aside') or ''}{found.group('tail') or ''}")
    head = ", ".join(said[:-1])
    return f"is {head} en {said[-1]}" if head else f"is {said[-1]}"


def _chain_said(found: re.Match[str], text: str) -> str:
    lines = found.group("chain").split("; ")
    said: list[str] = []
    for line in lines:
        parts = _LINE.fullmatch(line)
        value = _value_said(parts.group("value")) if parts else None
        if parts is None or value is None or not re.search(_MONTH, parts.group("dates"), re.I):
            return found.group(0)
        said.append(f"{_dates_said(parts.group('dates'))} {value}")
    sentence = "; ".join(said)
    opens = found.start() == 0 or text[found.start() - 2 : found.start()] != ": "
    return sentence[:1].upper() + sentence[1:] if opens else sentence


def _order_said(found: re.Match[str]) -> str:
    what = found.group("what")
    rest = found.group("rest") or ""
    step = _STEP_TAIL.fullmatch(rest)
    if step and step.group("verb") in shipped_spoken().infinitives:
        rest = f"; {step.group('verb')} kan {_dates_said(step.group('dates'))}"
    return f"De laatste dag voor {what[:1].lower()}{what[1:]} is {found.group('date')}{rest}."


@lru_cache(maxsize=1)
def _campaign() -> re.Pattern[str]:
    ends = "|".join(shipped_spoken().campaign_ends)
    return re.compile(
        rf"(?:^|(?<=[.!?] ))(?P<name>[A-Z][^\W\d_]*(?:{ends})): (?P<what>[^.:;]+?) "
        rf"(?P<until>tot en met|t/m|tot) (?P<date>{_DATE})\.(?=\s|$)"
    )


@lru_cache(maxsize=1)
def _part_state() -> re.Pattern[str]:
    places = "|".join(sorted((p for p in shipped_spoken().article if p != "zaak"), key=len, reverse=True))
    return re.compile(
        rf"(?:^|(?<=[.!?] ))(?P<lead>Ja, )?(?:[Dd]e zaak is|[Ww]e zijn) (?P<on>(?:op|met|tijdens|in) [^.:;()]*?) "
        rf"(?P<place>{places}) (?P<state>(?:extra |gewoon |uitzonderlijk )?(?:open|gesloten|dicht))(?!\w)"
    )


def _part_state_said(found: re.Match[str]) -> str:
    """'De zaak is op maandag keuken open' → 'Op maandag is de keuken open': a day's line that names one part of
    the business said of that part, not of the whole business."""
    place = found.group("place")
    on = found.group("on")
    said = f"{on} is {shipped_spoken().article[place]} {place} {found.group('state')}"
    return f"Ja, {said}" if found.group("lead") else f"{said[:1].upper()}{said[1:]}"


_CLOCK = r"\d{1,2}(?:[.:u]\d{2}|u)"  # '17.30', '10u30', '9u'
# 'Halloween vrijdag 31 oktober: griezeldiner voor kinderen om 17.30 (€ 14,50), reserveren verplicht.' as a sentence
# of its own: a day's name, its date, and what there is that day
_EVENT = re.compile(
    rf"(?:^|(?<=[.!?] ))(?:[Oo]p )?(?P<name>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?) (?P<date>(?:{'|'.join(WEEKDAY_NAMES)}) "
    rf"\d{{1,2}} {_MONTH}): (?P<what>[a-z][\w-]+)(?P<hours> {_CLOCK}\s*(?:–|-)\s*{_CLOCK})?"
    r"(?P<rest>(?:[^.:;]|\.(?=\d))*)\.(?=\s|$)"
)
_MIN_HEAD = 4  # the shortest last part of a compound that is trusted as its noun ('diner' of 'griezeldiner')


def _event_said(found: re.Match[str]) -> str:
    """'Moederdag zondag 11 mei: moederdagbrunch 10.00–13.30, € 29,50 per persoon.' → 'Op Moederdag, zondag 11 mei,
    is er een moederdagbrunch van 10.00 tot 13.30, € 29,50 per persoon.'; as it is when what there is is no noun
    the word lists know in the singular (nor a compound of one)."""
    what = found.group("what")
    known = known_articles()
    if what.endswith(("en", "s")) or not any(what[i:] in known for i in range(len(what) - _MIN_HEAD + 1)):
        return found.group(0)
    hours = found.group("hours") or ""
    span = re.fullmatch(rf" ({_CLOCK})\s*(?:–|-)\s*({_CLOCK})", hours)
    hours = f" van {span.group(1)} tot {span.group(2)}" if span else ""
    name = found.group("name")
    return f"Op {name}, {found.group('date')}, is er een {what}{hours}{found.group('rest')}."


# 'Voor herfstvakantie geldt:' → 'Voor de herfstvakantie geldt:': a period's name said with its article
_PERIOD_BARE = re.compile(
    r"\b(?P<lead>[Vv]oor|[Ii]n|[Tt]ijdens) (?P<name>[a-z][a-z-]*(?:vakantie|verlof|sluiting|stop|pauze|week|kermis))"
    r"(?= geldt:| is | zijn )"
)
# 'In de herfstvakantie geldt: 18–26 oktober (gewoon open, met ...).' → 'In de herfstvakantie (18–26 oktober) is de
# zaak gewoon open, met ...'; 'Voor zaterdag 13 september geldt: gewone tijden.' → 'Op zaterdag 13 september is de
# zaak gewoon open.'
_PERIOD_STATE = re.compile(
    rf"(?:^|(?<=[.!?] ))(?P<lead>(?:In|Tijdens|Met|Op|Voor) [^:.;()]{{2,40}}?) geldt: (?P<dates>{_DATES}) "
    r"\((?P<state>(?:gewoon |extra )?(?:open|gesloten|dicht))(?:, (?P<rest>[^()]*))?\)\.(?=\s|$)",
    re.I,
)
_USUAL_HOURS = re.compile(
    rf"(?:^|(?<=[.!?] ))Voor (?P<day>{_DATES}) geldt: (?:de )?gewone (?:openings)?(?:tijden|uren)\.(?=\s|$)", re.I
)


def _period_said(text: str) -> str:
    text = _PERIOD_BARE.sub(
        lambda m: f"{m.group('lead')} {'het' if m.group('name').endswith('verlof') else 'de'} {m.group('name')}", text
    )
    text = _PERIOD_STATE.sub(
        lambda m: (
            f"{m.group('lead')} ({m.group('dates')}) is de zaak {m.group('state')}"
            f"{', ' + m.group('rest') if m.group('rest') else ''}."
        ),
        text,
    )
    return _USUAL_HOURS.sub(lambda m: f"Op {m.group('day')} is de zaak gewoon open.", text)


# 'Onze openingstijden zijn zomerrooster (30 juni t/m 31 augustus): ma–za ...' → 'Onze openingstijden van 30 juni t/m
# 31 augustus (zomerrooster): ma–za ...': a season's label is no opening time
_SEASON_HOURS = re.compile(
    rf"\b(?P<lead>(?:[Oo]nze|[Mm]ijn|[Dd]e gewone) openings(?:tijden|uren)) zijn (?:nu )?(?P<label>[a-z][\w-]*) "
    rf"\((?P<dates>[^()]*{_MONTH}[^()]*)\): "
)


def _said(text: str) -> str:
    text = _SHORT_DAY_DATED.sub(lambda m: _day_written(m, text), text)
    text = _AFTER_COLON.sub(
        lambda m: m.group("word").lower() if m.group("word").lower() in _SMALL_AFTER_COLON else m.group("word"), text
    )
    text = _CHAIN.sub(lambda m: _chain_said(m, text), text)
    text = _part_state().sub(_part_state_said, text)
    text = _EVENT.sub(_event_said, text)
    text = _period_said(text)
    text = _SEASON_HOURS.sub(lambda m: f"{m.group('lead')} van {m.group('dates')} ({m.group('label')}): ", text)
    text = _ORDER.sub(_order_said, text)
    return _campaign().sub(
        lambda m: f"De {m.group('name').lower()} loopt {m.group('until')} {m.group('date')}: {m.group('what')}.", text
    )


def fact_spoken(body: str) -> str:
    """``body`` with its pasted profile wording said in running text (see the module); the rest as it is."""
    out: list[str] = []
    at = 0
    for kept in _KEPT.finditer(body):
        out.extend((_said(body[at : kept.start()]), kept.group(0)))
        at = kept.end()
    out.append(_said(body[at:]))
    return "".join(out)
