"""'Assistent bijleren' in the window: offered after enough new cases, runs in the background, can be undone."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain.case import Case
from app.domain.flowchart import shipped_flowchart
from app.domain.wizard import Comment, WizardSession
from app.nlp import adapt
from app.store import CaseStore

FLOW = shipped_flowchart()


def fill(store: CaseStore, n: int) -> None:
    for i in range(n):
        complaint = i % 2 == 0
        session = WizardSession(FLOW, Comment(f"Opmerking {i}: {'te lauw' if complaint else 'heerlijk'}", "google"))
        for answer in ["negatief", "nee", "nee", "nee", "ja"] if complaint else ["positief", "publiek", "nee"]:
            session.answer(answer)
        store.save(Case.from_session(session))


def test_panel_says_what_it_has_and_offers_after_enough_cases(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    fill(store, adapt.MIN_EXAMPLES + 10)
    window = make_window()
    panel = window.learn_panel
    qtbot.waitUntil(lambda: "nog niet bijgeleerd" in panel.status.text(), timeout=10000)
    assert "30 afgehandelde zaken om van te leren, 30 nieuw" in panel.status.text()
    qtbot.waitUntil(lambda: window.learn_offer.isVisibleTo(window), timeout=5000)
    assert "30 nieuwe zaken" in window.learn_offer.text()
    assert not panel.undo_button.isEnabled()


def test_too_few_cases_is_said_in_the_panel(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    fill(store, 4)
    window = make_window()
    panel = window.learn_panel
    qtbot.mouseClick(panel.learn_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Te weinig" in panel.result.text(), timeout=10000)
    assert panel.learn_button.isEnabled() and not window.learn_offer.isVisible()


@pytest.mark.slow
def test_learn_in_the_background_then_undo(
    qtbot: Any, make_window: Any, store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # This test is about the panel's thread, progress and undo; the five-fold cross-validation and the
    # training itself are tested in tests/nlp/test_adapt.py, so two folds of one short epoch keep it short.
    monkeypatch.setattr(adapt, "FOLDS", 2)
    monkeypatch.setattr(adapt, "EPOCHS", 1)
    monkeypatch.setattr(adapt, "REHEARSAL_MIN", 0)
    fill(store, 24)
    window = make_window()
    shipped_version = window.assistant.assistant.model_version
    window.assistant.loader = window._load_assistant  # the real per-history loader, not the test's shared one
    panel = window.learn_panel
    qtbot.mouseClick(panel.learn_button, Qt.MouseButton.LeftButton)
    assert panel.busy and not panel.learn_button.isEnabled()
    qtbot.waitUntil(lambda: "Bijgeleerd van 24 eigen zaken" in panel.result.text(), timeout=120000)

    def uses(own: bool) -> bool:
        return window.assistant.ready and ("+eigen-" in window.assistant.assistant.model_version) == own

    qtbot.waitUntil(lambda: uses(True), timeout=20000)
    qtbot.waitUntil(lambda: "Eigen assistent" in panel.status.text(), timeout=10000)
    assert panel.undo_button.isEnabled()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "meegeleverde" in panel.result.text(), timeout=10000)
    qtbot.waitUntil(lambda: uses(False), timeout=20000)
    assert window.assistant.assistant.model_version == shipped_version


def test_history_marks_a_case_not_to_learn_from(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    fill(store, 3)
    window = make_window()
    window.nav.setCurrentRow(1)
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 3, timeout=10000)
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: history.current is not None and history.no_learn.isEnabled(), timeout=10000)
    case_id = history.current.id
    assert not history.no_learn.isChecked()
    qtbot.mouseClick(history.no_learn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: case_id in adapt.excluded_ids(CaseStore.open(store.path)), timeout=10000)
