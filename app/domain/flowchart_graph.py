"""The checks on a flowchart as a graph: one intake, every reference resolves, no cycles, every
node reachable, every path ends in an outcome, every category leads somewhere. Each problem is a
:class:`~app.errors.DataFileError` naming the file, the node and what is wrong."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.categories import CATEGORIES
from app.errors import DataFileError

if TYPE_CHECKING:
    from app.domain.flowchart import Flowchart, Node


def validate_graph(source: str, flow: Flowchart) -> None:
    """Raise on the first problem of the chart's graph."""
    first = _check_start(source, flow)
    _check_references(source, flow)
    _check_map(source, flow)
    _check_cycles_and_reach(source, flow)
    _check_endings(source, flow)
    _check_categories(source, flow, first)


def _at(node_id: str) -> str:
    return f"knooppunt '{node_id}'"


def _successors(node: Node) -> list[tuple[str, str]]:
    """(target id, description of the reference) for each outgoing edge."""
    if node.kind == "intake":
        return [(node.next or "", "next")]
    return [(a.next, f"antwoord '{a.id}'") for a in node.answers]


def _check_start(source: str, flow: Flowchart) -> str:
    """The chart starts at its one intake, and a question follows it; returns that question's id."""
    nodes = flow.nodes
    if flow.start not in nodes:
        raise DataFileError(source, f"start verwijst naar onbekend knooppunt '{flow.start}'", "kop")
    if nodes[flow.start].kind != "intake":
        raise DataFileError(source, "het startpunt moet de intake zijn", _at(flow.start))
    intakes = [n.id for n in nodes.values() if n.kind == "intake"]
    if len(intakes) != 1:
        raise DataFileError(source, "er mag maar één intake zijn", _at(intakes[-1]))
    first = nodes[flow.start].next or ""
    if first not in nodes:
        raise DataFileError(source, f"next verwijst naar onbekend knooppunt '{first}'", _at(flow.start))
    if not nodes[first].is_question:
        raise DataFileError(source, "na de intake moet een vraag komen", _at(flow.start))
    return first


def _check_references(source: str, flow: Flowchart) -> None:
    for node in flow.nodes.values():
        for target, ref in _successors(node):
            if target not in flow.nodes:
                raise DataFileError(source, f"{ref} verwijst naar onbekend knooppunt '{target}'", _at(node.id))
            if target == flow.start:
                raise DataFileError(source, f"{ref} verwijst terug naar de intake", _at(node.id))


def _check_map(source: str, flow: Flowchart) -> None:
    seen: dict[tuple[int, int], str] = {}
    for node in flow.nodes.values():
        if node.map is None:
            continue
        if node.map in seen:
            raise DataFileError(source, f"staat op dezelfde plek op de kaart als '{seen[node.map]}'", _at(node.id))
        seen[node.map] = node.id


def _check_cycles_and_reach(source: str, flow: Flowchart) -> None:
    """Depth-first search with colours; reports the node that closes a loop, then any node the
    start cannot reach."""
    nodes = flow.nodes
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
                raise DataFileError(source, f"{ref} maakt een kringloop: {loop}", _at(node_id))
            if colour[target] == white:
                visit(target, [*trail, node_id])
        colour[node_id] = black

    visit(flow.start, [])
    unreachable = [n for n, c in colour.items() if c == white]
    if unreachable:
        raise DataFileError(source, "is vanaf de start niet bereikbaar", _at(unreachable[0]))


def _check_endings(source: str, flow: Flowchart) -> None:
    """Without cycles every path ends somewhere; make sure that is an outcome."""
    for node in flow.nodes.values():
        if node.is_question and not node.answers:
            raise DataFileError(source, "vraag zonder antwoorden: dit pad eindigt niet in een uitkomst", _at(node.id))


def _check_categories(source: str, flow: Flowchart, first: str) -> None:
    """The nature question sends every category somewhere (the assistant's first suggestion comes
    from there), and every category leads somewhere in the chart."""
    for label in CATEGORIES:
        if flow.suggest_answer(first, label) is None:
            raise DataFileError(
                source, f"categorie '{label}' moet bij de eerste vraag aan een antwoord gekoppeld zijn", _at(first)
            )
    used = {label for q in flow.questions for a in q.answers for label in a.labels}
    for label in CATEGORIES:
        if label not in used:
            raise DataFileError(source, f"categorie '{label}' leidt nergens naartoe: geen antwoord noemt hem", "nodes")
