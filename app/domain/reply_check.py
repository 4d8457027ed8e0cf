"""Checking a reply someone wrote against what a good reply does (resources/reply_checks.toml).

The same expectations the drafts are measured against: empathy before anything else, a private
channel the platform has, no blame, a length that fits (not a curt one-liner, not over the
platform's limit), signed by a person, and no letter style on chat platforms. Which checks apply
depends on the kind of reply the outcome asks for (its ``draft`` field). Practice uses this to
tell a trainee what their reply is missing; the result names each check and why it failed, the
window turns that into a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from app.domain.categories import PLATFORMS
from app.domain.datafile import read_toml
from app.domain.flowchart import DRAFT_KINDS, Node
from app.domain.replies import URL, Platform, ReplyTemplates, posted_length, shipped_templates
from app.domain.schema import Strict, validate
from app.errors import DataFileError
from app.resources import resource_path

SCHEMA_VERSION = 1
CHECKS = ("empathie", "kanaal", "geen_verwijt", "lengte", "ondertekend", "toon", "waardering", "bron")
PATTERN_KEYS = ("empathie", "kanaal_dm", "kanaal_anders", "verwijt", "waardering", "bron", "briefstijl")
CheckId = Literal["empathie", "kanaal", "geen_verwijt", "lengte", "ondertekend", "toon", "waardering", "bron"]
Patterns = Annotated[list[str], Field(min_length=1)]


class PatternsModel(Strict):
    empathie: Patterns
    kanaal_dm: Patterns
    kanaal_anders: Patterns
    verwijt: Patterns
    waardering: Patterns
    bron: Patterns
    briefstijl: Patterns


class NotANameModel(Strict):
    words: list[str]


class ReplyChecksModel(Strict):
    schema_: int = Field(alias="schema")
    private_platforms: list[str] = Field(default_factory=list)
    kinds: dict[str, list[CheckId]]
    min_words: dict[str, Annotated[int, Field(ge=1, le=200)]]
    patterns: PatternsModel
    not_a_name: NotANameModel


@dataclass(frozen=True)
class ReplyRules:
    source: str
    kinds: Mapping[str, tuple[str, ...]]
    min_words: Mapping[str, int]
    patterns: Mapping[str, tuple[re.Pattern[str], ...]]
    not_a_name: frozenset[str]
    private_platforms: frozenset[str] = frozenset()

    def checks_for(self, kind: str) -> tuple[str, ...]:
        return self.kinds.get(kind, ())

    def words_needed(self, kind: str) -> int:
        return self.min_words.get(kind, self.min_words["default"])

    def finds(self, key: str, text: str) -> str | None:
        """The first piece of ``text`` one of the ``key`` patterns matches, or None."""
        for pattern in self.patterns[key]:
            match = pattern.search(text)
            if match:
                return match.group(0)
        return None


def _describe(data: Mapping[str, Any], loc: Sequence[int | str]) -> tuple[str | None, str]:
    if len(loc) >= 2:
        return f"[{loc[0]}]", str(loc[1])
    return None, str(loc[0]) if loc else "?"


def parse_rules(data: Mapping[str, Any], source: str = "<reply_checks>") -> ReplyRules:
    model = validate(ReplyChecksModel, data, source, _describe)
    if model.schema_ != SCHEMA_VERSION:
        raise DataFileError(source, f"'schema' moet {SCHEMA_VERSION} zijn")
    missing = [kind for kind in DRAFT_KINDS if kind not in model.kinds]
    unknown = [kind for kind in model.kinds if kind not in DRAFT_KINDS]
    if missing or unknown:
        raise DataFileError(source, f"[kinds] moet precies {', '.join(DRAFT_KINDS)} noemen", "[kinds]")
    if any(code not in PLATFORMS for code in model.private_platforms):
        raise DataFileError(source, "onbekend platform in 'private_platforms'")
    if "default" not in model.min_words:
        raise DataFileError(source, "'default' ontbreekt", "[min_words]")
    patterns: dict[str, tuple[re.Pattern[str], ...]] = {}
    for key in PATTERN_KEYS:
        compiled = []
        for i, raw in enumerate(getattr(model.patterns, key)):
            try:
                compiled.append(re.compile(raw, re.IGNORECASE))
            except re.error as exc:
                raise DataFileError(source, f"ongeldige reguliere expressie: {exc}", f"[patterns] {key}[{i}]") from None
        patterns[key] = tuple(compiled)
    return ReplyRules(
        source=source,
        kinds={kind: tuple(checks) for kind, checks in model.kinds.items()},
        min_words=dict(model.min_words),
        patterns=patterns,
        not_a_name=frozenset(w.lower() for w in model.not_a_name.words),
        private_platforms=frozenset(model.private_platforms),
    )


def load_rules(path: str | Path | None = None) -> ReplyRules:
    file = Path(path) if path is not None else resource_path("reply_checks.toml")
    return parse_rules(read_toml(file), str(file))


@lru_cache(maxsize=1)
def shipped_rules() -> ReplyRules:
    return load_rules()


# ---------------------------------------------------------------- checking


@dataclass(frozen=True)
class CheckResult:
    """One check: ``reason`` says why it failed (or how it passed, e.g. 'dm' for the channel);
    ``found`` quotes what was found (the blaming words, the letter-style greeting);
    ``values`` hold the numbers behind a length verdict."""

    check: str
    passed: bool
    reason: str = ""
    found: str = ""
    values: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ReplyReport:
    kind: str
    results: tuple[CheckResult, ...]

    @property
    def score(self) -> float:
        """The share of checks passed (1.0 when no check applies)."""
        if not self.results:
            return 1.0
        return sum(r.passed for r in self.results) / len(self.results)

    @property
    def missing(self) -> list[CheckResult]:
        return [r for r in self.results if not r.passed]

    def result(self, check: str) -> CheckResult | None:
        return next((r for r in self.results if r.check == check), None)


_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_SIGN_SPLIT = re.compile(r"[,\n–—^]|\s-\s|^-\s?")
_TITLE = re.compile(r"^(?:[a-z]{1,4}\.|[A-Z]\.(?:[A-Z]\.)*)$")  # 'mr.', 'dr.', 'S.', 'J.P.'
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "te", "el", "al", "von"})


def _is_name(part: str, rules: ReplyRules) -> bool:
    """'Marieke', 'Jan Peeters', 'Wendy van Bloemen Hanssen', 'mr. S. van der Linden'."""
    words = [w for w in part.split() if not _TITLE.match(w)]  # titles and initials may come first
    if not 1 <= len(words) <= 5 or words[0].lower() in rules.not_a_name or not any(w[:1].isupper() for w in words):
        return False
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def _signed(text: str, rules: ReplyRules) -> bool:
    """The reply ends with a name: 'Groet, Marieke', '– Tess', 'Met vriendelijke groet,\\nJan Peeters',
    also with a role after it ('Sandra, baliemedewerker')."""
    parts = [p.strip() for p in _SIGN_SPLIT.split(text.strip().rstrip(".!")) if p.strip()]
    if len(parts) < 2:
        return False
    return _is_name(parts[-1], rules) or (len(parts) > 2 and _is_name(parts[-2], rules))


def _length(text: str, kind: str, platform: Platform, rules: ReplyRules, templates: ReplyTemplates) -> CheckResult:
    words = len(_WORD.findall(text))
    needed = rules.words_needed(kind)
    if words < needed:
        return CheckResult("lengte", False, "te_kort", values={"words": words, "min": needed})
    length = posted_length(text, platform, templates.slot_fill)
    if platform.limit and length > platform.limit:
        return CheckResult("lengte", False, "te_lang", values={"length": length, "limit": platform.limit})
    return CheckResult("lengte", True, values={"words": words, "length": length, "limit": platform.limit})


def _channel(text: str, platform: Platform, rules: ReplyRules) -> CheckResult:
    if platform.code in rules.private_platforms:
        return CheckResult("kanaal", True, "antwoord_is_prive")
    dm = rules.finds("kanaal_dm", text)
    other = rules.finds("kanaal_anders", text)
    if dm and not platform.dm and not other:
        return CheckResult("kanaal", False, "geen_dm_op_platform", found=dm)
    if other or (dm and platform.dm):
        return CheckResult("kanaal", True, "dm" if dm and platform.dm else "anders")
    return CheckResult("kanaal", False, "geen_kanaal")


def _one(
    check: str, text: str, kind: str, platform: Platform, rules: ReplyRules, templates: ReplyTemplates
) -> CheckResult | None:
    """One check on ``text``; None when it does not apply here (letter style off chat platforms)."""
    if check == "lengte":
        return _length(text, kind, platform, rules, templates)
    if check == "kanaal":
        return _channel(text, platform, rules)
    if check == "geen_verwijt":
        blame = rules.finds("verwijt", text)
        return CheckResult(check, blame is None, "verwijt" if blame else "", found=blame or "")
    if check == "ondertekend":
        signed = _signed(text, rules)
        return CheckResult(check, signed, "" if signed else "geen_naam")
    if check == "toon":
        if platform.style != "chat":
            return None
        letter = rules.finds("briefstijl", text)
        return CheckResult(check, letter is None, "briefstijl" if letter else "", found=letter or "")
    key = {"empathie": "empathie", "waardering": "waardering", "bron": "bron"}[check]
    hit = rules.finds(key, text)
    if check == "bron" and hit is None:
        link = URL.search(text)
        hit = link.group(0) if link else None
    return CheckResult(check, hit is not None, "" if hit else "ontbreekt", found=hit or "")


def check_reply(
    reply: str,
    kind: str,
    platform: str,
    *,
    rules: ReplyRules | None = None,
    templates: ReplyTemplates | None = None,
) -> ReplyReport:
    """Check ``reply`` for an outcome whose draft kind is ``kind``, to be posted on ``platform``."""
    rules = rules or shipped_rules()
    templates = templates or shipped_templates()
    plat = templates.platform(platform)
    text = reply.strip()
    results = []
    for check in rules.checks_for(kind):
        result = _one(check, text, kind, plat, rules, templates)
        if result is not None:
            results.append(result)
    return ReplyReport(kind, tuple(results))


def reply_report(outcome: Node, reply: str, platform: str) -> ReplyReport | None:
    """The checks for a reply at ``outcome``: None where no reply is written, or where one is
    optional and none was written."""
    if not outcome.writes_reply or (not outcome.reply_expected and not reply.strip()):
        return None
    return check_reply(reply, outcome.draft, platform)
