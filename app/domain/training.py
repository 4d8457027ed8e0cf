"""Practice cases: loading and checking them against the flowchart, and scoring a walk.

The cases live in resources/cases/*.toml (see the header of any of them). Each
case carries the comment, its context, the expected answer at every question
on its path with a short explanation, and a model reply where one is due.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from app.domain.categories import CATEGORIES, FLAGS, PLATFORMS
from app.domain.datafile import read_toml
from app.domain.flowchart import Flowchart, Node, shipped_flowchart
from app.domain.i18n import REFERENCE, LocalisedNames, PerLanguage, localise
from app.domain.reply_check import ReplyReport, reply_report
from app.domain.schema import Describe, Strict, Text, validate
from app.domain.texts import CASE_TEXTS
from app.errors import DataFileError
from app.resources import resource_path

SCHEMA_VERSION = 1
DIFFICULTIES = ("makkelijk", "gemiddeld", "moeilijk")
DIFFICULTY_NAMES: Mapping[str, str] = LocalisedNames("difficulties", DIFFICULTIES)  # in the window's language


@dataclass(frozen=True)
class ExpectedStep:
    question: str
    answer: str
    why: str


@dataclass(frozen=True)
class PracticeCase:
    id: str
    title: str
    difficulty: str
    platform: str
    author: str
    business: str
    context: str
    text: str
    label: str
    flags: tuple[str, ...]
    outcome: str
    steps: tuple[ExpectedStep, ...]
    model_reply: str = ""
    tips: tuple[str, ...] = ()
    source: str = ""

    def expected(self, question: str) -> ExpectedStep | None:
        return next((s for s in self.steps if s.question == question), None)


@dataclass
class StepResult:
    question: str
    chosen: str
    expected: str | None  # None: the trainee left the expected path earlier
    why: str = ""

    @property
    def correct(self) -> bool:
        return self.expected is not None and self.chosen == self.expected


@dataclass
class PracticeResult:
    case_id: str
    steps: list[StepResult] = field(default_factory=list)
    outcome: str | None = None
    expected_outcome: str = ""
    checked: list[str] = field(default_factory=list)  # checklist items the trainee ticked for the reply
    reply: str = ""

    @property
    def correct_steps(self) -> int:
        return sum(1 for s in self.steps if s.correct)

    @property
    def mistakes(self) -> list[StepResult]:
        return [s for s in self.steps if not s.correct]

    @property
    def outcome_right(self) -> bool:
        return self.outcome == self.expected_outcome

    def score(self, expected_steps: int, reply_share: float | None = None) -> int:
        """0–100: 70 % for the right answers along the path (every expected question
        counts, also the ones never reached), 30 % for the reply when one is due (the share
        of the reply checks it passes, :mod:`app.domain.reply_check`), else 30 % for ending
        in the right outcome. The trainee's own ticks in the checklist do not count."""
        path_part = self.correct_steps / max(1, expected_steps)
        extra = reply_share if reply_share is not None else (1.0 if self.outcome_right else 0.0)
        return round(100 * (0.7 * path_part + 0.3 * extra))


def judge_step(case: PracticeCase, question: str, chosen: str, on_path: bool) -> StepResult:
    """Feedback for one answer: right, or what was expected and why."""
    expected = case.expected(question) if on_path else None
    if expected is None:
        return StepResult(question, chosen, None, "")
    return StepResult(question, chosen, expected.answer, expected.why)


# ---------------------------------------------------------------- loading


class StepModel(Strict):
    question: Text
    answer: Text
    why: Text


class CaseModel(Strict):
    id: Annotated[str, Field(min_length=1, pattern=r"^[a-z0-9_-]+$")]
    title: Text
    difficulty: Literal["makkelijk", "gemiddeld", "moeilijk"]
    platform: Text
    author: str = ""
    business: Text
    context: Text
    text: Text
    label: Text
    flags: list[str] = Field(default_factory=list)
    outcome: Text
    steps: Annotated[list[StepModel], Field(min_length=1)]
    model_reply: str = ""
    tips: list[str] = Field(default_factory=list)


_HINTS = {
    "id": "'id' moet kleine letters, cijfers, - of _ zijn",
    "difficulty": f"'difficulty' moet een van {', '.join(DIFFICULTIES)} zijn",
    "steps": "'steps' ontbreekt: geef het verwachte antwoord bij elke vraag",
    "tips": "'tips' moet een lijst met teksten zijn",
}


def _describer(index: int) -> Describe:
    def describe(data: Mapping[str, Any], loc: Sequence[int | str]) -> tuple[str | None, str]:
        case_id = data.get("id")
        where = f"case '{case_id}'" if isinstance(case_id, str) else f"cases[{index}]"
        if len(loc) >= 2 and loc[0] == "steps" and isinstance(loc[1], int):
            return f"{where}, stap {loc[1] + 1}", str(loc[2]) if len(loc) > 2 else "steps"
        return where, str(loc[0]) if loc else "?"

    return describe


def parse_case(raw: Mapping[str, Any], flow: Flowchart, source: str, index: int) -> PracticeCase:
    """One practice case: the schema first, then its codes and its path through the flowchart."""
    model = validate(CaseModel, raw, source, _describer(index), _HINTS)
    where = f"case '{model.id}'"
    platform, label, outcome_id = model.platform.strip(), model.label.strip(), model.outcome.strip()
    if platform not in PLATFORMS:
        raise DataFileError(source, f"onbekend platform '{platform}'", where)
    if label not in CATEGORIES:
        raise DataFileError(source, f"onbekende categorie '{label}'", where)
    if any(f not in FLAGS for f in model.flags):
        raise DataFileError(source, f"ongeldige vlaggen {model.flags!r}", where)
    if outcome_id not in flow.nodes or not flow.node(outcome_id).is_outcome:
        raise DataFileError(source, f"'{outcome_id}' is geen uitkomst van het schema", where)
    steps, node = _walk(model.steps, flow, source, where)
    if node.id != outcome_id:
        raise DataFileError(source, f"het pad eindigt in '{node.id}', maar 'outcome' zegt '{outcome_id}'", where)
    model_reply = model.model_reply.strip()
    if node.reply_expected and not model_reply:
        raise DataFileError(source, f"bij uitkomst '{node.id}' hoort een voorbeeldantwoord (model_reply)", where)
    return PracticeCase(
        id=model.id,
        title=model.title.strip(),
        difficulty=model.difficulty,
        platform=platform,
        author=model.author.strip(),
        business=model.business.strip(),
        context=model.context.strip(),
        text=model.text.strip(),
        label=label,
        flags=tuple(model.flags),
        outcome=outcome_id,
        steps=tuple(steps),
        model_reply=model_reply,
        tips=tuple(model.tips),
        source=source,
    )


def _walk(raw_steps: list[StepModel], flow: Flowchart, source: str, where: str) -> tuple[list[ExpectedStep], Node]:
    """The expected steps along the flowchart, and the outcome they reach."""
    steps: list[ExpectedStep] = []
    node = flow.first_question
    for i, step in enumerate(raw_steps):
        step_where = f"{where}, stap {i + 1}"
        question, answer = step.question, step.answer
        if not node.is_question:
            raise DataFileError(
                source, f"het pad is al bij uitkomst '{node.id}'; stap '{question}' is te veel", step_where
            )
        if question != node.id:
            raise DataFileError(
                source, f"verwacht vraag '{node.id}' op deze plek van het pad, niet '{question}'", step_where
            )
        try:
            next_id = node.answer(answer).next
        except KeyError:
            options = ", ".join(a.id for a in node.answers)
            raise DataFileError(
                source, f"'{answer}' is geen antwoord op '{node.id}' (kies uit {options})", step_where
            ) from None
        steps.append(ExpectedStep(node.id, answer, step.why.strip()))
        node = flow.node(next_id)
    if not node.is_outcome:
        raise DataFileError(source, f"het pad stopt bij vraag '{node.id}' en bereikt geen uitkomst", where)
    return steps, node


def load_case_file(path: Path, flow: Flowchart | None = None, language: str = REFERENCE) -> list[PracticeCase]:
    """The cases of one file; ``language`` other than Dutch: their texts from resources/i18n/<language>/cases/."""
    flow = flow or shipped_flowchart()
    source = str(path)
    data = read_toml(path)
    if language != REFERENCE:
        data = localise(data, f"cases/{path.name}", language, CASE_TEXTS).data
    if data.get("schema") != SCHEMA_VERSION:
        raise DataFileError(source, f"'schema' moet {SCHEMA_VERSION} zijn")
    raw_cases = data.get("cases")
    if not isinstance(raw_cases, list) or not raw_cases:
        raise DataFileError(source, "geen [[cases]] gevonden")
    return [parse_case(raw, flow, source, i) for i, raw in enumerate(raw_cases)]


def load_cases(
    paths: Iterable[Path] | None = None, flow: Flowchart | None = None, language: str = REFERENCE
) -> list[PracticeCase]:
    """All practice cases (given files in Dutch, or the shipped ones in ``language``); ids must be
    unique over all files."""
    files = sorted(paths) if paths is not None else sorted(resource_path("cases").glob("*.toml"))
    language = language if paths is None else REFERENCE
    cases: list[PracticeCase] = []
    seen: dict[str, str] = {}
    for file in files:
        for case in load_case_file(Path(file), flow, language):
            if case.id in seen:
                raise DataFileError(str(file), f"id '{case.id}' staat ook in {seen[case.id]}", f"case '{case.id}'")
            seen[case.id] = str(file)
            cases.append(case)
    return cases


@PerLanguage
def shipped_cases(language: str) -> tuple[PracticeCase, ...]:
    """The shipped practice cases in the window's language (or the one given), loaded once."""
    return tuple(load_cases(flow=shipped_flowchart(language), language=language))


class PracticeSession:
    """One trainee walking one case. After a wrong answer the walk continues along the
    expected path, so every question of the case gets feedback."""

    def __init__(self, case: PracticeCase, flow: Flowchart | None = None) -> None:
        self.case = case
        self.flow = flow or shipped_flowchart()
        self.result = PracticeResult(case.id, expected_outcome=case.outcome)
        self.position = 0
        self.reply_report: ReplyReport | None = None

    @property
    def finished(self) -> bool:
        return self.position >= len(self.case.steps)

    def current(self) -> ExpectedStep:
        return self.case.steps[self.position]

    def question(self) -> Any:
        return self.flow.node(self.current().question)

    def answer(self, choice: str) -> StepResult:
        if self.finished:
            raise ValueError("alle vragen van deze casus zijn al beantwoord")
        step = self.current()
        node = self.flow.node(step.question)
        node.answer(choice)  # KeyError for an answer that does not exist
        result = StepResult(step.question, choice, step.answer, step.why)
        self.result.steps.append(result)
        self.position += 1
        if self.finished:
            self.result.outcome = (
                self.case.outcome if all(s.correct for s in self.result.steps) else self._chosen_outcome()
            )
        return result

    def _chosen_outcome(self) -> str | None:
        """Where the trainee's own answers would have led (None if they left the chart's paths)."""
        node = self.flow.first_question
        for step in self.result.steps:
            if node.id != step.question:
                return None
            node = self.flow.node(node.answer(step.chosen).next)
            if node.is_outcome:
                return node.id
        return node.id if node.is_outcome else None

    def finish(self, reply: str = "", checked: list[str] | None = None) -> int:
        """Record the reply and the trainee's own checklist; returns the score 0–100.
        The reply is checked (``reply_report``) where the outcome writes one."""
        self.result.reply = reply
        self.result.checked = list(checked or [])
        outcome = self.flow.node(self.case.outcome)
        self.reply_report = reply_report(outcome, reply, self.case.platform)
        share = self.reply_report.score if self.reply_report is not None and outcome.reply_expected else None
        return self.result.score(len(self.case.steps), share)
