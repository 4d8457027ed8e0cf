"""The reply building blocks in resources/replies.toml: loading, validation, rendering.

Sentences carry their own register and voice alternatives ({r:je|u}, {v:ik|wij})
and named placeholders. Rendering picks one variant per list deterministically
from a seed (the comment), so the same comment always gets the same draft and
two comments usually get different sentences.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from app.domain.categories import PLATFORMS
from app.domain.datafile import read_toml
from app.domain.plural_you import MARKS, shipped_plural
from app.domain.reply_keys import SECTIONS as _SECTIONS
from app.domain.reply_keys import STYLES
from app.domain.schema import Strict, Text, Texts, validate
from app.errors import DataFileError
from app.resources import resource_path

SCHEMA_VERSION = 2
PLACEHOLDERS = frozenset(
    {
        "naam",
        "dienst",
        "vraag",
        "antwoord",
        "bedrijf",
        "kanaal",
        "ordernummer",
        "product",
        "waarde",
        "feit",
        "onderwerp",
        "tweede",  # a second thing judged with its judgement: 'de zalm rauw'
        "ondertekenaar",
        "gelegenheid",
        "feestdag",
        "label",
        "persoon",
        "persoon_subject",
        "werd",
        "na",
        "meervoud",
        "feestdag_naam",
        "feestdag_hoofd",
        "wens",
        "voorbeelden",
        "van",
        "naar",
        # notes for the owner (warnings next to a draft)
        "aantal",
        "platform",
        "stappen",
        "lengte",
        "limiet",
        "kort",
        "gegevens",
    }
)
# The value of {meervoud}: whether what the writer named is plural ('de remmen werkten').
PLURAL, SINGULAR = "ja", "nee"
COUNTS = ("chars", "x", "graphemes")
PROFILE_FIELDS = frozenset(
    {"opening_hours", "delivery_terms", "return_terms", "payment", "accessibility", "parking", "address", "faq"}
)
_ALTERNATIVE = re.compile(r"\{([rvn]):([^{}|]*)\|([^{}|]*)\}")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_BRACE = re.compile(r"[{}]")
SLOT = re.compile(r"\[vul in: ([^\]]+)\]")

_TOPIC = frozenset({"onderwerp", "meervoud"})


def number(plural: bool) -> str:
    """The {meervoud} value for something singular or plural."""
    return PLURAL if plural else SINGULAR


@dataclass(frozen=True)
class Platform:
    code: str
    name: str
    limit: int
    emoji: bool
    formal: bool
    report: str
    style: str = "post"  # chat | post | review | formal: greeting and sign-off
    dm: bool = True  # can the writer send a private message on this platform?
    count: str = "chars"  # how the platform counts: chars | x | graphemes


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    keywords: tuple[str, ...]
    empathy: tuple[str, ...] = ()
    field: str = ""
    answer: tuple[str, ...] = ()
    fact: tuple[str, ...] = ()  # a question topic's profile field said as a sentence ('We zijn open op ...')
    about: tuple[str, ...] = ()  # empathy that names what the writer named ({onderwerp})
    solution: tuple[str, ...] = ()  # the slot for the proposal, with examples that fit this topic


@dataclass(frozen=True)
class ReplyTemplates:
    source: str
    platforms: Mapping[str, Platform]
    sections: Mapping[str, Mapping[str, tuple[str, ...]]]
    complaint_topics: tuple[Topic, ...]
    question_topics: tuple[Topic, ...]
    slot_fill: Mapping[str, int]

    def lines(self, section: str, key: str) -> tuple[str, ...]:
        return self.sections[section][key]

    def platform(self, code: str) -> Platform:
        return self.platforms.get(code) or self.platforms["overig"]


def _check_sentence(source: str, where: str, text: str, allowed: frozenset[str]) -> None:
    stripped = _ALTERNATIVE.sub("", text)
    for name in _PLACEHOLDER.findall(stripped):
        if name not in PLACEHOLDERS:
            raise DataFileError(source, f"onbekende invulplek {{{name}}}", where)
        if name not in allowed:
            raise DataFileError(source, f"invulplek {{{name}}} kan hier niet worden ingevuld", where)
    if _BRACE.search(_PLACEHOLDER.sub("", stripped)):
        raise DataFileError(source, "accolade zonder geldige {r:…|…}, {v:…|…} of {naam}-vorm", where)
    if "[" in text and not SLOT.search(text):
        raise DataFileError(source, "open plek moet de vorm [vul in: …] hebben", where)


def _sentences(source: str, table: Mapping[str, Any], key: str, where: str, allowed: frozenset[str]) -> tuple[str, ...]:
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(source, f"'{key}' moet een niet-lege lijst met zinnen zijn", where)
    for i, text in enumerate(value):
        _check_sentence(source, f"{where}.{key}[{i}]", text, allowed)
    return tuple(value)


class PlatformModel(Strict):
    code: Text
    name: Text
    limit: Annotated[int, Field(ge=0)]
    emoji: bool
    formal: bool
    dm: bool
    report: Text
    style: Literal["chat", "post", "review", "formal"]
    count: Literal["chars", "x", "graphemes"]


class ComplaintTopicModel(Strict):
    id: Text
    label: Text
    keywords: list[str] = Field(default_factory=list)
    empathy: Texts
    about: Texts
    solution: Texts | None = None


class QuestionTopicModel(Strict):
    id: Text
    label: Text
    field: Text
    answer: Texts
    fact: Texts


class RepliesModel(Strict):
    """The file's fixed parts; its sentence sections ([greeting], [complaint], …) are checked by _SECTIONS."""

    model_config = ConfigDict(strict=True, extra="allow", frozen=True)

    schema_version: Literal[2] = Field(alias="schema")
    platforms: Annotated[list[PlatformModel], Field(min_length=1)]
    complaint_topics: list[ComplaintTopicModel]
    question_topics: list[QuestionTopicModel]
    slot_fill: dict[str, Annotated[int, Field(ge=0)]]


_HINTS = {
    "limit": "'limit' moet een geheel getal ≥ 0 zijn",
    "slot_fill": "[slot_fill] moet aantallen tekens geven, met een 'default'",
    "style": f"'style' moet een van {', '.join(STYLES)} zijn",
    "count": f"'count' moet een van {', '.join(COUNTS)} zijn",
}


def _describe(data: Mapping[str, Any], loc: Sequence[int | str]) -> tuple[str | None, str]:
    """(where, field): "platform 'x'", "complaint_topics 'prijs'" and the field."""
    if len(loc) >= 2 and isinstance(loc[1], int):
        table, index = str(loc[0]), loc[1]
        items = data.get(table)
        raw = items[index] if isinstance(items, list) and index < len(items) else None
        key = "code" if table == "platforms" else "id"
        name = raw.get(key) if isinstance(raw, dict) else None
        label = "platform" if table == "platforms" else table
        where = f"{label} '{name}'" if isinstance(name, str) else f"{table}[{index}]"
        if len(loc) >= 4 and isinstance(loc[3], int):
            return f"{where}.{loc[2]}[{loc[3]}]", str(loc[2])
        return where, str(loc[2]) if len(loc) > 2 else table
    return (str(loc[0]) if loc else None), str(loc[0]) if loc else "?"


def parse_templates(data: Mapping[str, Any], source: str = "<replies>") -> ReplyTemplates:
    """The schema first, then what it cannot say: every platform present, the placeholders each
    sentence may use, a complaint topic 'overig', profile fields that exist."""
    if data.get("schema") != SCHEMA_VERSION:
        raise DataFileError(source, f"'schema' moet {SCHEMA_VERSION} zijn")
    model = validate(RepliesModel, data, source, _describe, _HINTS)
    platforms: dict[str, Platform] = {}
    for i, raw in enumerate(model.platforms):
        if raw.code not in PLATFORMS:
            raise DataFileError(source, f"onbekende platformcode {raw.code!r}", f"platforms[{i}]")
        platforms[raw.code] = Platform(
            raw.code, raw.name, raw.limit, raw.emoji, raw.formal, raw.report, raw.style, raw.dm, raw.count
        )
    missing = [p for p in PLATFORMS if p not in platforms]
    if missing:
        raise DataFileError(source, f"platform(s) ontbreken: {', '.join(missing)}", "platforms")
    unknown = [key for key in model.model_extra or {} if key not in _SECTIONS]
    if unknown:
        raise DataFileError(source, f"onbekende sectie [{unknown[0]}] (tikfout?)", unknown[0])
    sections = {section: _section(source, data.get(section), section, keys) for section, keys in _SECTIONS.items()}
    complaint_topics = tuple(_complaint_topic(source, raw) for raw in model.complaint_topics)
    if not any(t.id == "overig" for t in complaint_topics):
        raise DataFileError(
            source, "er moet een onderwerp 'overig' zijn (voor klachten zonder herkend onderwerp)", "complaint_topics"
        )
    question_topics = []
    for raw_q in model.question_topics:
        where = f"question_topics '{raw_q.id}'"
        if raw_q.field not in PROFILE_FIELDS:
            raise DataFileError(source, f"'field' moet een van {', '.join(sorted(PROFILE_FIELDS))} zijn", where)
        answer = _checked(source, raw_q.answer, f"{where}.answer", frozenset({"waarde"}))
        fact = _checked(source, raw_q.fact, f"{where}.fact", frozenset({"waarde"}))
        question_topics.append(Topic(raw_q.id, raw_q.label, (), (), raw_q.field, answer, fact))
    if "default" not in model.slot_fill:
        raise DataFileError(source, _HINTS["slot_fill"], "slot_fill")
    return ReplyTemplates(source, platforms, sections, complaint_topics, tuple(question_topics), dict(model.slot_fill))


def _section(source: str, table: Any, section: str, keys: Mapping[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    if not isinstance(table, dict):
        raise DataFileError(source, f"sectie [{section}] ontbreekt", section)
    return {key: _sentences(source, table, key, section, allowed) for key, allowed in keys.items()}


def _complaint_topic(source: str, raw: ComplaintTopicModel) -> Topic:
    where = f"complaint_topics '{raw.id}'"
    return Topic(
        raw.id,
        raw.label,
        tuple(raw.keywords),
        _checked(source, raw.empathy, f"{where}.empathy", frozenset()),
        about=_checked(source, raw.about, f"{where}.about", _TOPIC),
        solution=_checked(source, raw.solution, f"{where}.solution", frozenset({"voorbeelden"}))
        if raw.solution
        else (),
    )


def _checked(source: str, sentences: list[str], where: str, allowed: frozenset[str]) -> tuple[str, ...]:
    for i, text in enumerate(sentences):
        _check_sentence(source, f"{where}[{i}]", text, allowed)
    return tuple(sentences)


def load_templates(path: str | Path | None = None) -> ReplyTemplates:
    file = Path(path) if path else resource_path("replies.toml")
    return parse_templates(read_toml(file), str(file))


@lru_cache(maxsize=1)
def shipped_templates() -> ReplyTemplates:
    return load_templates()


# ---------------------------------------------------------------- rendering


@dataclass(frozen=True)
class Tone:
    register: str  # "je" | "u"
    voice: str  # "ik" | "wij"
    plural: bool = False  # 'je' to more than one writer: said as 'jullie' (resources/jullie.toml)


def pick(options: Sequence[str], seed: str, key: str) -> str:
    """Deterministic choice: the same seed and key always give the same option."""
    digest = hashlib.sha256(f"{key}\0{seed}".encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def render(template: str, tone: Tone, values: Mapping[str, str] | None = None) -> str:
    """Choose the register/voice (and {n:singular|plural}) alternatives, then fill in the values.

    Values are inserted last and never parsed, so text from a comment cannot
    inject template syntax.
    """

    values = values or {}
    plural = values.get("meervoud") == PLURAL

    def alternative(match: re.Match[str]) -> str:
        kind, first, second = match.groups()
        if kind == "r":
            if tone.plural and tone.register == "je":
                return shipped_plural().alternative(first, second)
            return first if tone.register == "je" else second
        if kind == "n":  # singular | plural of what the writer named
            return second if plural else first
        return first if tone.voice == "ik" else second

    text = _PLACEHOLDER.sub(
        lambda m: _clean(values.get(m.group(1), m.group(0))), _ALTERNATIVE.sub(alternative, template)
    )
    # 'dat jullie er speciaal voor kwamen': the verb of a plural 'jullie' may be in a value
    return shipped_plural().agree(text) if tone.plural and tone.register == "je" else text


def _clean(value: str) -> str:
    for mark in MARKS:
        value = value.replace(mark, "")
    return value


def open_slots(text: str) -> list[str]:
    """The descriptions of every [vul in: …] slot still in a text, in order."""
    return [m.group(1).strip() for m in SLOT.finditer(text)]


# ---------------------------------------------------------------- length as the platform counts it

_X_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_JOINERS = {"\u200d", "\ufe0e", "\ufe0f"}
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+|\b[a-z0-9-]+\.(?:nl|be|com|eu|org|net)(?:/[^\s<>\"']*)?", re.I)


def graphemes(text: str) -> list[str]:
    """User-perceived characters: a letter with its accents, an emoji with its modifiers and
    joined parts, a flag (two regional indicators) count as one."""
    clusters: list[str] = []
    join_next = False
    for ch in text:
        code = ord(ch)
        combining = unicodedata.combining(ch) or ch in _JOINERS or 0x1F3FB <= code <= 0x1F3FF
        regional = 0x1F1E6 <= code <= 0x1F1FF
        pair = regional and clusters and len(clusters[-1]) == 1 and 0x1F1E6 <= ord(clusters[-1][0]) <= 0x1F1FF
        if clusters and (combining or join_next or pair):
            clusters[-1] += ch
        else:
            clusters.append(ch)
        join_next = ch == "\u200d"
    return clusters


def _x_weight(cluster: str) -> int:
    code = ord(cluster[0])
    if len(cluster) > 1 and not unicodedata.combining(cluster[1]):
        return 2  # an emoji sequence
    return 1 if any(lo <= code <= hi for lo, hi in _X_LIGHT) else 2


def platform_length(text: str, count: str) -> int:
    """The length as the platform counts it: X weighs links as 23 and emoji/CJK double,
    Bluesky counts graphemes, the others count characters."""
    if count == "x":
        total = 0
        last = 0
        for match in URL.finditer(text):
            total += sum(_x_weight(c) for c in graphemes(text[last : match.start()])) + 23
            last = match.end()
        return total + sum(_x_weight(c) for c in graphemes(text[last:]))
    if count == "graphemes":
        return len(graphemes(text))
    return len(text)


def fill_slots(text: str, fill: Mapping[str, int]) -> str:
    """The text with every [vul in: …] replaced by a realistic stand-in of typical length."""

    def stand_in(match: re.Match[str]) -> str:
        description = match.group(1).lower()
        size = next((n for key, n in fill.items() if key != "default" and key in description), fill["default"])
        if "link" in description:
            return "https://voorbeeld.nl/info"  # counted as a link where the platform does so
        return ("x" * size)[:size]

    return SLOT.sub(stand_in, text)


def posted_length(text: str, platform: Platform, fill: Mapping[str, int]) -> int:
    """The length of the text that will be posted: slots filled in, counted as the platform counts."""
    return platform_length(fill_slots(text, fill), platform.count)
