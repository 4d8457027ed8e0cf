"""Approval rules (app/domain/approval.py) and the statuses that carry them in the flowchart data."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from app.domain import approval
from app.domain.approval import ApprovalError
from app.domain.case import Case
from app.domain.flowchart import APPROVAL_SENT_BACK, APPROVAL_WAITING, parse_flowchart, shipped_flowchart
from app.errors import DataFileError
from app.resources import resource_path

FLOW = shipped_flowchart()


def raw() -> dict[str, Any]:
    return tomllib.loads(resource_path("flowchart.toml").read_text(encoding="utf-8"))


def test_the_approval_statuses_come_from_the_data() -> None:
    waiting, back = FLOW.approval_status(APPROVAL_WAITING), FLOW.approval_status(APPROVAL_SENT_BACK)
    assert waiting != back and {waiting, back} <= set(FLOW.status_ids)
    assert {waiting, back} <= FLOW.open_statuses
    assert all(not FLOW.approval_role(o.default_status) for o in FLOW.outcomes)


@pytest.mark.parametrize("role", ["wacht", "terug"])
def test_each_approval_role_needs_exactly_one_status(role: str) -> None:
    data = raw()
    for status in data["statuses"]:
        if status.get("goedkeuring") == role:
            del status["goedkeuring"]
    with pytest.raises(DataFileError, match=role):
        parse_flowchart(data, "kapot.toml")
    data = raw()
    data["statuses"].append({"id": "nog_een", "label": "Nog een", "goedkeuring": role})
    with pytest.raises(DataFileError, match=role):
        parse_flowchart(data, "kapot.toml")


def test_an_outcome_cannot_default_to_an_approval_status() -> None:
    data = raw()
    outcome = next(n for n in data["nodes"] if n["kind"] == "outcome")
    outcome["default_status"] = FLOW.approval_status(APPROVAL_WAITING)
    with pytest.raises(DataFileError, match="goedkeuringsstatus"):
        parse_flowchart(data, "kapot.toml")


def test_unknown_approval_role_is_refused() -> None:
    data = raw()
    data["statuses"][0]["goedkeuring"] = "misschien"
    with pytest.raises(DataFileError):
        parse_flowchart(data, "kapot.toml")


def test_clean_name() -> None:
    assert approval.clean_name("  Anna\tde\nVries ") == "Anna de Vries"
    with pytest.raises(ApprovalError):
        approval.clean_name(" \n ")
    with pytest.raises(ApprovalError):
        approval.clean_name("x" * 61)


def test_submit_needs_a_finished_case() -> None:
    with pytest.raises(ApprovalError, match="nog niet afgerond"):
        approval.submit(Case(text="Hoi", session={"stage": "wizard"}), FLOW)


def test_team_figures_merge_names_case_insensitively() -> None:
    figures = approval.team_figures(
        {
            ("Sanne", "ingediend"): 3,
            ("sanne", "ingediend"): 1,
            ("Piet", "goedgekeurd"): 2,
            ("Piet", "teruggestuurd"): 1,
        },
        waiting=2,
    )
    assert [(p.name, p.drafted, p.approved, p.sent_back) for p in figures.people] == [
        ("Sanne", 4, 0, 0),
        ("Piet", 0, 2, 1),
    ]
    assert approval.team_summary(figures) == ["Er wachten nu 2 antwoorden op goedkeuring."]
    assert approval.team_summary(approval.TeamFigures()) == []
