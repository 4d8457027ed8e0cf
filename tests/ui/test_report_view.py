"""The report screen: preview in the background, save PDF and CSV."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.store import CaseStore
from tests.report_fixture import fill
from tests.ui.conftest import settle


@pytest.fixture
def filled_store(db_path: Path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    store = fill(db_path)
    yield store
    store.close()


def open_report(qtbot: Any, make_window: Any, store: CaseStore) -> Any:
    window = make_window(use_store=store)
    window.nav.setCurrentRow(3)
    settle(window)  # the months come from the history worker
    view = window.report
    view.month.setCurrentIndex(view.month.findData("2026-10"))
    return window, view


def test_preview_is_made_in_the_background(qtbot: Any, make_window: Any, filled_store: CaseStore) -> None:
    _window, view = open_report(qtbot, make_window, filled_store)
    assert view.month.findData("2026-09") >= 0
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    assert view.busy and view.progress.isVisible()
    qtbot.waitUntil(lambda: not view.busy, timeout=15000)
    assert view.pages_layout.count() == view.pages >= 2
    assert "8 reacties" in view.status.text()


def test_save_pdf_and_csv(
    qtbot: Any, make_window: Any, filled_store: CaseStore, tmp_path: Path, monkeypatch: Any
) -> None:
    pypdf = pytest.importorskip("pypdf")
    _window, view = open_report(qtbot, make_window, filled_store)
    view.names.setCurrentIndex(view.names.findData("pseudoniem"))
    pdf = tmp_path / "oktober"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), "PDF (*.pdf)"))
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.busy, timeout=15000)
    assert view.last_saved == str(pdf) + ".pdf"
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(view.last_saved).pages)
    assert "kwamen er 8 reacties binnen" in text and "Sanne" not in text
    target = tmp_path / "oktober.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.busy and view.last_saved == str(target), timeout=15000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 8 and rows[0]["schrijver"] == "Schrijver 1"


def test_preview_renders_by_itself_when_the_screen_opens(qtbot: Any, make_window: Any, filled_store: CaseStore) -> None:
    window = make_window(use_store=filled_store)
    assert window.report.pages == 0  # nothing is rendered before the screen is opened
    window.nav.setCurrentRow(3)
    settle(window)
    view = window.report
    qtbot.waitUntil(lambda: not view.busy and view.pages >= 1, timeout=15000)
    view.month.setCurrentIndex(view.month.findData("2026-10"))  # another month: rendered again, no button
    qtbot.waitUntil(lambda: not view.busy and "8 reacties" in view.status.text(), timeout=15000)
    assert view.pages_layout.count() == view.pages >= 2


def test_a_pdf_that_cannot_be_written_is_reported_and_leaves_nothing(
    qtbot: Any, make_window: Any, filled_store: CaseStore, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    import app.render.report_pdf as report_pdf
    from app.fileio import OutputError

    _window, view = open_report(qtbot, make_window, filled_store)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    target = tmp_path / "vol.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))

    def disk_full(*_args: Any, **_kwargs: Any) -> int:
        raise OutputError(f"kan {target} niet schrijven: de schijf is vol; er is niets opgeslagen")

    monkeypatch.setattr(report_pdf, "render_pdf", disk_full)
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.busy, timeout=15000)
    assert warnings and "schijf is vol" in warnings[0] and "schijf is vol" in view.status.text()
    assert view.last_saved != str(target) and not target.exists()
    assert view.pdf_button.isEnabled()


def test_a_preview_that_ends_after_a_failed_save_keeps_the_failure_on_the_status_line(
    qtbot: Any, make_window: Any, filled_store: CaseStore, monkeypatch: Any
) -> None:
    """A preview under way while a PDF save fails (disk full) must not wipe the failure from the status line."""
    from PySide6.QtWidgets import QMessageBox

    _window, view = open_report(qtbot, make_window, filled_store)
    qtbot.waitUntil(lambda: not view.busy and "8 reacties" in view.status.text(), timeout=15000)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    view.refresh_preview()  # the worker's result comes back through the event loop, after the failure below
    assert view.busy
    view._failed("kan vol.pdf niet schrijven: de schijf is vol", saving=False)
    qtbot.waitUntil(lambda: not view.busy, timeout=15000)
    assert "schijf is vol" in view.status.text()
    view.refresh_preview()  # a preview asked for afterwards shows its own summary again
    qtbot.waitUntil(lambda: not view.busy and "8 reacties" in view.status.text(), timeout=15000)
