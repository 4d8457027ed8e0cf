"""The crisis exercise: a burst of comments about one incident, triaged against the clock.

Scenarios live in resources/crisis/*.toml. A :class:`CrisisRun` reads time from
an injected clock (real seconds), so tests can drive it with a fake one; the
simulation runs ``speed`` times faster than real time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from app.domain.categories import CATEGORIES, FLAGS, PLATFORMS
from app.domain.datafile import read_toml
from app.domain.i18n import REFERENCE, LocalisedNames, PerLanguage, localise
from app.domain.schema import Strict, Text, Texts, validate
from app.domain.texts import CRISIS_TEXTS
from app.errors import DataFileError
from app.resources import resource_path

SCHEMA_VERSION = 1
# The crisis exercise's actions, with their names in the current language (names.toml [crisis_actions]).
ACTIONS: Mapping[str, str] = LocalisedNames(
    "crisis_actions", ("erkennen", "rechtzetten", "beantwoorden", "bedanken", "laten_gaan", "melden")
)
PRIORITY_WEIGHT = {1: 3, 2: 2, 3: 1}
TARGET_MINUTES = {1: 3.0, 2: 6.0, 3: 10.0}  # a good response time per priority, in simulated minutes
DEFAULT_SPEED = 6.0  # one real second is six simulated seconds


@dataclass(frozen=True)
class CrisisMessage:
    index: int
    at: float
    platform: str
    author: str
    text: str
    label: str
    flags: tuple[str, ...]
    action: str
    priority: int
    why: str


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    business: str
    incident: str
    minutes: float
    debrief: tuple[str, ...]
    messages: tuple[CrisisMessage, ...]


@dataclass(frozen=True)
class Decision:
    message: CrisisMessage
    action: str
    handled_at: float  # simulated minute

    @property
    def correct(self) -> bool:
        return self.action == self.message.action

    @property
    def response_minutes(self) -> float:
        return max(0.0, self.handled_at - self.message.at)

    @property
    def points(self) -> float:
        """Weight × (70 % for the right action + 30 % for speed, only when right)."""
        if not self.correct:
            return 0.0
        target = TARGET_MINUTES[self.message.priority]
        late = max(0.0, self.response_minutes - target)
        speed = max(0.0, 1.0 - late / target)
        return PRIORITY_WEIGHT[self.message.priority] * (0.7 + 0.3 * speed)


@dataclass
class CrisisScore:
    score: int
    correct: int
    handled: int
    total: int
    median_response: float | None
    missed: list[CrisisMessage] = field(default_factory=list)


class CrisisRun:
    def __init__(self, scenario: Scenario, clock: Callable[[], float], speed: float = DEFAULT_SPEED) -> None:
        self.scenario = scenario
        self.clock = clock
        self.speed = speed
        self.started: float | None = None
        self.decisions: dict[int, Decision] = {}
        self.stopped_at: float | None = None

    def start(self) -> None:
        self.started = self.clock()

    def now(self) -> float:
        """Simulated minutes since the start."""
        if self.started is None:
            return 0.0
        end = self.stopped_at if self.stopped_at is not None else self.clock()
        return (end - self.started) * self.speed / 60.0

    def arrived(self) -> list[CrisisMessage]:
        now = self.now()
        return [m for m in self.scenario.messages if m.at <= now]

    def pending(self) -> list[CrisisMessage]:
        return [m for m in self.arrived() if m.index not in self.decisions]

    def handle(self, index: int, action: str) -> Decision:
        if action not in ACTIONS:
            raise ValueError(f"onbekende actie '{action}'")
        message = self.scenario.messages[index]
        if message.at > self.now():
            raise ValueError("dit bericht is nog niet binnen")
        if index in self.decisions:
            raise ValueError("dit bericht is al afgehandeld")
        decision = Decision(message, action, self.now())
        self.decisions[index] = decision
        return decision

    @property
    def finished(self) -> bool:
        all_done = len(self.decisions) == len(self.scenario.messages)
        return self.stopped_at is not None or all_done or self.now() >= self.scenario.minutes

    def stop(self) -> None:
        if self.stopped_at is None:
            self.stopped_at = self.clock()

    def score(self) -> CrisisScore:
        messages = self.scenario.messages
        possible = sum(PRIORITY_WEIGHT[m.priority] for m in messages)
        earned = sum(d.points for d in self.decisions.values())
        times = sorted(d.response_minutes for d in self.decisions.values())
        median = times[len(times) // 2] if times else None
        return CrisisScore(
            score=round(100 * earned / possible) if possible else 0,
            correct=sum(1 for d in self.decisions.values() if d.correct),
            handled=len(self.decisions),
            total=len(messages),
            median_response=median,
            missed=[m for m in messages if m.index not in self.decisions],
        )


# ---------------------------------------------------------------- loading


Action = Literal["erkennen", "rechtzetten", "beantwoorden", "bedanken", "laten_gaan", "melden"]


class MessageModel(Strict):
    at: Annotated[float, Field(ge=0)]
    platform: Text
    author: str = ""
    text: Text
    label: Text
    flags: list[str] = Field(default_factory=list)
    action: Action
    priority: Literal[1, 2, 3]
    why: Text


class ScenarioModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    id: Text
    title: Text
    business: Text
    incident: Text
    minutes: Annotated[float, Field(gt=0)]
    debrief: Texts
    messages: Annotated[list[MessageModel], Field(min_length=3)]


_HINTS = {
    "minutes": "'minutes' moet een positief getal zijn",
    "debrief": "'debrief' moet een lijst met lessen zijn",
    "messages": "een scenario heeft minstens drie [[messages]] nodig",
    "priority": "'priority' moet 1, 2 of 3 zijn",
    "action": f"onbekende actie (kies uit {', '.join(ACTIONS)})",
}


def _describe(data: Mapping[str, Any], loc: Sequence[int | str]) -> tuple[str | None, str]:
    if len(loc) >= 2 and loc[0] == "messages" and isinstance(loc[1], int):
        return f"bericht {loc[1] + 1}", str(loc[2]) if len(loc) > 2 else "messages"
    return "kop", str(loc[0]) if loc else "?"


def load_scenario(path: Path, language: str = REFERENCE) -> Scenario:
    """One scenario; ``language`` other than Dutch: its texts from resources/i18n/<language>/crisis/."""
    source = str(path)
    data = read_toml(path)
    if language != REFERENCE:
        data = localise(data, f"crisis/{path.name}", language, CRISIS_TEXTS).data
    if data.get("schema") != SCHEMA_VERSION:
        raise DataFileError(source, f"'schema' moet {SCHEMA_VERSION} zijn")
    model = validate(ScenarioModel, data, source, _describe, _HINTS)
    scenario_id = model.id.strip()
    if scenario_id != path.stem:
        raise DataFileError(source, f"'id' ({scenario_id}) moet gelijk zijn aan de bestandsnaam ({path.stem})", "kop")
    messages: list[CrisisMessage] = []
    previous = -1.0
    for i, raw in enumerate(model.messages):
        where = f"bericht {i + 1}"
        if not raw.at < model.minutes or raw.at < previous:
            raise DataFileError(source, f"'at' moet oplopen en tussen 0 en {model.minutes:g} liggen", where)
        previous = raw.at
        if raw.platform.strip() not in PLATFORMS:
            raise DataFileError(source, f"onbekend platform '{raw.platform.strip()}'", where)
        if raw.label.strip() not in CATEGORIES:
            raise DataFileError(source, f"onbekende categorie '{raw.label.strip()}'", where)
        if any(f not in FLAGS for f in raw.flags):
            raise DataFileError(source, f"ongeldige vlaggen {raw.flags!r}", where)
        messages.append(
            CrisisMessage(
                i,
                raw.at,
                raw.platform.strip(),
                raw.author,
                raw.text.strip(),
                raw.label.strip(),
                tuple(raw.flags),
                raw.action,
                raw.priority,
                raw.why.strip(),
            )
        )
    return Scenario(
        scenario_id,
        model.title.strip(),
        model.business.strip(),
        model.incident.strip(),
        model.minutes,
        tuple(d.strip() for d in model.debrief),
        tuple(messages),
    )


def load_scenarios(folder: Path | None = None, language: str = REFERENCE) -> list[Scenario]:
    """The scenarios in a folder (Dutch), or the shipped ones in ``language``."""
    if folder is not None:
        return [load_scenario(p) for p in sorted(folder.glob("*.toml"))]
    return [load_scenario(p, language) for p in sorted(resource_path("crisis").glob("*.toml"))]


@PerLanguage
def shipped_scenarios(language: str) -> tuple[Scenario, ...]:
    """The shipped scenarios in the window's language (or the one given), loaded once."""
    return tuple(load_scenarios(language=language))
