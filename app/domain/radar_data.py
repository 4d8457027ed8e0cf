"""The crisis radar's data: thresholds and incident kinds (resources/radar.toml), prepared
statements, follow-up text and escalation steps (resources/statements.toml), validated on load."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.schema import Ident, Strict, Text, validate
from app.errors import DataFileError
from app.resources import resource_path

ROLES: dict[str, str] = {
    "monitor": "volgen",
    "draft": "opstellen",
    "approve": "goedkeuren",
    "post": "plaatsen",
}
# Who does it, for an open slot: '[vul in: wie goedkeurt]'.
ROLE_WHO: dict[str, str] = {
    "monitor": "wie de kanalen volgt",
    "draft": "wie de tekst opstelt",
    "approve": "wie goedkeurt",
    "post": "wie plaatst",
}
FALLBACK_KIND = "algemeen"

Count = Annotated[int, Field(ge=1)]
Positive = Annotated[float, Field(gt=0)]


class BurstModel(Strict):
    window_minutes: Count
    verhoogd: Count
    crisis: Count
    safety_crisis: Count


class RateModel(Strict):
    window_hours: Count
    baseline_days: Count
    minimum_daily: Positive
    verhoogd_count: Count
    verhoogd_factor: Positive
    crisis_count: Count
    crisis_factor: Positive


class ThreatModel(Strict):
    window_hours: Count
    verhoogd: Count
    crisis: Count


class BombingModel(Strict):
    window_hours: Count
    verhoogd: Count
    crisis: Count
    new_share: Annotated[float, Field(gt=0, le=1)]


class EpisodeModel(Strict):
    lookback_days: Count
    gap_hours: Count
    calm_hours: Count


class KindModel(Strict):
    id: Ident
    title: Text
    safety: bool = False
    topics: list[str]
    concepts: list[str]
    words: list[str]


class RadarModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    burst: BurstModel
    rate: RateModel
    threats: ThreatModel
    bombing: BombingModel
    episode: EpisodeModel
    kind: Annotated[list[KindModel], Field(min_length=1)]


class StatementModel(Strict):
    title: Text
    text: Text


class StepModel(Strict):
    role: Literal["monitor", "draft", "approve", "post"]
    text: Text


class TextModel(Strict):
    text: Text


class StatementsModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    statement: dict[str, StatementModel]
    follow_up: TextModel
    step: Annotated[list[StepModel], Field(min_length=1)]
    pause: TextModel


@dataclass(frozen=True)
class IncidentKind:
    id: str
    title: str
    safety: bool
    topics: frozenset[str]
    concepts: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True)
class RadarConfig:
    burst: BurstModel
    rate: RateModel
    threats: ThreatModel
    bombing: BombingModel
    episode: EpisodeModel
    kinds: tuple[IncidentKind, ...]

    def kind(self, kind_id: str) -> IncidentKind:
        return next((k for k in self.kinds if k.id == kind_id), self.kinds[-1])


@dataclass(frozen=True)
class Step:
    role: str
    text: str


@dataclass(frozen=True)
class StatementSet:
    statements: dict[str, tuple[str, str]]  # kind id -> (title, template)
    follow_up: str
    steps: tuple[Step, ...]
    pause: str


def _describe(data: Mapping[str, Any], loc: Sequence[int | str]) -> tuple[str | None, str]:
    if len(loc) >= 2 and isinstance(loc[1], int):
        return f"[[{loc[0]}]] {loc[1] + 1}", str(loc[2]) if len(loc) > 2 else str(loc[0])
    if len(loc) >= 2:
        return f"[{loc[0]}]", str(loc[-1])
    return "kop", str(loc[0]) if loc else "?"


def parse_radar(data: dict[str, Any], source: str = "<radar>") -> RadarConfig:
    model = validate(RadarModel, data, source, _describe)
    ids = [k.id for k in model.kind]
    if len(set(ids)) != len(ids):
        raise DataFileError(source, "elke [[kind]] heeft een eigen 'id' nodig", "kind")
    if ids[-1] != FALLBACK_KIND:
        raise DataFileError(source, f"de laatste [[kind]] moet '{FALLBACK_KIND}' zijn (voor de rest)", "kind")
    for name in ("burst", "threats", "bombing"):
        part = getattr(model, name)
        if part.crisis < part.verhoogd:
            raise DataFileError(source, "'crisis' mag niet lager zijn dan 'verhoogd'", f"[{name}]")
    if model.rate.crisis_factor < model.rate.verhoogd_factor or model.rate.crisis_count < model.rate.verhoogd_count:
        raise DataFileError(source, "de crisisdrempels mogen niet lager zijn dan die voor verhoogd", "[rate]")
    kinds = tuple(
        IncidentKind(
            k.id,
            k.title.strip(),
            k.safety,
            frozenset(k.topics),
            frozenset(k.concepts),
            frozenset(w.lower() for w in k.words),
        )
        for k in model.kind
    )
    return RadarConfig(model.burst, model.rate, model.threats, model.bombing, model.episode, kinds)


def parse_statements(data: dict[str, Any], kinds: Sequence[str], source: str = "<statements>") -> StatementSet:
    model = validate(StatementsModel, data, source, _describe)
    missing = [k for k in kinds if k not in model.statement]
    if missing:
        raise DataFileError(source, f"geen verklaring voor soort '{missing[0]}'", "statement")
    unknown = [k for k in model.statement if k not in kinds]
    if unknown:
        raise DataFileError(source, f"verklaring voor onbekende soort '{unknown[0]}' (zie radar.toml)", "statement")
    roles = {s.role for s in model.step}
    if roles != set(ROLES):
        raise DataFileError(source, "de stappen moeten elke rol noemen: " + ", ".join(ROLES), "step")
    return StatementSet(
        {k: (v.title.strip(), v.text.strip()) for k, v in model.statement.items()},
        model.follow_up.text.strip(),
        tuple(Step(s.role, s.text.strip()) for s in model.step),
        model.pause.text.strip(),
    )


def load_radar(path: Path | None = None) -> RadarConfig:
    path = path or resource_path("radar.toml")
    return parse_radar(read_toml(path), str(path))


def load_statements(path: Path | None = None, config: RadarConfig | None = None) -> StatementSet:
    path = path or resource_path("statements.toml")
    kinds = [k.id for k in (config or shipped_radar()).kinds]
    return parse_statements(read_toml(path), kinds, str(path))


@lru_cache(maxsize=1)
def shipped_radar() -> RadarConfig:
    return load_radar()


@lru_cache(maxsize=1)
def shipped_statements() -> StatementSet:
    return load_statements()
