"""The window as a whole: resume after closing, history editing, profile, backups."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.case import Case
from app.domain.flowchart import shipped_flowchart
from app.domain.wizard import Comment, WizardSession
from app.store import CaseStore
from app.store.profile import load_profile
from tests.ui.conftest import settle
from tests.ui.test_wizard import COMPLAINT, click_answer, paste

FLOW = shipped_flowchart()


def saved_case(
    store: CaseStore, author: str, text: str = COMPLAINT, follow_up: str | None = None, status: str | None = None
) -> int:
    session = WizardSession(FLOW, Comment(text, "x", author))
    for answer in ("negatief", "nee", "nee", "nee", "ja"):
        session.answer(answer)
    case = Case.from_session(session, reply="Sorry!", follow_up=follow_up)
    if status:
        case.status = status
    return store.save(case)


def test_closing_mid_wizard_and_reopening_offers_the_unfinished_case(
    qtbot: Any, make_window: Any, db_path: Path
) -> None:
    first_store = CaseStore.open(db_path)
    window = make_window(use_store=first_store)
    paste(qtbot, window, COMPLAINT, author="Piet Post")
    qtbot.mouseClick(window.wizard.intake.next_button, Qt.MouseButton.LeftButton)
    click_answer(qtbot, window, "negatief")
    click_answer(qtbot, window, "nee")
    window.close()
    first_store.close()

    offered: list[Case] = []

    def ask(case: Case) -> str:
        offered.append(case)
        return "resume"

    second_store = CaseStore.open(db_path)
    window2 = make_window(use_store=second_store, ask_resume=ask)
    qtbot.waitUntil(lambda: bool(offered), timeout=3000)
    assert offered[0].author == "Piet Post"
    wizard = window2.wizard
    assert wizard.intake.text.toPlainText() == COMPLAINT
    assert wizard.session.current.id == "grap"
    assert wizard.stack.currentWidget() is wizard.question_page
    second_store.close()


def test_unfinished_outcome_keeps_typed_reply(qtbot: Any, make_window: Any, db_path: Path) -> None:
    first_store = CaseStore.open(db_path)
    window = make_window(use_store=first_store)
    paste(qtbot, window, COMPLAINT)
    qtbot.mouseClick(window.wizard.intake.next_button, Qt.MouseButton.LeftButton)
    for answer in ("negatief", "nee", "nee", "nee", "ja"):
        click_answer(qtbot, window, answer)
    settle(window)  # the draft is in; now the owner types over it
    window.wizard.outcome_page.editor.setPlainText("Mijn eigen tekst")
    window.wizard.outcome_page.lesson.setPlainText("Eigen les")
    window.close()
    first_store.close()
    second_store = CaseStore.open(db_path)
    window2 = make_window(use_store=second_store, ask_resume=lambda case: "resume")
    qtbot.waitUntil(lambda: window2.wizard.stack.currentWidget() is window2.wizard.outcome_page, timeout=3000)
    qtbot.waitUntil(lambda: window2.wizard.outcome_ready, timeout=5000)
    assert window2.wizard.outcome_page.editor.toPlainText() == "Mijn eigen tekst"
    assert window2.wizard.outcome_page.lesson.toPlainText() == "Eigen les"
    second_store.close()


def test_discarding_the_unfinished_case(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    session = WizardSession(FLOW, Comment("half af", "x", "Bo"))
    store.save(Case.from_session(session))
    make_window(ask_resume=lambda case: "discard")
    qtbot.waitUntil(lambda: store.open_sessions() == [], timeout=3000)


def test_history_marks_due_follow_ups_and_repeat_writers(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    due_id = saved_case(store, "Anna", "Koude koffie", follow_up=yesterday, status="monitoren")
    for i in range(3):
        saved_case(store, "Kees Kritisch", f"Klacht nummer {i}")
    window = make_window()
    window.nav.setCurrentRow(1)
    settle(window)
    history = window.history
    rows = {c.id: i for i, c in enumerate(history.model.cases)}
    status_cell = history.model.index(rows[due_id], 5)
    assert history.model.data(status_cell).startswith("⚑")
    assert "3 om op te volgen" not in history.count.text() and "1 om op te volgen" in history.count.text()
    kees_row = next(i for i, c in enumerate(history.model.cases) if c.author == "Kees Kritisch")
    assert history.model.data(history.model.index(kees_row, 2)).endswith("↻")
    history.table.selectRow(kees_row)
    settle(window)
    assert "2 andere negatieve reacties" in history.repeat_note.text()
    assert not history.repeat_note.isHidden()


def test_history_edit_status_follow_up_and_lesson(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    case_id = saved_case(store, "Anna")
    window = make_window()
    window.nav.setCurrentRow(1)
    history = window.history
    settle(window)
    history.table.selectRow(0)
    settle(window)
    history.edit_status.setCurrentIndex(history.edit_status.findData("geescaleerd"))
    history.edit_follow.setChecked(True)
    history.edit_lesson.setPlainText("Sneller doorverwijzen")
    history.edit_tags.setText("proces")
    qtbot.mouseClick(history.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    case = store.get(case_id)
    assert case.status == "geescaleerd" and case.follow_up
    assert [(lesson.text, lesson.tags) for lesson in case.lessons] == [("Sneller doorverwijzen", ["proces"])]


def test_history_filters(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    saved_case(store, "Anna", "Eerste")
    second = saved_case(store, "Bob", "Tweede")
    case = store.get(second)
    case.status = "monitoren"
    store.save(case)
    window = make_window()
    window.nav.setCurrentRow(1)
    history = window.history
    settle(window)
    assert history.model.rowCount() == 2
    history.status.setCurrentIndex(history.status.findData("monitoren"))
    settle(window)
    assert [c.author for c in history.model.cases] == ["Bob"]
    history.status.setCurrentIndex(0)
    history.platform.setCurrentIndex(history.platform.findData("google"))
    settle(window)
    assert history.model.rowCount() == 0


def test_profile_is_saved_and_validated(
    qtbot: Any, make_window: Any, store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.nav.setCurrentRow(4)
    settings = window.settings
    settings.fields["name"].setText("Kapsalon Knip")
    settings.signers.setText("Yara, Tom")
    settings.register.setCurrentIndex(settings.register.findData("u"))
    settings.fields["email"].setText("info@knip.nl")
    settings.faq.insertRow(0)
    from PySide6.QtWidgets import QTableWidgetItem

    settings.faq.setItem(0, 0, QTableWidgetItem("Kan ik pinnen?"))
    settings.faq.setItem(0, 1, QTableWidgetItem("Ja, pinnen en contant."))
    assert settings.save()
    settle(window)
    profile = load_profile(store)
    assert profile.name == "Kapsalon Knip" and profile.signers == ["Yara", "Tom"] and profile.register == "u"
    assert profile.faq[0].answer == "Ja, pinnen en contant."
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    settings.fields["email"].setText("geen-adres")
    assert settings.save() is False
    settle(window)
    assert warnings and "e-mailadres" in warnings[0]
    assert load_profile(store).email == "info@knip.nl"


def test_backup_and_restore_from_the_window(qtbot: Any, make_window: Any, store: CaseStore, tmp_path: Path) -> None:
    saved_case(store, "Anna", "Voor de kopie")
    backup = store.backup(tmp_path / "kopie.sqlite3")
    saved_case(store, "Bob", "Na de kopie")
    window = make_window()
    infos: list[str] = []
    import app.ui.main_window as mw

    qtbot_patch = pytest.MonkeyPatch()
    qtbot_patch.setattr(mw.QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    try:
        window.restore(str(backup))
        settle(window)
    finally:
        qtbot_patch.undo()
    with CaseStore.open(window.history_worker.path) as restored:
        assert [c.text for c in restored.list()] == ["Voor de kopie"]
    assert infos and "bewaard" in infos[0]


def test_history_shows_the_first_page_and_loads_more_on_scroll(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    from app.domain.case import Case
    from app.ui.history import PAGE_ROWS

    store.bulk_insert(
        [Case(text=f"reactie {n}", received_at=f"2026-10-{1 + n // 100:02d}T10:{n % 60:02d}:00") for n in range(450)]
    )
    window = make_window()
    window.nav.setCurrentRow(1)
    history = window.history
    history.refresh()
    settle(window)
    assert history.model.rowCount() == PAGE_ROWS
    assert history.count.text().startswith(f"{PAGE_ROWS} / 450")
    bar = history.table.verticalScrollBar()
    for expected in (2 * PAGE_ROWS, 450):
        qtbot.waitUntil(lambda: bar.maximum() > bar.value(), timeout=3000)
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda n=expected: history.model.rowCount() == n, timeout=3000)
    assert history.count.text().startswith("450 ")
    assert len({c.id for c in history.model.cases}) == 450


def test_the_map_gives_way_at_1024_and_shows_at_1366(qtbot: Any, make_window: Any) -> None:
    """At 1024×700 the wizard's pages keep their width (no map, no sideways scrolling);
    at 1366×768 there is room for the map beside them."""
    window = make_window()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: not window.wizard.side.map_part.isVisible(), timeout=3000)
    assert window.width() <= 1024
    assert window.wizard.stack.width() >= 560
    window.resize(1366, 768)
    qtbot.waitUntil(window.wizard.side.map_part.isVisible, timeout=3000)
