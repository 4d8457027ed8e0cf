"""Safety first for threats and hate: what the outcome shows before its ordinary advice.

The texts and their order live in ``resources/safety.toml`` (validated here); this module only
picks the block for a comment's flags and platform. No Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.flowchart import Flowchart, shipped_flowchart
from app.domain.i18n import REFERENCE, PerLanguage, localise
from app.domain.schema import Strict, Text, Texts, validate
from app.domain.texts import SAFETY_TEXTS
from app.errors import DataFileError
from app.resources import resource_path

# The flags that lead with safety, the strongest first.
SAFETY_FLAGS = ("bedreiging", "haat")


class _FlagModel(Strict):
    title: Text
    warning: Text
    report: Texts
    evidence: Texts
    police: Texts


class _HeadingsModel(Strict):
    report: Text
    evidence: Text
    police: Text
    rest: Text


class _SafetyModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    offer: Texts
    headings: _HeadingsModel
    flags: dict[str, _FlagModel]


@dataclass(frozen=True)
class SafetyBlock:
    """What an outcome shows first for one comment: a warning band and three numbered blocks."""

    flag: str
    title: str
    warning: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, sentences), in order
    rest_heading: str


@dataclass(frozen=True)
class SafetyAdvice:
    headings: _HeadingsModel
    flags: Mapping[str, _FlagModel]
    offer: frozenset[str] = frozenset()  # outcomes where the owner can say it holds a threat or hate

    def offered(self, outcome_id: str) -> bool:
        """Whether the outcome lets the owner mark a threat or hate the assistant did not see."""
        return outcome_id in self.offer

    def block(self, flags: Iterable[str], platform_name: str, report_steps: Sequence[str]) -> SafetyBlock | None:
        """The block for the strongest safety flag present; ``report_steps``: how to report on the
        chosen platform (the platform's own steps, from the reply templates), shown first."""
        present = set(flags)
        flag = next((f for f in SAFETY_FLAGS if f in present and f in self.flags), None)
        if flag is None:
            return None
        data = self.flags[flag]
        sections = (
            (self.headings.report.format(platform=platform_name), (*report_steps, *data.report)),
            (self.headings.evidence, tuple(data.evidence)),
            (self.headings.police, tuple(data.police)),
        )
        return SafetyBlock(flag, data.title, data.warning, sections, self.headings.rest)


def _describe(data: Mapping[str, Any], loc: Sequence[int | str]) -> tuple[str | None, str]:
    parts = [str(p) for p in loc]
    return (" → ".join(parts[:-1]) or None), (parts[-1] if parts else "?")


def parse_safety(
    data: Mapping[str, Any], source: str = "<safety>", outcomes: Collection[str] | None = None
) -> SafetyAdvice:
    """``outcomes``: the chart's outcome ids; every id under ``offer`` must be one of them."""
    model = validate(_SafetyModel, data, source, _describe)
    for flag in model.flags:
        if flag not in SAFETY_FLAGS:
            raise DataFileError(source, f"onbekende vlag '{flag}' (kies uit {', '.join(SAFETY_FLAGS)})", "flags")
    if "{platform}" not in model.headings.report:
        raise DataFileError(source, "de kop 'report' moet {platform} bevatten", "headings")
    if outcomes is not None:
        unknown = [o for o in model.offer if o not in outcomes]
        if unknown:
            raise DataFileError(source, f"'{unknown[0]}' is geen uitkomst in het schema", "offer")
    return SafetyAdvice(model.headings, dict(model.flags), frozenset(model.offer))


def load_safety(
    path: str | Path | None = None, flow: Flowchart | None = None, language: str = REFERENCE
) -> SafetyAdvice:
    """The safety advice, its ``offer`` checked against ``flow`` (default: the shipped chart); the
    shipped file's texts in ``language`` (resources/i18n/)."""
    file = Path(path) if path is not None else resource_path("safety.toml")
    chart = flow or shipped_flowchart()
    data = read_toml(file)
    if path is None and language != REFERENCE:
        data = localise(data, "safety.toml", language, SAFETY_TEXTS).data
    return parse_safety(data, source=str(file), outcomes={n.id for n in chart.outcomes})


@PerLanguage
def shipped_safety(language: str) -> SafetyAdvice:
    """The safety advice in resources/, in the window's language (or the one given), loaded once."""
    return load_safety(language=language)
