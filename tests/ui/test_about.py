"""The About dialog: version, model version, the data the model learned from, and the licences."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.resources import model_dir
from app.ui.about import AboutDialog


def test_about_shows_version_model_credits_and_notices(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    meta = json.loads((model_dir() / "meta.json").read_text(encoding="utf-8"))
    assert __version__ in dialog.title.text()
    assert meta["name"] in dialog.model.text() and meta["reageerwijzer"]["source_hash"][:8] in dialog.model.text()
    credits = dialog.credits.toPlainText()
    assert "Multilingual HateCheck" in credits and "Röttger" in credits and "CC BY 4.0" in credits
    assert "Pattern" in credits and "De Smedt" in credits and "PDDL" in credits
    notices = dialog.notices.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices and "spacy " in notices
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Gegevens", "Licenties van derden"]


def test_help_menu_opens_about(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        if dialog is not None:
            dialog.close()

    QTimer.singleShot(0, close_dialog)
    window.about_action.trigger()
    assert seen == ["AboutDialog"]
    assert window.about_action.text() == "&Over Reageerwijzer…"
