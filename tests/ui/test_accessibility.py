"""Screen readers: every screen has a name, every control a user can reach has one too, in a sensible order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.about import AboutDialog
from app.ui.welcome import WelcomeDialog
from tests.ui.conftest import settle


def unnamed(root: QWidget) -> list[str]:
    """Reachable controls (focusable, shown) whose accessible name is empty."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root) or isinstance(widget, QLabel):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found


def test_every_screen_and_control_has_a_name(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        settle(window)
        page = window.pages.currentWidget()
        assert page.accessibleName() == window.nav.item(row).text()
        if row >= 2:  # practice, report, profile (the wizard and history have their own tests)
            assert unnamed(page) == [], window.nav.item(row).text()
    window.practice.tabs.setCurrentWidget(window.practice.crisis)
    assert unnamed(window.practice.crisis) == []
    for dialog in (WelcomeDialog(window.history_worker, window), AboutDialog(window)):
        qtbot.addWidget(dialog)
        assert dialog.accessibleName() and unnamed(dialog) == []


def test_welcome_tab_order_follows_the_form(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    dialog = WelcomeDialog(window.history_worker, window)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = [dialog.name, dialog.signer, dialog.register_je, dialog.email, dialog.phone, dialog.dm, dialog.hours]
    order = [dialog.name]
    widget = dialog.name
    for _ in range(80):  # the chain holds every widget, also labels and containers
        widget = widget.nextInFocusChain()
        if widget in fields and widget not in order:
            order.append(widget)
    assert order == fields
