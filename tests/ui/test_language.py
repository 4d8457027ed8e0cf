"""The interface is Dutch by default and switches to English with the shipped translation."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_english_translation_is_complete_and_loads(qtbot: Any, make_window: Any) -> None:
    ts = resource_path("translations", "reageerwijzer_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "reageerwijzer_en.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        window = make_window()
        assert window.nav.item(1).text() == "History"
        assert window.wizard.question_page.next_button.text() == "&Next →"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_dutch_by_default(make_window: Any) -> None:
    window = make_window()
    assert window.nav.item(1).text() == "Geschiedenis"


@pytest.mark.skipif(not (Path(sys.executable).parent / "pyside6-lupdate").exists(), reason="Qt tools not installed")
def test_every_interface_string_is_in_the_translation(tmp_path: Path) -> None:
    target = tmp_path / "check.ts"
    target.write_text(
        resource_path("translations", "reageerwijzer_en.ts").read_text(encoding="utf-8"), encoding="utf-8"
    )
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").glob("*.py"))
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    result = subprocess.run([lupdate, *sources, "-ts", str(target)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    new = [int(n) for n in re.findall(r"\((\d+) new", result.stdout)]
    assert new and all(n == 0 for n in new), f"untranslated interface strings: {result.stdout}"


def test_english_window_shows_the_domain_in_english(make_window: Any) -> None:
    """With the English window (install_translators chose "en"), the flowchart, names and practice
    cases come in English too; only the comments and the drafted replies stay Dutch."""
    from app.domain.i18n import content_language_as

    with content_language_as("en"):
        window = make_window()
        window.wizard.question_page.show_question(window.flow.node("aard"), 1, None)
        assert window.wizard.question_page.question.text() == "What kind of message is this?"
        assert window.flow.status_label("geen_reactie") == "No response"
        practice_titles = {c.title for c in window.practice.cases.cases}
        assert "An hour's wait for the main course" in practice_titles


def test_percentages_follow_the_window_language() -> None:
    from app.domain.i18n import content_language_as
    from app.ui.assistant import percent

    assert (percent(0.984), percent(1.0), percent(0.0), percent(None)) == ("98 %", "99 %", "1 %", "")
    with content_language_as("en"):
        assert (percent(0.984), percent(1.0)) == ("98%", "99%")
