"""Benchmark: how many actions from a pasted complaint to a copied reply, in the real window.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/journey.py [--no-profile]

Drives the real main window with real input events (QTest key and mouse events on the widgets a
user would use): paste a complaint, accept the path the assistant proposes, fill the reply's open
slots, copy. Every click, key press or paste counts one action; typing one slot's text counts one.
Waiting for the assistant is not an action. Prints ``actions: N`` for mouse and keyboard, the
keyboard-only count, and the same journey step by step. With ``--no-profile`` the business profile
is empty (first run without onboarding), so the draft has one more slot (the signer's name).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

COMPLAINT = "Al drie weken wacht ik op mijn bestelling #4821 en niemand reageert op mijn mails. Ik wil mijn geld terug!"
SLOT_TEXT = ["Je bestelling gaat vandaag nog met de koerier mee.", "Marieke"]


class Journey:
    """Counts the actions a person takes; ``wait`` lets the window work (not an action)."""

    def __init__(self, window: Any, wait: Callable[[Callable[[], bool]], None]) -> None:
        self.window = window
        self.wizard = window.wizard
        self.wait = wait
        self.actions = 0
        self.log: list[str] = []

    def _count(self, what: str) -> None:
        self.actions += 1
        self.log.append(what)

    def click(self, widget: Any, what: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        assert widget.isVisible() and widget.isEnabled(), f"{what}: not clickable"
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        self._count(what)

    def key(self, widget: Any, key: Any, modifiers: Any = None, what: str = "") -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key, modifiers or Qt.KeyboardModifier.NoModifier)
        self._count(what or str(key))

    def type_text(self, widget: Any, text: str) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClicks(widget, text)
        self._count(f"typ '{text[:20]}…'")

    def focused(self) -> Any:
        from PySide6.QtWidgets import QApplication

        return QApplication.focusWidget()

    # -------------------------------------------------------------- the complaint journey

    def paste(self, text: str, keyboard: bool) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(text)  # copied from the platform before the journey
        field = self.wizard.intake.text
        if self.focused() is not field:
            if keyboard:
                raise AssertionError("the comment field has no focus when the window opens")
            self.click(field, "klik in het reactieveld")
        self.key(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier, "plakken (Ctrl+V)")
        self.wait(lambda: self.wizard.analysis is not None and self.wizard.session is None)

    def accept_proposal(self, keyboard: bool) -> None:
        from PySide6.QtCore import Qt

        wizard = self.wizard
        if keyboard:
            self.key(
                wizard.intake.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, "voorstel (Ctrl+Enter)"
            )
        else:
            self.click(wizard.intake.propose_button, "klik 'Voorstel bekijken'")
        assert wizard.stack.currentWidget() is wizard.path_page
        if keyboard:
            self.key(self.focused() or wizard.path_page, Qt.Key.Key_Return, what="Enter = Klopt")
        else:
            self.click(wizard.path_page.accept_button, "klik 'Klopt'")
        self.wait(lambda: wizard.outcome_ready)

    def fill_slots(self, texts: list[str]) -> None:
        from PySide6.QtCore import Qt

        editor = self.wizard.outcome_page.editor
        for i, text in enumerate(texts):
            if editor.open_slots() == 0:
                break
            if i > 0 or not (self.focused() is editor and editor.textCursor().hasSelection()):
                self.key(editor, Qt.Key.Key_Tab, what="Tab naar de volgende open plek")
            self.type_text(editor, text)
        assert editor.open_slots() == 0, "slots left open"

    def copy(self, keyboard: bool) -> str:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        page = self.wizard.outcome_page
        QGuiApplication.clipboard().clear()
        if keyboard:
            shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            self.key(self.focused() or page, Qt.Key.Key_C, shift_ctrl, "kopiëren (Ctrl+Shift+C)")
        else:
            self.click(page.copy_button, "klik 'Kopiëren'")
        copied = QGuiApplication.clipboard().text()
        assert copied == page.editor.toPlainText() and "[vul in" not in copied, "nothing (or a slot) copied"
        return copied

    def complaint(self, keyboard: bool, texts: list[str] = SLOT_TEXT) -> str:
        self.paste(COMPLAINT, keyboard)
        self.accept_proposal(keyboard)
        self.fill_slots(texts)
        return self.copy(keyboard)

    def step_by_step(self, texts: list[str] = SLOT_TEXT) -> str:
        """The same journey question by question (the suggested answer is pre-selected: Enter takes it)."""
        from PySide6.QtCore import Qt

        wizard = self.wizard
        self.paste(COMPLAINT, keyboard=True)
        self.click(wizard.intake.next_button, "klik 'Stap voor stap'")
        while wizard.stack.currentWidget() is wizard.question_page:
            self.key(wizard.question_page, Qt.Key.Key_Return, what="Enter = voorgesteld antwoord")
        self.wait(lambda: wizard.outcome_ready)
        self.fill_slots(texts)
        return self.copy(keyboard=False)


def _window(store_path: Path, profile: bool) -> Any:
    from app.domain.profile import BusinessProfile
    from app.store import CaseStore
    from app.store.profile import save_profile
    from app.ui.main_window import MainWindow

    store = CaseStore.open(store_path)
    if profile:
        save_profile(store, BusinessProfile(name="Bakkerij De Korenschoof", signers=["Marieke"], email="info@x.nl"))
    store.close()
    window = MainWindow(store_path, ask_resume=lambda case: "later")
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    return window


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-profile", action="store_true", help="an empty business profile (two slots)")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)

    def wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the window did not get there in time")
            app.processEvents()
            time.sleep(0.01)

    results = {}
    for name, run in (
        ("muis", lambda j: j.complaint(keyboard=False)),
        ("toetsenbord", lambda j: j.complaint(keyboard=True)),
        ("stap voor stap", lambda j: j.step_by_step()),
    ):
        with tempfile.TemporaryDirectory() as tmp:
            window = _window(Path(tmp) / "h.sqlite3", profile=not args.no_profile)
            wait(lambda w=window: w.assistant.state in {"ready", "failed"})
            wait(lambda w=window: QApplication.focusWidget() is not None)
            journey = Journey(window, wait)
            run(journey)
            results[name] = journey
            window.close()
            app.processEvents()
    for name, journey in results.items():
        print(f"{name}: " + " | ".join(journey.log))
    print(f"actions: {results['muis'].actions}")
    print(f"actions (keyboard only): {results['toetsenbord'].actions}")
    print(f"actions (step by step): {results['stap voor stap'].actions}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
