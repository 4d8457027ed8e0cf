"""Viewing a history of a newer version: a clear banner, and nothing that saves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget


def show_read_only(window: QMainWindow) -> QLabel:
    """Put a banner above the window's content and switch off every page that writes.

    The window must have ``nav``, ``wizard``, ``practice``, ``settings`` and ``history``
    (app.ui.main_window); the history (without its edit part) and the monthly report stay usable.
    """
    banner = QLabel(
        QCoreApplication.translate(
            "ReadOnly",
            "Alleen bekijken: deze geschiedenis is gemaakt met een nieuwere versie van Reageerwijzer. "
            "Je kunt zaken en rapporten bekijken, maar niets opslaan. Werk Reageerwijzer bij om verder te werken.",
        )
    )
    banner.setObjectName("readOnlyBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(
        "#readOnlyBanner { background: #fff3cd; color: #3d2c00; border: 1px solid #d4a72c; padding: 8px; }"
    )
    banner.setAccessibleName(QCoreApplication.translate("ReadOnly", "Alleen-lezen"))
    content = window.takeCentralWidget()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(banner)
    if content is not None:
        layout.addWidget(content, 1)
    window.setCentralWidget(holder)
    nav = window.nav  # type: ignore[attr-defined]
    for name in ("wizard", "practice", "settings"):
        page = getattr(window, name)
        page.setEnabled(False)
        index = window.pages.indexOf(page)  # type: ignore[attr-defined]
        item = nav.item(index)
        if item is not None:
            item.setToolTip(QCoreApplication.translate("ReadOnly", "Niet beschikbaar: alleen bekijken"))
    edit_box = getattr(window.history, "edit_box", None)  # type: ignore[attr-defined]
    if edit_box is not None:
        edit_box.hide()  # the history's "Bijwerken" part saves: not shown when viewing only
    nav.setCurrentRow(window.pages.indexOf(window.history))  # type: ignore[attr-defined]
    title = window.windowTitle()
    window.setWindowTitle(QCoreApplication.translate("ReadOnly", "{title} — alleen bekijken").format(title=title))
    return banner
