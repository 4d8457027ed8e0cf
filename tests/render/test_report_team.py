"""The monthly report's team section: per person drafted / approved / sent back, and what waits."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.case import Case
from app.domain.flowchart import APPROVAL_WAITING, shipped_flowchart
from app.domain.report import build_report
from app.domain.shared import now_iso
from app.render.report_pdf import render_pdf
from app.store import CaseStore, team
from app.store.reporting import ReportQueries

pypdf = pytest.importorskip("pypdf")
FLOW = shipped_flowchart()
WAITING = FLOW.approval_status(APPROVAL_WAITING)
OUTCOME = next(n for n in FLOW.outcomes if n.reply_expected and not FLOW.approval_role(n.default_status))


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def waiting(store: CaseStore, by: str) -> int:
    case = Case(text="Koude friet gekregen.", author="Klant", outcome=OUTCOME.id, reply="Sorry! Sanne", status=WAITING)
    return store.save(case, by=by)


def test_the_report_shows_who_drafted_and_approved(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "h.sqlite3") as store:
        first, second, _third = waiting(store, "Sanne"), waiting(store, "Sanne"), waiting(store, "Fatima")
        team.approve(store, first, "Marieke")
        team.send_back(store, second, "Marieke", "Noem de oplossing")
        month = now_iso()[:7]
        report = build_report(ReportQueries(store), month)
    assert report.team is not None and report.team.waiting == 1
    assert {p.name: (p.drafted, p.approved, p.sent_back) for p in report.team.people} == {
        "Sanne": (2, 0, 0),
        "Marieke": (0, 1, 1),
        "Fatima": (1, 0, 0),
    }
    assert "Er wacht nu 1 antwoord op goedkeuring." in report.summary()
    target = tmp_path / "rapport.pdf"
    render_pdf(report, target)
    text = pdf_text(target)
    assert "Opstellen en goedkeuren" in text and "geen accounts" in text
    assert "Marieke 0 1 1" in text and "Sanne 2 0 0" in text


def test_no_team_section_when_nobody_used_approval(tmp_path: Path) -> None:
    with CaseStore.open(tmp_path / "h.sqlite3") as store:
        store.save(Case(text="Lekker!", outcome=OUTCOME.id, reply="Dank je!", status="beantwoord"))
        report = build_report(ReportQueries(store), now_iso()[:7])
    assert report.team is not None and report.team.empty
    assert not any("goedkeuring" in line for line in report.summary())
    target = tmp_path / "rapport.pdf"
    render_pdf(report, target)
    assert "Opstellen en goedkeuren" not in pdf_text(target)
