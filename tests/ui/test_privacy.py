"""The Privacy dialog, retention at start, and viewing a newer version's history (app/ui/privacy.py, readonly.py)."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication

from app.domain.case import Case, Lesson
from app.store import CaseStore
from app.store.privacy import erasures, load_policy
from app.ui.privacy import PrivacyDialog
from tests.ui.conftest import settle


def _open_dialog(qtbot: Any, window: Any) -> PrivacyDialog:
    window.privacy_action.trigger()
    dialog = window.findChild(PrivacyDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.register_text.toPlainText().startswith("Verwerkingsregister"), timeout=5000)
    return dialog


def test_menu_opens_dialog_and_saves_the_retention_period(qtbot: Any, make_window: Any, db_path: Path) -> None:
    window = make_window()
    dialog = _open_dialog(qtbot, window)
    assert dialog.months.value() == 24
    dialog.months.setValue(12)
    dialog.reason.setPlainText("Een jaar terugkijken is genoeg voor ons.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "12 maanden" in dialog.register_text.toPlainText(), timeout=5000)
    assert "Een jaar terugkijken" in dialog.register_text.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.register_text.toPlainText()
    settle(window)
    with CaseStore.open(db_path) as store:
        assert load_policy(store).months == 12


def test_dialog_forgets_a_person(qtbot: Any, make_window: Any, store: CaseStore, db_path: Path) -> None:
    store.save(Case("Waar blijft mijn pakket?", "x", "Jan de Vries", lessons=[Lesson("Jan de Vries terugbellen")]))
    store.save(Case("Dank jullie!", "x", "Sanne"))
    window = make_window()
    dialog = _open_dialog(qtbot, window)
    dialog.confirm_forget = lambda who: True  # type: ignore[method-assign]
    dialog.who.setText("Jan de Vries")
    dialog.forget_button.click()
    qtbot.waitUntil(lambda: dialog.forget_result.toPlainText().startswith("Gewist: 1 zaak en 1 les"), timeout=10000)
    assert dialog.who.text() == ""
    settle(window)
    assert b"vries" not in db_path.read_bytes().lower()
    with CaseStore.open(db_path) as check:
        assert [c.author for c in check.list()] == ["Sanne"]
        assert len(erasures(check)) == 1


def test_retention_runs_at_start(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    store.save(Case("Oud: Fatima hielp me niet", "x", "Kees Jansen", received_at="2020-01-01T10:00:00+00:00"))
    store.save(Case("Nieuw bericht", "x", "Kees Jansen"))
    window = make_window()
    settle(window)
    cases = sorted(CaseStore.list(store), key=lambda c: c.received_at)
    assert cases[0].author == "" and "Fatima" not in cases[0].text
    assert cases[1].author == "Kees Jansen"
    assert "geanonimiseerd" in window.statusBar().currentMessage()


def test_newer_version_is_shown_read_only(qtbot: Any, make_window: Any, db_path: Path, store: CaseStore) -> None:
    store.save(Case("Lekker brood", "x", "Sanne"))
    store.close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reageerwijzer', '0099_x', '2030')"
    )
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    data = db_path.read_bytes()
    viewer = CaseStore.open_readonly(db_path)
    window = make_window(use_store=viewer)
    settle(window)
    banner = window.findChild(type(window.assistant_status), "readOnlyBanner")
    assert banner is not None and banner.isVisible() and "nieuwere versie" in banner.text()
    assert not window.wizard.isEnabled() and not window.settings.isEnabled() and not window.practice.isEnabled()
    assert window.pages.currentWidget() is window.history
    assert window.history.edit_box.isHidden()
    assert window.history_worker.read_only
    viewer.close()
    window.close()
    assert db_path.read_bytes() == data


def test_report_of_a_newer_version_can_be_viewed(qtbot: Any, db_path: Path) -> None:
    from app.ui.report import _build

    with CaseStore.open(db_path) as store:
        store.save(Case("Lekker brood", "x", "Sanne", received_at="2026-10-03T10:00:00+00:00"))
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reageerwijzer', '0099_x', '2030')"
    )
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with ThreadPoolExecutor(1) as pool:  # as the report view does: off the GUI thread
        assert pool.submit(_build, db_path, "2026-10", "pseudoniem").result().count == 1


def test_english_window_shows_register_erasure_and_refusals_in_english(
    qtbot: Any, make_window: Any, store: CaseStore, db_path: Path
) -> None:
    from app.domain.i18n import content_language_as
    from app.domain.privacy import DEFAULT_REASON

    store.save(Case("Waar blijft mijn pakket?", "x", "Jan de Vries"))
    with content_language_as("en"):
        window = make_window()
        window.privacy_action.trigger()
        dialog = window.findChild(PrivacyDialog)
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.register_text.toPlainText().startswith("Record of processing"), timeout=5000)
        assert "24 months after receipt (default period)" in dialog.register_text.toPlainText()
        assert dialog.reason.toPlainText().startswith("So we can look back")  # the default reason, in English
        dialog.save_button.click()  # saved unchanged: kept as the default, shown Dutch in the Dutch window
        qtbot.waitUntil(lambda: "(chosen on " in dialog.register_text.toPlainText(), timeout=5000)
        dialog.who.setText("van der")
        dialog.forget_button.click()
        assert dialog.status.text() == "'van der' is not a name but a surname prefix; give the whole name"
        dialog.confirm_forget = lambda who: True  # type: ignore[method-assign]
        dialog.who.setText("Jan de Vries")
        dialog.forget_button.click()
        qtbot.waitUntil(
            lambda: dialog.forget_result.toPlainText().startswith("Erased: 1 case and 0 lessons"), timeout=10000
        )
        settle(window)
    with CaseStore.open(db_path) as check:
        assert load_policy(check).reason == DEFAULT_REASON
