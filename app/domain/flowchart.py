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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.domain.categories import CATEGORIES, FLAGS, STATUSES
from app.domain.datafile import read_toml
from app.errors import DataFileError
from app.resources import resource_path

SCHEMA_VERSION = 1
NODE_KINDS = ("intake", "question", "outcome")
RESPOND_VALUES = ("ja", "nee", "optioneel")
RESPOND_NEVER, RESPOND_ALWAYS = RESPOND_VALUES[1], RESPOND_VALUES[0]
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
_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_")


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

    def profile_answer(self, can_answer: bool) -> str | None:
        """The answer the business profile decides, where the data names one."""
        answer = self.answer_if_known if can_answer else self.answer_if_unknown
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

    def pause_outcomes(self) -> frozenset[str]:
        """Ids of the outcomes where the 'comments paused' message is offered."""
        return frozenset(n.id for n in self.outcomes if n.pause_message)

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


def load_flowchart(path: str | Path | None = None) -> Flowchart:
    """Read and validate a flowchart file (the shipped one by default)."""
    file = Path(path) if path is not None else resource_path("flowchart.toml")
    return parse_flowchart(read_toml(file), source=str(file))


@lru_cache(maxsize=1)
def shipped_flowchart() -> Flowchart:
    """The flowchart in resources/, loaded once."""
    return load_flowchart()


class _Reader:
    """Typed access to raw TOML data that reports errors with file and node id."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str | None, problem: str) -> DataFileError:
        return DataFileError(self.source, problem, where)

    def text(self, table: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = table.get(key)
        if value is None:
            if required:
                raise self.fail(where, f"veld '{key}' ontbreekt")
            return ""
        if not isinstance(value, str):
            raise self.fail(where, f"veld '{key}' moet tekst zijn")
        if required and not value.strip():
            raise self.fail(where, f"veld '{key}' is leeg")
        return value

    def flag(self, table: Mapping[str, Any], key: str, where: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(where, f"veld '{key}' moet true of false zijn")
        return value

    def texts(self, table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(where, f"veld '{key}' moet een lijst met teksten zijn")
        return tuple(value)

    def ident(self, table: Mapping[str, Any], key: str, where: str) -> str:
        value = self.text(table, key, where)
        if not set(value) <= _ID_CHARS:
            raise self.fail(where, f"veld '{key}' ('{value}') mag alleen kleine letters, cijfers en _ bevatten")
        return value

    def table_list(self, data: Mapping[str, Any], key: str, where: str | None) -> list[Mapping[str, Any]]:
        value = data.get(key)
        if not isinstance(value, list) or not value:
            raise self.fail(where, f"'{key}' ontbreekt of is leeg")
        for item in value:
            if not isinstance(item, dict):
                raise self.fail(where, f"elk item in '{key}' moet een tabel zijn")
        return value


def parse_flowchart(data: Mapping[str, Any], source: str = "<flowchart>") -> Flowchart:
    """Build and validate a :class:`Flowchart` from parsed TOML data."""
    r = _Reader(source)
    schema = data.get("schema")
    if schema != SCHEMA_VERSION:
        raise r.fail(None, f"'schema' moet {SCHEMA_VERSION} zijn, gevonden: {schema!r}")
    version = r.text(data, "version", "kop")
    start = r.ident(data, "start", "kop")

    checklist: list[ChecklistItem] = []
    for i, item in enumerate(r.table_list(data, "checklist", None)):
        where = f"checklist[{i}]"
        item_id = r.ident(item, "id", where)
        checklist.append(
            ChecklistItem(
                item_id, r.text(item, "label", f"checklist '{item_id}'"), r.text(item, "help", f"checklist '{item_id}'")
            )
        )
    _no_duplicates(r, [c.id for c in checklist], "checklist")

    statuses: list[Status] = []
    for i, item in enumerate(r.table_list(data, "statuses", None)):
        status_id = r.ident(item, "id", f"statuses[{i}]")
        statuses.append(Status(status_id, r.text(item, "label", f"status '{status_id}'")))
    status_ids = [s.id for s in statuses]
    _no_duplicates(r, status_ids, "statuses")
    if set(status_ids) != set(STATUSES):
        raise r.fail("statuses", f"de statussen moeten precies {', '.join(STATUSES)} zijn")

    nodes: dict[str, Node] = {}
    for i, raw in enumerate(r.table_list(data, "nodes", None)):
        node = _parse_node(r, raw, i)
        if node.id in nodes:
            raise r.fail(f"knooppunt '{node.id}'", "dit id komt twee keer voor")
        nodes[node.id] = node

    flow = Flowchart(source, version, start, nodes, tuple(checklist), tuple(statuses))
    _validate_graph(r, flow)
    return flow


def _no_duplicates(r: _Reader, ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise r.fail(where, f"id '{item_id}' komt twee keer voor")
        seen.add(item_id)


def _parse_node(r: _Reader, raw: Mapping[str, Any], index: int) -> Node:  # noqa: C901, PLR0912 - too long/branchy, to split (issue #14)
    node_id = r.ident(raw, "id", f"nodes[{index}]")
    where = f"knooppunt '{node_id}'"
    kind = r.text(raw, "kind", where)
    if kind not in NODE_KINDS:
        raise r.fail(where, f"onbekend soort '{kind}' (kies uit {', '.join(NODE_KINDS)})")
    title = r.text(raw, "title", where)
    help_text = r.text(raw, "help", where, required=kind != "outcome")
    tips = r.texts(raw, "tips", where)

    map_pos = _map_position(r, raw, where)
    if kind == "intake":
        return Node(node_id, kind, title, help_text, tips, next=r.ident(raw, "next", where), map=map_pos)

    if kind == "question":
        answers: list[Answer] = []
        for j, ans in enumerate(r.table_list(raw, "answers", where)):
            ans_id = r.ident(ans, "id", f"{where}, antwoord {j + 1}")
            ans_where = f"{where}, antwoord '{ans_id}'"
            labels = r.texts(ans, "labels", ans_where)
            flags = r.texts(ans, "flags", ans_where)
            for label in labels:
                if label not in CATEGORIES:
                    raise r.fail(ans_where, f"onbekende categoriecode '{label}'")
            for flag in flags:
                if flag not in FLAGS:
                    raise r.fail(ans_where, f"onbekende vlag '{flag}'")
            answers.append(
                Answer(ans_id, r.text(ans, "label", ans_where), r.ident(ans, "next", ans_where), labels, flags)
            )
        if len(answers) < 2:
            raise r.fail(where, "een vraag heeft minstens twee antwoorden nodig")
        _no_duplicates(r, [a.id for a in answers], f"{where}, antwoorden")
        no_suggestion = r.texts(raw, "no_suggestion", where)
        for label in no_suggestion:
            if label not in CATEGORIES:
                raise r.fail(where, f"onbekende categoriecode '{label}' in no_suggestion")
        _check_coverage(r, where, answers, no_suggestion)
        answer_ids = {a.id for a in answers}
        profile_answers = {
            key: r.text(raw, key, where, required=False) for key in ("answer_if_known", "answer_if_unknown")
        }
        for key, value in profile_answers.items():
            if value and value not in answer_ids:
                raise r.fail(where, f"'{key}' verwijst naar onbekend antwoord '{value}'")
        return Node(
            node_id,
            kind,
            title,
            help_text,
            tips,
            question=r.text(raw, "question", where),
            example=r.text(raw, "example", where),
            answers=tuple(answers),
            no_suggestion=no_suggestion,
            map=map_pos,
            answer_if_known=profile_answers["answer_if_known"],
            answer_if_unknown=profile_answers["answer_if_unknown"],
        )

    respond = r.text(raw, "respond", where)
    if respond not in RESPOND_VALUES:
        raise r.fail(where, f"'respond' moet een van {', '.join(RESPOND_VALUES)} zijn")
    default_status = r.text(raw, "default_status", where)
    if default_status not in STATUSES:
        raise r.fail(where, f"onbekende status '{default_status}' in default_status")
    advice = r.texts(raw, "advice", where)
    if not advice:
        raise r.fail(where, "een uitkomst heeft minstens één advies nodig")
    flag_advice_raw = raw.get("flag_advice", {})
    if not isinstance(flag_advice_raw, dict):
        raise r.fail(where, "'flag_advice' moet een tabel zijn")
    flag_advice: dict[str, tuple[str, ...]] = {}
    for flag in flag_advice_raw:
        if flag not in FLAGS:
            raise r.fail(where, f"onbekende vlag '{flag}' in flag_advice")
        flag_advice[flag] = r.texts(flag_advice_raw, flag, f"{where}, flag_advice")
    category = r.text(raw, "category", where, required=False)
    if category and category not in CATEGORIES:
        raise r.fail(where, f"onbekende categoriecode '{category}' in category")
    draft = r.text(raw, "draft", where)
    if draft not in DRAFT_KINDS:
        raise r.fail(where, f"'draft' moet een van {', '.join(DRAFT_KINDS)} zijn")
    negative = r.flag(raw, "negative", where)
    if r.flag(raw, "repeat_advice", where) and not negative:
        raise r.fail(where, "'repeat_advice' geldt alleen voor een negatieve uitkomst (negative = true)")
    return Node(
        node_id,
        kind,
        title,
        help_text,
        tips,
        summary=r.text(raw, "summary", where),
        respond=respond,
        default_status=default_status,
        advice=advice,
        flag_advice=flag_advice,
        map=map_pos,
        negative=negative,
        category=category,
        pause_message=r.flag(raw, "pause_message", where),
        repeat_advice=r.flag(raw, "repeat_advice", where),
        suggestion=r.flag(raw, "suggestion", where),
        draft=draft,
    )


def _map_position(r: _Reader, raw: Mapping[str, Any], where: str) -> tuple[int, int] | None:
    value = raw.get("map")
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and 0 <= v < 50 for v in value)):
        raise r.fail(where, "'map' moet [kolom, rij] zijn, twee gehele getallen")
    return (value[0], value[1])


def _check_coverage(r: _Reader, where: str, answers: list[Answer], no_suggestion: tuple[str, ...]) -> None:
    """Every category code maps onto exactly one answer, or is declared as no suggestion."""
    owner: dict[str, str] = {}
    for answer in answers:
        for label in answer.labels:
            if label in owner:
                raise r.fail(
                    where, f"categorie '{label}' staat bij twee antwoorden ('{owner[label]}' en '{answer.id}')"
                )
            owner[label] = answer.id
    for label in no_suggestion:
        if label in owner:
            raise r.fail(where, f"categorie '{label}' staat bij antwoord '{owner[label]}' én in no_suggestion")
        owner[label] = "-"
    missing = [c for c in CATEGORIES if c not in owner]
    if missing:
        raise r.fail(
            where,
            f"categorie {', '.join(repr(m) for m in missing)} is aan geen antwoord gekoppeld "
            "(zet hem bij een antwoord of in no_suggestion)",
        )


def _successors(node: Node) -> list[tuple[str, str]]:
    """(target id, description of the reference) for each outgoing edge."""
    if node.kind == "intake":
        return [(node.next or "", "next")]
    return [(a.next, f"antwoord '{a.id}'") for a in node.answers]


def _validate_graph(r: _Reader, flow: Flowchart) -> None:  # noqa: C901, PLR0912 - too long/branchy, to split (issue #14)
    nodes = flow.nodes
    if flow.start not in nodes:
        raise r.fail("kop", f"start verwijst naar onbekend knooppunt '{flow.start}'")
    if nodes[flow.start].kind != "intake":
        raise r.fail(f"knooppunt '{flow.start}'", "het startpunt moet de intake zijn")
    intakes = [n.id for n in nodes.values() if n.kind == "intake"]
    if len(intakes) != 1:
        raise r.fail(f"knooppunt '{intakes[-1]}'", "er mag maar één intake zijn")

    for node in nodes.values():
        for target, ref in _successors(node):
            if target not in nodes:
                raise r.fail(f"knooppunt '{node.id}'", f"{ref} verwijst naar onbekend knooppunt '{target}'")
            if target == flow.start:
                raise r.fail(f"knooppunt '{node.id}'", f"{ref} verwijst terug naar de intake")

    seen_positions: dict[tuple[int, int], str] = {}
    for node in nodes.values():
        if node.map is not None:
            if node.map in seen_positions:
                raise r.fail(
                    f"knooppunt '{node.id}'", f"staat op dezelfde plek op de kaart als '{seen_positions[node.map]}'"
                )
            seen_positions[node.map] = node.id

    first = nodes[flow.start].next or ""
    if not nodes[first].is_question:
        raise r.fail(f"knooppunt '{flow.start}'", "na de intake moet een vraag komen")

    # Cycles: depth-first search with colours; report the node that closes the loop.
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(nodes, white)

    def visit(node_id: str, trail: list[str]) -> None:
        colour[node_id] = grey
        for target, ref in _successors(nodes[node_id]):
            if colour[target] == grey:
                loop = (
                    " → ".join([*trail[trail.index(target) :], node_id, target])
                    if target in trail
                    else f"{node_id} → {target}"
                )
                raise r.fail(f"knooppunt '{node_id}'", f"{ref} maakt een kringloop: {loop}")
            if colour[target] == white:
                visit(target, [*trail, node_id])
        colour[node_id] = black

    visit(flow.start, [])
    unreachable = [n for n, c in colour.items() if c == white]
    if unreachable:
        raise r.fail(f"knooppunt '{unreachable[0]}'", "is vanaf de start niet bereikbaar")

    # Without cycles every path ends somewhere; make sure that is an outcome.
    for node in nodes.values():
        if node.is_question and not node.answers:
            raise r.fail(f"knooppunt '{node.id}'", "vraag zonder antwoorden: dit pad eindigt niet in een uitkomst")

    # The nature question must send every category somewhere: that is where the
    # assistant's first suggestion comes from.
    for label in CATEGORIES:
        if flow.suggest_answer(first, label) is None:
            raise r.fail(
                f"knooppunt '{first}'", f"categorie '{label}' moet bij de eerste vraag aan een antwoord gekoppeld zijn"
            )
    used_labels = {label for q in flow.questions for a in q.answers for label in a.labels}
    for label in CATEGORIES:
        if label not in used_labels:
            raise r.fail("nodes", f"categorie '{label}' leidt nergens naartoe: geen antwoord noemt hem")
