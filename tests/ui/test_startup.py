"""Starting with a history that cannot be opened: a clear message and a way forward."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.main import open_store_interactively


def click(monkeypatch: pytest.MonkeyPatch, label: str, seen: list[str]) -> None:
    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == label:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def test_broken_file_offers_a_new_history_and_is_left_alone(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "geschiedenis.sqlite3"
    bad.write_bytes(b"dit is geen database" * 100)
    before = bad.read_bytes()
    seen: list[str] = []
    click(monkeypatch, "Nieuwe geschiedenis", seen)
    store = open_store_interactively(bad)
    assert store is not None and store.path != bad and store.path.parent == tmp_path
    store.close()
    assert bad.read_bytes() == before
    assert "geen geschiedenisbestand" in seen[0]


def test_quitting_from_the_message(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "kapot.sqlite3"
    bad.write_bytes(b"x" * 100)
    click(monkeypatch, "Afsluiten", [])
    assert open_store_interactively(bad) is None


def test_error_log_is_private_and_holds_no_comment_text(monkeypatch: Any, tmp_path: Path) -> None:
    import os
    import stat

    from app.ui import main as main_module

    monkeypatch.setattr(main_module, "user_data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr(main_module.QMessageBox, "critical", lambda *args, **kwargs: None)
    try:
        raise ValueError("Jan de Vries schreef: mijn bestelling is kapot")
    except ValueError as exc:
        main_module._excepthook(ValueError, exc, exc.__traceback__)
    log = tmp_path / "data" / "fouten.log"
    text = log.read_text(encoding="utf-8")
    assert "ValueError" in text and "test_startup.py" in text
    assert "Jan de Vries" not in text and "bestelling" not in text
    if os.name == "posix":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_date_pickers_follow_the_interface_language(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QCalendarWidget

    from app.ui import main as main_module

    before = QLocale()
    try:
        monkeypatch.setattr(QSettings, "value", lambda self, key, default="", kind=None: "nl")
        assert main_module.install_translators(qapp) == "nl"
        calendar = QCalendarWidget()
        assert calendar.locale().language() == QLocale.Language.Dutch
        assert calendar.locale().monthName(3) == "maart"
        monkeypatch.setattr(QSettings, "value", lambda self, key, default="", kind=None: "en")
        main_module.install_translators(qapp)
        assert QCalendarWidget().locale().language() == QLocale.Language.English
    finally:
        for translator in getattr(qapp, "_translators", []):
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
