"""The flowchart: data model, loader and validator.

Format choice: TOML. It is read by the standard library (``tomllib``, no extra
dependency), allows comments, so the file can explain itself to whoever edits
the advice, and has multi-line strings for long Dutch texts without the escaping
that JSON needs. The structure (nodes with answers) maps directly onto arrays of
tables. YAML would need a third-party parser and has surprising implicit types
("nee" and "no" turning into booleans is exactly the wrong trap for a Dutch
yes/no chart).

The loader turns the file into frozen dataclasses and validates it completely:
every reference resolves, every path ends in an outcome, there are no cycles or
unreachable nodes, and every category code is mapped onto every question. Any
problem raises :class:`~app.errors.DataFileError` naming the file, the node id
and what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from app.domain.categories import CATEGORIES, FLAGS, STATUSES
from app.domain.datafile import read_toml
from app.domain.flowchart_graph import validate_graph
from app.domain.i18n import REFERENCE, PerLanguage, localise
from app.domain.schema import Ident, Strict, Text, validate
from app.domain.texts import FLOWCHART_TEXTS
from app.errors import DataFileError
from app.resources import resource_path

SCHEMA_VERSION = 1
NODE_KINDS = ("intake", "question", "outcome")
RESPOND_VALUES = ("ja", "nee", "optioneel")  # the schema's RespondValue
RESPOND_NEVER, RESPOND_ALWAYS = RESPOND_VALUES[1], RESPOND_VALUES[0]
# What a status means for approval in a small team (its ``goedkeuring`` field): waiting for a
# colleague's approval, or sent back to whoever drafted it. Each role belongs to exactly one status.
APPROVAL_ROLES = ("wacht", "terug")
APPROVAL_WAITING, APPROVAL_SENT_BACK = APPROVAL_ROLES
# The replies the drafter can write for an outcome (its ``draft`` field).
DRAFT_KINDS = (
    "herstel",
    "rechtzetten",
    "bedanken",
    "beantwoorden",
    "uitzoeken",
    "actueel",
    "luchtig",
    "melden",
    "geen",
)


@dataclass(frozen=True)
class Answer:
    id: str
    label: str
    next: str
    labels: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Node:
    id: str
    kind: str
    title: str
    help: str = ""
    tips: tuple[str, ...] = ()
    # intake
    next: str | None = None
    # question
    question: str = ""
    example: str = ""
    answers: tuple[Answer, ...] = ()
    no_suggestion: tuple[str, ...] = ()
    answer_if_known: str = ""  # where the assistant has no opinion: the answer when the profile knows
    answer_if_unknown: str = ""  # ... and when it does not
    # outcome
    summary: str = ""
    respond: str = "nee"
    default_status: str = ""
    advice: tuple[str, ...] = ()
    flag_advice: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    map: tuple[int, int] | None = None  # (column, row) on the flowchart map in the window
    negative: bool = False  # a negative comment: counts for repeat writers and the report
    category: str = ""  # the category code this outcome stands for ("" = the assistant's label counts)
    pause_message: bool = False  # a thread that can get out of hand: offer the 'comments paused' message
    repeat_advice: bool = False  # a repeat critic gets 'answer once, substantively, then let go'
    suggestion: bool = False  # the reply also says what happens with the writer's suggestion
    draft: str = "geen"  # which reply the drafter writes (DRAFT_KINDS)

    @property
    def is_question(self) -> bool:
        return self.kind == "question"

    @property
    def is_outcome(self) -> bool:
        return self.kind == "outcome"

    @property
    def writes_reply(self) -> bool:
        """A reply is written here (always or optionally)."""
        return self.is_outcome and self.respond != RESPOND_NEVER

    @property
    def reply_expected(self) -> bool:
        """A reply is always written here (the checklist and a model reply apply)."""
        return self.is_outcome and self.respond == RESPOND_ALWAYS

    def profile_answer(self, can_answer: bool | Callable[[], bool]) -> str | None:
        """The answer the business profile decides, where the data names one. ``can_answer`` may be a function:
        it is called only at a question whose answer the profile decides (finding the answer is most of the work
        of drafting, and most comments never reach such a question)."""
        if not (self.answer_if_known or self.answer_if_unknown):
            return None
        known = can_answer() if callable(can_answer) else can_answer
        answer = self.answer_if_known if known else self.answer_if_unknown
        return answer or None

    def answer(self, answer_id: str) -> Answer:
        for answer in self.answers:
            if answer.id == answer_id:
                return answer
        raise KeyError(f"vraag '{self.id}' heeft geen antwoord '{answer_id}'")

    def advice_for(self, flags: Iterable[str] = ()) -> list[str]:
        """The outcome's advice, followed by the advice for each flag present."""
        result = list(self.advice)
        present = set(flags)
        for flag in FLAGS:
            if flag in present:
                result.extend(self.flag_advice.get(flag, ()))
        return result


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    label: str
    help: str


@dataclass(frozen=True)
class Status:
    id: str
    label: str
    open: bool = False  # still needs attention: a follow-up date counts
    approval: str = ""  # one of APPROVAL_ROLES, or "" for an ordinary status


@dataclass(frozen=True)
class Flowchart:
    source: str
    version: str
    start: str
    nodes: Mapping[str, Node]
    checklist: tuple[ChecklistItem, ...]
    statuses: tuple[Status, ...]

    def node(self, node_id: str) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise KeyError(f"onbekend knooppunt '{node_id}'") from None

    @property
    def intake(self) -> Node:
        return self.nodes[self.start]

    @property
    def first_question(self) -> Node:
        intake = self.intake
        assert intake.next is not None
        return self.nodes[intake.next]

    @property
    def outcomes(self) -> list[Node]:
        return [n for n in self.nodes.values() if n.is_outcome]

    @property
    def questions(self) -> list[Node]:
        return [n for n in self.nodes.values() if n.is_question]

    @property
    def negative_outcomes(self) -> frozenset[str]:
        """Ids of the outcomes that stand for a negative comment."""
        return frozenset(n.id for n in self.outcomes if n.negative)

    @property
    def negative_categories(self) -> frozenset[str]:
        """Category codes of the negative outcomes (for cases that have no outcome yet)."""
        return frozenset(n.category for n in self.outcomes if n.negative and n.category)

    def is_negative(self, outcome: str | None, label: str | None = None) -> bool:
        """Whether a case with this outcome (or, without one, this predicted label) is negative."""
        node = self.nodes.get(outcome) if outcome else None
        if node is not None and node.is_outcome:
            return node.negative
        return label in self.negative_categories

    def category_of(self, outcome: str | None, label: str | None = None) -> str:
        """The category a case stands for: the outcome's, else the assistant's label."""
        node = self.nodes.get(outcome) if outcome else None
        return (node.category if node is not None else "") or label or ""

    @property
    def pause_outcomes(self) -> frozenset[str]:
        """Ids of the outcomes where the 'comments paused' message is offered."""
        return frozenset(n.id for n in self.outcomes if n.pause_message)

    @property
    def status_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.statuses)

    @property
    def open_statuses(self) -> frozenset[str]:
        """Statuses of cases that still need attention (a follow-up date counts there)."""
        return frozenset(s.id for s in self.statuses if s.open)

    def approval_status(self, role: str) -> str:
        """The id of the status with this approval role (``APPROVAL_WAITING`` or ``APPROVAL_SENT_BACK``)."""
        return next(s.id for s in self.statuses if s.approval == role)

    def approval_role(self, status_id: str) -> str:
        """The approval role of a status ("" for an ordinary status)."""
        return next((s.approval for s in self.statuses if s.id == status_id), "")

    def status_label(self, status_id: str) -> str:
        for status in self.statuses:
            if status.id == status_id:
                return status.label
        return status_id

    def suggest_answer(self, question_id: str, label: str | None, flags: Iterable[str] = ()) -> str | None:
        """The answer the assistant suggests at a question for a category and flags.

        Flags go first (a threat makes "is it insulting?" a yes whatever the
        label); then the category; ``None`` when the data says the assistant has
        no opinion here.
        """
        node = self.node(question_id)
        present = set(flags)
        for answer in node.answers:
            if present.intersection(answer.flags):
                return answer.id
        if label is None:
            return None
        for answer in node.answers:
            if label in answer.labels:
                return answer.id
        return None

    def all_paths(self) -> list[list[tuple[str, str]]]:
        """Every path from the first question to an outcome, as (node, answer) pairs."""
        paths: list[list[tuple[str, str]]] = []

        def walk(node_id: str, trail: list[tuple[str, str]]) -> None:
            node = self.nodes[node_id]
            if node.is_outcome:
                paths.append(trail)
                return
            for answer in node.answers:
                walk(answer.next, [*trail, (node.id, answer.id)])

        walk(self.first_question.id, [])
        return paths

    def outcome_of(self, path: Iterable[tuple[str, str]]) -> Node:
        node = self.first_question
        for node_id, answer_id in path:
            if node.id != node_id:
                raise KeyError(f"pad loopt niet via '{node_id}'")
            node = self.nodes[node.answer(answer_id).next]
        return node


# ---------------------------------------------------------------- loading


def load_flowchart(path: str | Path | None = None, language: str = REFERENCE) -> Flowchart:
    """Read and validate a flowchart file (the shipped one by default, its texts in ``language``)."""
    file = Path(path) if path is not None else resource_path("flowchart.toml")
    data = read_toml(file)
    if language != REFERENCE and path is None:
        data = localise(data, "flowchart.toml", language, FLOWCHART_TEXTS).data
    return parse_flowchart(data, source=str(file))


@PerLanguage
def shipped_flowchart(language: str) -> Flowchart:
    """The flowchart in resources/, in the window's language (or the one given), loaded once."""
    return load_flowchart(language=language)


# ---------------------------------------------------------------- schema (the shape of the file)

RespondValue = Literal["ja", "nee", "optioneel"]
DraftKind = Literal[
    "herstel", "rechtzetten", "bedanken", "beantwoorden", "uitzoeken", "actueel", "luchtig", "melden", "geen"
]
MapCell = Annotated[int, Field(ge=0, lt=50)]


class AnswerModel(Strict):
    id: Ident
    label: Text
    next: Ident
    labels: list[str] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)


class _NodeModel(Strict):
    id: Ident
    title: Text
    help: str = ""
    tips: list[str] = Field(default_factory=list)
    map: Annotated[list[MapCell], Field(min_length=2, max_length=2)] | None = None


class IntakeModel(_NodeModel):
    kind: Literal["intake"]
    help: Text
    next: Ident


class QuestionModel(_NodeModel):
    kind: Literal["question"]
    help: Text
    question: Text
    example: Text
    answers: Annotated[list[AnswerModel], Field(min_length=2)]
    no_suggestion: list[str] = Field(default_factory=list)
    answer_if_known: str = ""
    answer_if_unknown: str = ""


class OutcomeModel(_NodeModel):
    kind: Literal["outcome"]
    summary: Text
    respond: RespondValue
    default_status: Ident
    advice: Annotated[list[str], Field(min_length=1)]
    flag_advice: dict[str, list[str]] = Field(default_factory=dict)
    negative: bool = False
    category: str = ""
    pause_message: bool = False
    repeat_advice: bool = False
    suggestion: bool = False
    draft: DraftKind


class ChecklistModel(Strict):
    id: Ident
    label: Text
    help: Text


class StatusModel(Strict):
    id: Ident
    label: Text
    open: bool = False
    goedkeuring: Literal["", "wacht", "terug"] = ""


class FlowchartModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    version: Text
    start: Ident
    checklist: Annotated[list[ChecklistModel], Field(min_length=1)]
    statuses: Annotated[list[StatusModel], Field(min_length=1)]
    nodes: Annotated[
        list[Annotated[IntakeModel | QuestionModel | OutcomeModel, Field(discriminator="kind")]], Field(min_length=1)
    ]


_HINTS = {"map": "'map' moet [kolom, rij] zijn, twee gehele getallen"}


def _describe(data: Mapping[str, Any], loc: Sequence[int | str]) -> tuple[str | None, str]:
    """(where, field) for an error at ``loc``: "knooppunt 'grap', antwoord 'ja'" and "next"."""
    if not loc:
        return None, "?"
    table, rest = str(loc[0]), list(loc[1:])
    if table not in {"nodes", "checklist", "statuses"} or not rest or not isinstance(rest[0], int):
        return ("kop" if table not in {"nodes", "checklist", "statuses"} else None), table
    index = rest.pop(0)
    assert isinstance(index, int)
    raw = _item(data.get(table), index)
    name = {"nodes": "knooppunt", "checklist": "checklist", "statuses": "status"}[table]
    where = f"{name} '{raw['id']}'" if isinstance(raw.get("id"), str) else f"{table}[{index}]"
    if rest and str(rest[0]) in NODE_KINDS:
        rest.pop(0)  # the tagged union's branch
    if len(rest) >= 2 and str(rest[0]) == "answers" and isinstance(rest[1], int):
        answer = _item(raw.get("answers"), rest[1])
        aid = answer.get("id")
        where += f", antwoord '{aid}'" if isinstance(aid, str) else f", antwoord {rest[1] + 1}"
        rest = rest[2:]
    return where, str(rest[0]) if rest else table


def _item(items: Any, index: int) -> Mapping[str, Any]:
    item = items[index] if isinstance(items, list) and 0 <= index < len(items) else None
    return item if isinstance(item, dict) else {}


def _fail(source: str, where: str | None, problem: str) -> DataFileError:
    return DataFileError(source, problem, where)


def parse_flowchart(data: Mapping[str, Any], source: str = "<flowchart>") -> Flowchart:
    """Build and validate a :class:`Flowchart` from parsed TOML data: first the schema, then the
    checks across fields (known codes, no duplicates, coverage, references, cycles, reachability)."""
    schema = data.get("schema")
    if schema != SCHEMA_VERSION:
        raise _fail(source, None, f"'schema' moet {SCHEMA_VERSION} zijn, gevonden: {schema!r}")
    model = validate(FlowchartModel, data, source, _describe, _HINTS)
    _no_duplicates(source, [c.id for c in model.checklist], "checklist")
    status_ids = [s.id for s in model.statuses]
    _no_duplicates(source, status_ids, "statuses")
    if not set(STATUSES) <= set(status_ids):
        raise _fail(source, "statuses", f"de statussen moeten in elk geval {', '.join(STATUSES)} zijn")
    for role in APPROVAL_ROLES:
        if sum(s.goedkeuring == role for s in model.statuses) != 1:
            raise _fail(source, "statuses", f'precies één status moet goedkeuring = "{role}" hebben')
    approval_ids = {s.id for s in model.statuses if s.goedkeuring}
    nodes: dict[str, Node] = {}
    for raw in model.nodes:
        if raw.id in nodes:
            raise _fail(source, f"knooppunt '{raw.id}'", "dit id komt twee keer voor")
        nodes[raw.id] = _node(source, raw)
        if isinstance(raw, OutcomeModel) and raw.default_status not in status_ids:
            raise _fail(source, f"knooppunt '{raw.id}'", f"onbekende status '{raw.default_status}' in default_status")
        if isinstance(raw, OutcomeModel) and raw.default_status in approval_ids:
            raise _fail(source, f"knooppunt '{raw.id}'", "default_status mag geen goedkeuringsstatus zijn")
    flow = Flowchart(
        source,
        model.version,
        model.start,
        nodes,
        tuple(ChecklistItem(c.id, c.label, c.help) for c in model.checklist),
        tuple(Status(s.id, s.label, s.open, s.goedkeuring) for s in model.statuses),
    )
    validate_graph(source, flow)
    return flow


def _no_duplicates(source: str, ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise _fail(source, where, f"id '{item_id}' komt twee keer voor")
        seen.add(item_id)


def _node(source: str, raw: IntakeModel | QuestionModel | OutcomeModel) -> Node:
    """The node, after the checks that the schema cannot do alone."""
    where = f"knooppunt '{raw.id}'"
    map_pos = (raw.map[0], raw.map[1]) if raw.map is not None else None
    common = {"help": raw.help, "tips": tuple(raw.tips), "map": map_pos}
    if isinstance(raw, IntakeModel):
        return Node(raw.id, raw.kind, raw.title, next=raw.next, **common)  # type: ignore[arg-type]
    if isinstance(raw, QuestionModel):
        return _question(source, where, raw, common)
    for flag in raw.flag_advice:
        if flag not in FLAGS:
            raise _fail(source, where, f"onbekende vlag '{flag}' in flag_advice")
    if raw.category and raw.category not in CATEGORIES:
        raise _fail(source, where, f"onbekende categoriecode '{raw.category}' in category")
    if raw.repeat_advice and not raw.negative:
        raise _fail(source, where, "'repeat_advice' geldt alleen voor een negatieve uitkomst (negative = true)")
    return Node(
        raw.id,
        raw.kind,
        raw.title,
        summary=raw.summary,
        respond=raw.respond,
        default_status=raw.default_status,
        advice=tuple(raw.advice),
        flag_advice={flag: tuple(texts) for flag, texts in raw.flag_advice.items()},
        negative=raw.negative,
        category=raw.category,
        pause_message=raw.pause_message,
        repeat_advice=raw.repeat_advice,
        suggestion=raw.suggestion,
        draft=raw.draft,
        **common,  # type: ignore[arg-type]
    )


def _question(source: str, where: str, raw: QuestionModel, common: dict[str, Any]) -> Node:
    answers: list[Answer] = []
    for ans in raw.answers:
        ans_where = f"{where}, antwoord '{ans.id}'"
        for label in ans.labels:
            if label not in CATEGORIES:
                raise _fail(source, ans_where, f"onbekende categoriecode '{label}'")
        for flag in ans.flags:
            if flag not in FLAGS:
                raise _fail(source, ans_where, f"onbekende vlag '{flag}'")
        answers.append(Answer(ans.id, ans.label, ans.next, tuple(ans.labels), tuple(ans.flags)))
    _no_duplicates(source, [a.id for a in answers], f"{where}, antwoorden")
    for label in raw.no_suggestion:
        if label not in CATEGORIES:
            raise _fail(source, where, f"onbekende categoriecode '{label}' in no_suggestion")
    _check_coverage(source, where, answers, tuple(raw.no_suggestion))
    answer_ids = {a.id for a in answers}
    for key, value in (("answer_if_known", raw.answer_if_known), ("answer_if_unknown", raw.answer_if_unknown)):
        if value and value not in answer_ids:
            raise _fail(source, where, f"'{key}' verwijst naar onbekend antwoord '{value}'")
    return Node(
        raw.id,
        raw.kind,
        raw.title,
        question=raw.question,
        example=raw.example,
        answers=tuple(answers),
        no_suggestion=tuple(raw.no_suggestion),
        answer_if_known=raw.answer_if_known,
        answer_if_unknown=raw.answer_if_unknown,
        **common,
    )


def _check_coverage(source: str, where: str, answers: list[Answer], no_suggestion: tuple[str, ...]) -> None:
    """Every category code maps onto exactly one answer, or is declared as no suggestion."""
    owner: dict[str, str] = {}
    for answer in answers:
        for label in answer.labels:
            if label in owner:
                raise _fail(
                    source, where, f"categorie '{label}' staat bij twee antwoorden ('{owner[label]}' en '{answer.id}')"
                )
            owner[label] = answer.id
    for label in no_suggestion:
        if label in owner:
            raise _fail(source, where, f"categorie '{label}' staat bij antwoord '{owner[label]}' én in no_suggestion")
        owner[label] = "-"
    missing = [c for c in CATEGORIES if c not in owner]
    if missing:
        raise _fail(
            source,
            where,
            f"categorie {', '.join(repr(m) for m in missing)} is aan geen antwoord gekoppeld "
            "(zet hem bij een antwoord of in no_suggestion)",
        )
