"""First run: the welcome fills the profile once; unsaved profile changes are never lost silently."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.domain.profile import BusinessProfile
from app.store import CaseStore
from app.store.profile import PROFILE_KEY, load_profile, save_profile
from app.ui.welcome import WELCOMED_KEY, WelcomeDialog
from tests.ui.conftest import settle


def open_welcome(qtbot: Any, window: Any) -> WelcomeDialog:
    settle(window)
    qtbot.waitUntil(lambda: window.findChild(WelcomeDialog) is not None, timeout=3000)
    dialog = window.findChild(WelcomeDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    return dialog


def test_first_run_fills_the_profile_the_drafts_use(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    window = make_window(welcome=True)
    dialog = open_welcome(qtbot, window)
    assert dialog.name.hasFocus() or not dialog.isActiveWindow()
    qtbot.keyClicks(dialog.name, "Bakkerij Korenschoof")
    qtbot.keyClicks(dialog.signer, "Marieke")
    dialog.register_u.setChecked(True)
    dialog.voice_wij.setChecked(True)
    qtbot.keyClicks(dialog.email, "info@korenschoof.nl")
    dialog.hours.setText("di–za 8:00–17:00")  # QTest cannot type an en dash
    dialog.dm.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    profile = load_profile(store)
    assert profile.name == "Bakkerij Korenschoof" and profile.signers == ["Marieke"]
    assert (profile.register, profile.voice, profile.dm) == ("u", "wij", False)
    assert profile.email == "info@korenschoof.nl" and profile.opening_hours == "di–za 8:00–17:00"
    qtbot.waitUntil(lambda: window.findChild(WelcomeDialog) is None, timeout=3000)  # closed and gone
    assert window.settings.signers.text() == "Marieke"  # the settings page shows it at once
    assert not window.settings.has_unsaved_changes()
    assert store.get_setting(WELCOMED_KEY) is True


def test_a_wrong_mail_address_keeps_the_welcome_open(qtbot: Any, make_window: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window = make_window(welcome=True)
    dialog = open_welcome(qtbot, window)
    dialog.email.setText("geen-adres")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shown and "geen-adres" in shown[0] and dialog.isVisible()


def test_skipping_is_remembered(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    window = make_window(welcome=True)
    dialog = open_welcome(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settle(window)
    qtbot.waitUntil(lambda: window.findChild(WelcomeDialog) is None, timeout=3000)
    assert store.get_setting(WELCOMED_KEY) is True and store.get_setting(PROFILE_KEY) is None


def test_no_welcome_when_there_is_a_profile(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    save_profile(store, BusinessProfile(name="Fietshuis"))
    window = make_window(welcome=True)
    settle(window)
    qtbot.wait(50)
    assert window.findChild(WelcomeDialog) is None


def test_leaving_the_profile_with_changes_asks(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    window = make_window()
    window.nav.setCurrentRow(4)
    settle(window)
    settings = window.settings
    assert not settings.has_unsaved_changes() and not settings.save_button.isEnabled()
    settings.signers.setText("Joost")
    assert settings.has_unsaved_changes() and settings.save_button.isEnabled()
    assert settings.unsaved_label.text()
    answers = iter(["cancel", "discard"])
    asked: list[str] = []

    def ask() -> str:
        asked.append("asked")
        return next(answers)

    settings.ask_unsaved = ask
    window.nav.setCurrentRow(0)  # cancel: stay on the profile, the text is kept
    assert window.pages.currentWidget() is settings and window.nav.currentRow() == 4
    assert settings.signers.text() == "Joost"
    window.nav.setCurrentRow(0)  # discard: back to what was saved
    assert window.pages.currentWidget() is window.wizard and settings.signers.text() == ""
    assert asked == ["asked", "asked"]


def test_closing_with_profile_changes_can_save_them(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    window = make_window()
    window.nav.setCurrentRow(4)
    settle(window)
    window.settings.fields["name"].setText("Kapsalon Lokken")
    window.settings.ask_unsaved = lambda: "cancel"
    window.close()
    assert window.isVisible()  # cancel keeps the window open
    window.settings.ask_unsaved = lambda: "save"
    window.close()
    assert not window.isVisible()
    assert load_profile(store).name == "Kapsalon Lokken"


def test_save_shortcut_on_the_profile(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    window = make_window()
    window.nav.setCurrentRow(4)
    settle(window)
    window.settings.fields["phone"].setText("030-6012345")
    window.settings.fields["phone"].setFocus()
    qtbot.keyClick(window.settings.fields["phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert load_profile(store).phone == "030-6012345"
    assert not window.settings.has_unsaved_changes()
