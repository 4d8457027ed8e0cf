"""The reply building blocks in resources/replies.toml: loading, validation, rendering.

Sentences carry their own register and voice alternatives ({r:je|u}, {v:ik|wij})
and named placeholders. Rendering picks one variant per list deterministically
from a seed (the comment), so the same comment always gets the same draft and
two comments usually get different sentences.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.domain.categories import PLATFORMS
from app.domain.datafile import read_toml
from app.errors import DataFileError
from app.resources import resource_path

SCHEMA_VERSION = 1
PLACEHOLDERS = frozenset(
    {"naam", "bedrijf", "kanaal", "ordernummer", "product", "waarde", "onderwerp", "ondertekenaar"}
)
PROFILE_FIELDS = frozenset(
    {"opening_hours", "delivery_terms", "return_terms", "payment", "accessibility", "parking", "address", "faq"}
)
_ALTERNATIVE = re.compile(r"\{([rv]):([^{}|]*)\|([^{}|]*)\}")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_BRACE = re.compile(r"[{}]")
SLOT = re.compile(r"\[vul in: ([^\]]+)\]")

# Sections with lists of sentences, and the placeholders each may use.
_SECTIONS: dict[str, dict[str, frozenset[str]]] = {
    "greeting": {
        "named": frozenset({"naam"}),
        "anonymous": frozenset(),
        "formal_named": frozenset({"naam"}),
        "formal_anonymous": frozenset(),
    },
    "signoff": {
        "informal": frozenset({"ondertekenaar"}),
        "formal": frozenset({"ondertekenaar"}),
        "with_business": frozenset({"ondertekenaar", "bedrijf"}),
    },
    "channel": {
        "dm": frozenset(),
        "email": frozenset({"kanaal"}),
        "phone": frozenset({"kanaal"}),
        "missing": frozenset(),
        "dm_short": frozenset(),
        "email_short": frozenset({"kanaal"}),
        "phone_short": frozenset({"kanaal"}),
        "missing_short": frozenset(),
    },
    "complaint": {
        "acknowledge": frozenset(),
        "apology": frozenset(),
        "order_known": frozenset({"ordernummer"}),
        "order_unknown": frozenset(),
        "solution": frozenset(),
        "solution_short": frozenset(),
        "short": frozenset(),
    },
    "rumour": {
        "opening": frozenset(),
        "correction": frozenset(),
        "source": frozenset(),
        "closing": frozenset(),
        "short": frozenset(),
        "source_short": frozenset(),
    },
    "positive": {
        "thanks_product": frozenset({"product"}),
        "thanks_general": frozenset(),
        "suggestion": frozenset(),
        "closing": frozenset(),
        "emoji": frozenset(),
        "short": frozenset(),
    },
    "question": {"unknown": frozenset(), "later": frozenset(), "more": frozenset()},
    "joke": {"light": frozenset()},
    "current": {"lines": frozenset()},
    "repeat": {"lines": frozenset(), "invite": frozenset()},
    "pause": {"lines": frozenset()},
}


@dataclass(frozen=True)
class Platform:
    code: str
    name: str
    limit: int
    emoji: bool
    formal: bool
    report: str


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    keywords: tuple[str, ...]
    empathy: tuple[str, ...] = ()
    field: str = ""
    answer: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReplyTemplates:
    source: str
    platforms: Mapping[str, Platform]
    sections: Mapping[str, Mapping[str, tuple[str, ...]]]
    complaint_topics: tuple[Topic, ...]
    question_topics: tuple[Topic, ...]

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


def parse_templates(data: Mapping[str, Any], source: str = "<replies>") -> ReplyTemplates:
    if data.get("schema") != SCHEMA_VERSION:
        raise DataFileError(source, f"'schema' moet {SCHEMA_VERSION} zijn")
    platforms: dict[str, Platform] = {}
    for i, raw in enumerate(data.get("platforms", [])):
        where = f"platforms[{i}]"
        code = raw.get("code")
        if code not in PLATFORMS:
            raise DataFileError(source, f"onbekende platformcode {code!r}", where)
        limit = raw.get("limit")
        if not isinstance(limit, int) or limit < 0:
            raise DataFileError(source, "'limit' moet een geheel getal ≥ 0 zijn", f"platform '{code}'")
        for key in ("name", "report"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise DataFileError(source, f"veld '{key}' ontbreekt", f"platform '{code}'")
        for key in ("emoji", "formal"):
            if not isinstance(raw.get(key), bool):
                raise DataFileError(source, f"'{key}' moet true of false zijn", f"platform '{code}'")
        platforms[code] = Platform(code, raw["name"], limit, raw["emoji"], raw["formal"], raw["report"])
    missing = [p for p in PLATFORMS if p not in platforms]
    if missing:
        raise DataFileError(source, f"platform(s) ontbreken: {', '.join(missing)}", "platforms")

    sections: dict[str, dict[str, tuple[str, ...]]] = {}
    for section, keys in _SECTIONS.items():
        table = data.get(section)
        if not isinstance(table, dict):
            raise DataFileError(source, f"sectie [{section}] ontbreekt", section)
        sections[section] = {key: _sentences(source, table, key, section, allowed) for key, allowed in keys.items()}

    complaint_topics = []
    for i, raw in enumerate(data.get("complaint_topics", [])):
        where = f"complaint_topics '{raw.get('id', i)}'"
        topic_id, label = raw.get("id"), raw.get("label")
        if not isinstance(topic_id, str) or not isinstance(label, str):
            raise DataFileError(source, "'id' en 'label' zijn verplicht", where)
        keywords = raw.get("keywords", [])
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            raise DataFileError(source, "'keywords' moet een lijst met woorden zijn", where)
        empathy = _sentences(source, raw, "empathy", where, frozenset())
        complaint_topics.append(Topic(topic_id, label, tuple(keywords), empathy))
    if not any(t.id == "overig" for t in complaint_topics):
        raise DataFileError(
            source, "er moet een onderwerp 'overig' zijn (voor klachten zonder herkend onderwerp)", "complaint_topics"
        )

    question_topics = []
    for i, raw in enumerate(data.get("question_topics", [])):
        where = f"question_topics '{raw.get('id', i)}'"
        topic_id, label, field_name = raw.get("id"), raw.get("label"), raw.get("field")
        if not isinstance(topic_id, str) or not isinstance(label, str):
            raise DataFileError(source, "'id' en 'label' zijn verplicht", where)
        if field_name not in PROFILE_FIELDS:
            raise DataFileError(source, f"'field' moet een van {', '.join(sorted(PROFILE_FIELDS))} zijn", where)
        keywords = raw.get("keywords", [])
        if not isinstance(keywords, list) or not keywords:
            raise DataFileError(source, "'keywords' moet een niet-lege lijst zijn", where)
        answer = _sentences(source, raw, "answer", where, frozenset({"waarde"}))
        question_topics.append(Topic(topic_id, label, tuple(keywords), (), field_name, answer))
    return ReplyTemplates(source, platforms, sections, tuple(complaint_topics), tuple(question_topics))


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


def pick(options: Sequence[str], seed: str, key: str) -> str:
    """Deterministic choice: the same seed and key always give the same option."""
    digest = hashlib.sha256(f"{key}\0{seed}".encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def render(template: str, tone: Tone, values: Mapping[str, str] | None = None) -> str:
    """Choose the register/voice alternatives, then fill in the values.

    Values are inserted last and never parsed, so text from a comment cannot
    inject template syntax.
    """

    def alternative(match: re.Match[str]) -> str:
        kind, first, second = match.groups()
        if kind == "r":
            return first if tone.register == "je" else second
        return first if tone.voice == "ik" else second

    text = _ALTERNATIVE.sub(alternative, template)
    values = values or {}
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def open_slots(text: str) -> list[str]:
    """The descriptions of every [vul in: …] slot still in a text, in order."""
    return [m.group(1).strip() for m in SLOT.finditer(text)]
