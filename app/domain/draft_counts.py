"""How many people a comment names: a company of eight or more is a group ('Kunnen we met 25 man
komen?' asks what 'Kunnen we met een groep komen?' asks)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.schema import Strict, Texts, located, validate
from app.domain.words import MONTH_WORDS, alternation
from app.resources import resource_path

# Numbers written as words, for a group's size ('met z'n twaalven', 'met twintig man').
_NUMBER_WORDS = {
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40,
    "vijftig": 50, "zestig": 60,
}  # fmt: skip
# A count of people: '25 personen', 'met twintig man', 'met z'n twaalven', 'een tafel voor 14', '12 people',
# 'we zijn met negen'.
_COUNT = re.compile(
    r"\b(?P<n>\d{1,3}|[a-z]+)\s+(?:personen|mensen|man|gasten|collega'?s|volwassenen|deelnemers|kinderen"
    r"|medewerkers|werknemers|genodigden|familieleden|leerlingen"
    r"|people|persons|guests|adults|colleagues|kids|children)\b"
    r"|\bmet\s+z(?:'|i)?n\s+(?P<w>[a-z]+?)(?:en|s)\b|\b(?:tafel\s+voor|table\s+for|party\s+of)\s+(?P<t>\d{1,3})\b"
    # Flemish 'een man of 45', 'ne man of twintig': about that many
    r"|\bman\s+of\s+(?P<o>\d{1,3}|[a-z]+)\b"
    # 'we zijn met negen', 'wij komen met 12'
    r"|\b(?:we|wij)\s+(?:zijn|komen)\s+(?:hier\s+)?met\s+(?P<z>\d{1,3}|(?!z(?:'|i)?n\b)[a-z]+)\b(?!')(?!\s+(?:jaar|uur|minuten|auto's))"
    # 'we zouden met 8 komen', 'kunnen we met tien reserveren?': a company that comes or books, said with a helping verb
    r"|\b(?:(?:we|wij)\s+(?:zouden|willen|wilden|gaan|hopen)\s+(?:graag\s+)?(?:te\s+)?|(?:kunnen|kunne|mogen|kan)\s+(?:we|wij)\s+)"
    r"met\s+(?P<k>\d{1,3}|(?!z(?:'|i)?n\b)[a-z]+)\s+(?:komen|langskomen|eten|reserveren|boeken|terecht|binnen)\b",
    re.I,
)
# From this many people on, a company is a group ('Kunnen we met een groep komen?').
GROUP_SIZE = 8


def group_size(text: str) -> int:
    """The largest count of people a text names when it is a group (``GROUP_SIZE`` or more): '22
    personen', 'met twintig man', 'met z'n twaalven'; 0 otherwise ('een tafel voor 2')."""
    sizes: list[int] = []
    text = text.replace("’", "'")
    end = -1
    for m in _COUNT.finditer(text):
        said = next((g for g in m.group("n", "w", "t", "z", "o", "k") if g), "").lower()
        said = re.sub(r"v$", "f", said)  # 'met z'n twaalven' → 'twaalf'
        size = int(said) if said.isdigit() else _NUMBER_WORDS.get(said, 0)
        # 'met 6 volwassenen en 3 kinderen', '6 adults and 3 kids': one company, counted together
        joined = sizes and m.group("n") and _JOINED_COUNT.fullmatch(text[end : m.start()])
        if joined:
            sizes[-1] += size
        else:
            sizes.append(size)
        end = m.end() if m.group("n") or m.group("z") else -1
    return max((n for n in sizes if n >= GROUP_SIZE), default=0)


# Between two counts of one company: 'en', 'and', '+', a comma; after 'we komen met 7' the people it counts first
# ('we komen met 7 volwassenen en 4 kinderen').
_JOINED_COUNT = re.compile(
    r"(?:\s+(?:volwassenen|personen|mensen|adults|people))?\s*(?:,|\+|&|\ben\b|\band\b|\bplus\b)\s*", re.I
)


def counts_said(text: str) -> str:
    """The counts of people a text names, as it says them ('30 collega's', 'met twintig man'); '' when none."""
    return " ".join(m.group(0) for m in _COUNT.finditer(text.replace("’", "'")))


# What the writer ordered, counted: '24 mini krentenbollen besteld', '12 broodjes gevraagd'.
_ORDERED = re.compile(
    r"\b(?P<n>\d{1,3})\s+(?P<thing>[a-zà-ÿ'-]{3,}(?:\s+[a-zà-ÿ'-]{3,})?)\s+(?:\([^)]{0,30}\)\s+)?"
    r"(?:besteld|gevraagd|gereserveerd|afgesproken|ordered)\b",
    re.I,
)
# How many came: 'bleken er 18 in de doos te zitten', 'er zaten maar 20 in', 'we kregen er 10', 'only got 8'.
_CAME = re.compile(
    r"\ber\s+(?:maar|slechts|amper|nog)?\s*(?P<n>\d{1,3})\s+(?:in|bij|geleverd|gekregen|meegegeven|te\s+zitten)\b"
    r"|\b(?:zaten|waren|kregen|kreeg|ontvingen|ontving|geleverd|got|received)\s+(?:we\s+|ik\s+)?(?:er\s+)?"
    r"(?:maar|slechts|amper|only)?\s*(?P<m>\d{1,3})\b(?!\s*(?:euro|eur|€|uur|u|minuten|min|jaar|dagen|weken|%|[:.,]\d))",
    re.I,
)


def counted_instead(text: str) -> tuple[str, str]:
    """How many came and what was ordered, when the writer names both and they differ ('24 mini krentenbollen
    besteld ... bleken er 18 in de doos te zitten' → ('18', '24 mini krentenbollen')); ('', '') otherwise."""
    ordered = _ORDERED.search(text)
    if ordered is None:
        return "", ""
    came = _CAME.search(text, ordered.end())
    got = (came.group("n") or came.group("m")) if came else ""
    if not got or int(got) == int(ordered.group("n")):
        return "", ""
    return got, f"{ordered.group('n')} {ordered.group('thing')}"


class _PropertiesModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    properties: Texts
    asked: Texts
    got: Texts
    between: Texts
    instead: Texts
    chosen: Texts
    written: Texts = Field(default_factory=list)
    billed: Texts = Field(default_factory=list)
    gone: Texts = Field(default_factory=list)
    not_goods: Texts = Field(default_factory=list)
    wished: Texts = Field(default_factory=list)
    became: Texts = Field(default_factory=list)


def parse_properties(data: dict[str, Any], source: str = "<properties>") -> tuple[re.Pattern[str], ...]:
    """The patterns of resources/properties.toml: asked before what came ('met de tekst in het blauw besteld ...
    kregen we roze'), asked after the property ('blauw gevraagd, roze gekregen'), one instead of the other ('roze
    in plaats van blauw'); a DataFileError naming the field when one is missing, empty or not text."""
    model = validate(_PropertiesModel, data, source, located)
    prop, asked, got = (
        alternation(tuple(w.lower() for w in ws), spaced=True) for ws in (model.properties, model.asked, model.got)
    )
    fill = rf"(?:(?:{alternation(tuple(model.between))})\s+){{0,3}}"
    instead = alternation(tuple(model.instead), spaced=True)
    return (
        re.compile(
            # ... also told as a list ('Gevraagd: warm karamelblond. Gekregen: oranje.')
            rf"\b(?:{asked})\b[^.!?]{{0,80}}?\b(?P<asked>{prop})\b[\s\S]{{0,60}}?\b(?:{got})(?:\s*:)?\s+{fill}(?P<got>{prop})\b",
            re.I,
        ),
        # the order, then what it was in a clause of its own ('ijstaart besteld voor zaterdag. Mokka, 12 personen. Bij
        # het afhalen was het framboos')
        re.compile(
            rf"\b(?:{asked})\b[^.!?]{{0,80}}[.!?]\s*(?P<asked>{prop})\s*[,:;][^.!?]{{0,40}}[.!?][^.!?]{{0,40}}?"
            rf"\b(?:{got})\s+{fill}(?P<got>{prop})\b",
            re.I,
        ),
        re.compile(rf"\b(?P<asked>{prop})\s+(?:{asked})\b[^.!?]{{0,60}}?\b(?P<got>{prop})\s+(?:{got})\b", re.I),
        re.compile(rf"\b(?P<asked>{prop})\s+(?:{asked})\b[^.!?]{{0,60}}?\b(?:{got})\s+{fill}(?P<got>{prop})\b", re.I),
        # a wish, and what the writer or their hair became ('wou asblond ... en ben nu letterlijk oranje')
        *(
            [
                re.compile(
                    rf"\b(?:{alternation(tuple(model.wished), spaced=True)})\b[^.!?]{{0,60}}?\b(?P<asked>{prop})\b"
                    rf"[^.!?]{{0,60}}?\b(?:{alternation(tuple(model.became), spaced=True)})\s+{fill}(?P<got>{prop})\b",
                    re.I,
                )
            ]
            if model.wished and model.became
            else []
        ),
        # one instead of the other, unless the writer chose it ('Ik koos zelf wit in plaats van bruin')
        re.compile(
            rf"(?:^|(?<=[.!?]))(?:(?!\b(?:{alternation(tuple(model.chosen))})\b)[^.!?])*?"
            rf"\b(?P<got>{prop})(?:\s+[a-zà-ÿ]+)?\s+(?:{instead})\s+(?:(?:de|het|een)\s+)?(?P<asked>{prop})\b",
            re.I,
        ),
    )


@lru_cache(maxsize=1)
def _shipped_properties() -> tuple[re.Pattern[str], ...]:
    file = resource_path("properties.toml")
    return parse_properties(read_toml(file), str(file))


@lru_cache(maxsize=1)
def _shipped_words() -> _PropertiesModel:
    file = resource_path("properties.toml")
    return validate(_PropertiesModel, read_toml(file), str(file), located)


def bill_words() -> tuple[str, ...]:
    """The writer's words for the bill ('factuur', 'kasticket', 'nota'): the nouns of resources/properties.toml
    billed ('op de factuur')."""
    said = (p.split() for p in _shipped_words().billed)
    return tuple(words[-1] for words in said if len(words) == 3 and words[0] == "op")


# A text the writer quotes ('met 'Voor altijd, Tom' besteld'): opened after a space, closed before no letter (not m'n).
_QUOTED = re.compile(r"(?:(?<=[\s(:])|^)['‘\"“](?P<q>[^'’\"”\n]{2,60}?)['’\"”](?![a-zà-ÿ])", re.I)


def _sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, at) for c in ".!?\n") if i >= 0]
    return text[start : min(ends) if ends else len(text)].lower()


def _said_in(words: Iterable[str], sentence: str) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", sentence) for w in words)


def _came_first(text: str, first: int, second: int) -> bool:
    """Whether the first of two quoted texts in one sentence is what came and the second what was asked: a word for
    what came before the first ('Op de taart stond ...') and a word for asking after the second ('... had gevraagd'),
    with no word for asking before the first."""
    words = _shipped_words()
    start = max(text.rfind(c, 0, first) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, second) for c in ".!?\n") if i >= 0]
    before, after = text[start:first].lower(), text[second : min(ends) if ends else len(text)].lower()
    came = (*words.got, *words.written)
    return _said_in(came, before) and _said_in(words.asked, after) and not _said_in(words.asked, before)


def text_instead(text: str) -> tuple[str, str]:
    """The text the writer asked on a thing and the other text that came, both quoted by the writer ('hartjestaart met
    'Voor altijd, Tom' besteld ... kreeg er een mee met 'Voor altijd, Tim'' → ('Tom', 'Tim')): only the words that
    differ when the rest is the same; ('', '') when the writer quotes no two such texts."""
    words = _shipped_words()
    quotes = [(m["q"].strip(" ,.!?"), m.start()) for m in _QUOTED.finditer(text.replace("’", "'").replace("‘", "'"))]
    for (asked, at), (got, got_at) in pairwise(quotes):
        first, second = asked.split(), got.split()
        only_asked = [w for w in first if w.lower() not in {x.lower() for x in second}]
        only_got = [w for w in second if w.lower() not in {x.lower() for x in first}]
        if not only_asked or not only_got or len(only_asked) > 2 or len(only_got) > 2:
            continue  # the same text, or two texts that are no versions of one ('morgen klaar' ... 'volgende week')
        shared = len(first) - len(only_asked)
        if shared == 0 and not (len(first) == len(second) == 1):
            continue
        if not _said_in(words.asked, _sentence_around(text, at)):
            continue  # 'Beloofd: 'uiterlijk vrijdag'': a promise, not a text ordered on a thing
        if not _said_in((*words.got, *words.written), _sentence_around(text, got_at)):
            continue
        if _came_first(text, at, got_at):  # 'er stond 'Gefeliciteerd Jan' op terwijl ik 'Proficiat Jan' vroeg'
            only_asked, only_got = only_got, only_asked
        return " ".join(only_asked).strip(",."), " ".join(only_got).strip(",.")
    return "", ""


# How many the bill names: '4 op de bon', 'er werden er 4 aangerekend', 'billed for 4'.
def _billed_count(text: str, start: int) -> str:
    billed = alternation(tuple(w.lower() for w in _shipped_words().billed), spaced=True)
    count = r"(?<![\d,.:€])(?<!€\s)\b(?P<n>\d{1,3})(?![.,:]\d)\s+(?!(?:euro|eur|€|uur|min\w*)\b)"
    found = re.compile(rf"{count}(?:[^\s,.;:!?]+\s+){{0,2}}?(?:{billed})\b", re.I).search(text, start)
    return found["n"] if found else ""


def billed_instead(text: str) -> tuple[str, str]:
    """How many the bill named and what was ordered, when they differ ('3 menu's besteld, 4 op de bon' → ('4', '3
    menu's')); ('', '') otherwise."""
    ordered = _ORDERED.search(text)
    if ordered is None:
        return "", ""
    billed = _billed_count(text, ordered.end())
    if not billed or int(billed) == int(ordered.group("n")) or re.match(r"(?:uur|u|min|minuten)\b", ordered["thing"]):
        return "", ""
    return billed, f"{ordered.group('n')} {ordered.group('thing')}"


def property_instead(text: str) -> tuple[str, str]:
    """The colour, flavour or size the writer asked for and the other one that came ('de tekst in het BLAUW
    besteld ... Kregen we roze' → ('blauw', 'roze')), in lower case; ('', '') when the writer names no two."""
    for pattern in _shipped_properties():
        found = pattern.search(text)
        if found and found["asked"].lower() != found["got"].lower():
            return " ".join(found["asked"].lower().split()), " ".join(found["got"].lower().split())
    return "", ""


def sold_out(text: str, things: list[str]) -> str:
    """The thing the writer names as sold out ('worstenbroodjes OP', 'de taartjes waren al uitverkocht', 'croissants
    sold out'), as written, when it is one of ``things`` (the products named); '' otherwise ('ik stond vroeg op')."""
    gone = alternation(tuple(w.lower() for w in _shipped_words().gone), spaced=True)
    # ... also quoted as the staff said it ('toen waren de appelflappen 'helaas op'')
    words = (
        r"waren|was|zijn|is|al|allemaal|ammel|amaal|allemaol|alweer|helemaal|gewoon|toen|dan|ook|alle|helaas|were|all"
        r"|already"
    )
    # ... with the hour it was said between ('is de aardbeienvlaai om 10 uur al op', 'waren de pistolets rond 9u weg')
    hour = r"(?:om|rond|tegen|voor|at|by)\s+(?:half\s+)?\d{1,2}(?:[.:u]\d{2}|u|h|\s*uur|\s*o'clock)?\s+"
    fill = rf"(?:['‘’\"]?(?:(?:{words})\s+|{hour}){{0,4}})"
    wanted = {t.lower() for t in things}
    # the thing opens its clause ('worstenbroodjes OP', 'De taartjes waren al weg') or follows the verb ('Om 10u
    # waren de croissants al uitverkocht'); not the object of a verb with 'op' ('niemand neemt de telefoon op')
    lead = r"(?:^|(?<=[.!?:;,\n])\s*|\b(?:waren|was|zijn|is|were)\s+)(?:(?:de|het|alle|al\s+de|onze|the)\s+)?"
    ends = r"(?=\s*(?:[.!?,;:)]|$)|\s+(?:om|toen|bij|want|en|by|before|at)\b)"
    # two things gone together ('de croissants en het spek waren al op', 'de pistolets en de koffiekoeken allemaal
    # op'): either one named counts, the first one first
    also = r"(?:\s+(?:en|&|and)\s+(?:(?:de|het|onze|the)\s+)?(?P<also>[a-zà-ÿ'-]{3,}))?"
    pattern = rf"{lead}(?P<thing>[a-zà-ÿ'-]{{3,}}){also}\s+{fill}(?:{gone})['’\"]?{ends}"
    # ... or after 'en' with a word that says it was all gone ('kwart na negen en de pistolets allemaal op'): not the
    # second object of a verb with 'op' ('pakte de schaar en de kam op')
    joined = r"\b(?:en|maar|and|but)\s+(?:(?:de|het|alle|onze|the)\s+)?"
    already = r"(?:al|allemaal|ammel|amaal|allemaol|alweer|helemaal|already|all)\s+"
    after = rf"{joined}(?P<thing>[a-zà-ÿ'-]{{3,}}){also}\s+{fill}{already}(?:{gone})['’\"]?{ends}"
    found = (m for p in (pattern, after) for m in re.finditer(p, text, re.I | re.M))
    for m in found:
        named = [w.lower() for w in (m["thing"], m["also"]) if w and w.lower() in wanted]
        if named:
            return named[0]
    # 'de helft van de kaart was al 'op'. Geen stoverij, geen vol-au-vent': what was gone, listed after the menu
    if re.search(rf"\b(?:waren|was|zijn|is|al)\s+{fill}(?:{gone})['’\"]?{ends}", text, re.I | re.M):
        listed = re.search(r"\bgeen\s+(?P<thing>[a-zà-ÿ'-]{3,})\s*[,;]\s*geen\s+[a-zà-ÿ'-]{3,}", text, re.I)
        if listed and listed["thing"].lower() in wanted:
            return listed["thing"].lower()
    return ""


def none_left(text: str) -> str:
    """The goods the writer found none of left, said as a clause of its own ('kwart over 10: geen nonnevotten meer.',
    'Om 9 uur al geen oliebollen meer!'), as written, when the word is a plural; '' otherwise: not 'ik kom hier geen
    keer meer', not a booking full ('geen plekken meer', resources/properties.toml not_goods)."""
    not_goods = {w.lower() for w in _shipped_words().not_goods}
    # after a stop, 'al', 'toen' ... or the hour it was ('Zondag om 10u geen enkele pistolet meer')
    # ... or joined to the visit with 'en' ('Zondag 9.45 bij jullie en geen enkel desembrood meer')
    start = r"(?:^|(?<=[.!?:;,\n])\s*|\b(?:al|toen|was|waren|er|nog|en)\s+|\b\d{1,2}(?:[.:u]\d{2}|u|h|\s*uur)\s+)"
    # ... also one by one ('Om 10u geen enkele pistolet meer.'): then the word as written, singular
    for m in re.finditer(
        rf"{start}geen\s+(?:(?P<thing>[a-zà-ÿ-]{{4,}}(?:en|s))|enkele?\s+(?P<one>[a-zà-ÿ-]{{4,}}))\s+meer\b"
        r"(?=\s*(?:[.!,;:)]|$))",
        text,
        re.I,
    ):
        if m["one"] and m["one"].lower() not in not_goods:
            return m["one"].lower()
        if m["thing"] and m["thing"].lower() not in not_goods:
            return m["thing"].lower()
    return ""


def counted_thing(text: str, thing: str) -> str:
    """A thing the writer asks for with the count of people it is for, as said ('een zaal voor 60 personen', 'een
    tafel voor 12 mensen'), with the day after it when one is said ('... op zaterdag 23 juni'); '' when the text
    says the thing with no group's count right after it."""
    text = text.replace("’", "'")
    for found in re.finditer(
        rf"\b(?:een|de|het)\s+{re.escape(thing)}\s+voor\s+(?:ca\.?\s+|ongeveer\s+|zo'n\s+)?", text, re.I
    ):
        count = _COUNT.match(text, found.end())
        if count is None or not count.group("n") or not group_size(count.group(0)):
            continue
        said = f"een {thing} voor {text[found.end() : count.end()]}"
        day = _DAY_AFTER.match(text, count.end())
        return f"{said}{day.group(0)}" if day else said
    return ""


# A day said right after a thing and its count: ' op zaterdag 23 juni', ' op 14 februari'.
_DAY_AFTER = re.compile(
    rf"\s+op\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?\d{{1,2}}\s+(?:{MONTH_WORDS})\b",
    re.I,
)
