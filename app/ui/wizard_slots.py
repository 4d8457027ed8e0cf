"""The reply editor: Tab and a click jump to the next ``[vul in: …]`` slot and select it.

Typing then replaces the whole slot. After the last slot Tab leaves the editor as usual, so
the keyboard is never trapped; Shift+Tab goes to the slot before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.domain.replies import SLOT


def _spans(text: str) -> list[tuple[int, int]]:
    """Each slot as (start, end) in Qt's positions (UTF-16 units: an emoji before a slot counts two)."""

    def units(index: int) -> int:
        return len(text[:index].encode("utf-16-le")) // 2

    return [(units(m.start()), units(m.end())) for m in SLOT.finditer(text)]


class SlotEditor(QPlainTextEdit):
    """A plain-text editor that knows the reply's open slots. ``slotsChanged(n)``: how many are open."""

    slotsChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(False)
        self._open = -1
        self.textChanged.connect(self._count)

    def open_slots(self) -> int:
        return len(SLOT.findall(self.toPlainText()))

    def _count(self) -> None:
        n = self.open_slots()
        if n != self._open:
            self._open = n
            self.slotsChanged.emit(n)

    def select_slot(self, forward: bool = True, wrap: bool = True) -> bool:
        """Select the next (or previous) slot from the cursor; False when there is none that way."""
        spans = _spans(self.toPlainText())
        if not spans:
            return False
        cursor = self.textCursor()
        if forward:
            after = [s for s in spans if s[0] >= cursor.selectionEnd()]
            span = after[0] if after else (spans[0] if wrap else None)
        else:
            before = [s for s in spans if s[1] <= cursor.selectionStart()]
            span = before[-1] if before else (spans[-1] if wrap else None)
        if span is None:
            return False
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def first_slot(self) -> bool:
        """Put the cursor at the start and select the first slot (when the draft arrives)."""
        cursor = self.textCursor()
        cursor.setPosition(0)
        self.setTextCursor(cursor)
        return self.select_slot()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier:
            if not self.select_slot(forward=True, wrap=False):
                QWidget.focusNextPrevChild(self, True)  # the editor's own override would keep the focus
            return
        if event.key() == Qt.Key.Key_Backtab:
            if not self.select_slot(forward=False, wrap=False):
                QWidget.focusNextPrevChild(self, False)
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        cursor = self.textCursor()
        if cursor.hasSelection() or event.button() != Qt.MouseButton.LeftButton:
            return
        position = cursor.position()
        for start, end in _spans(self.toPlainText()):
            if start < position < end:
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(cursor)
                return

    def focusInEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().focusInEvent(event)
        reason = event.reason()
        if reason == Qt.FocusReason.TabFocusReason and not self.textCursor().hasSelection():
            self.first_slot()
        elif reason == Qt.FocusReason.BacktabFocusReason and not self.textCursor().hasSelection():
            cursor = self.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            self.setTextCursor(cursor)
            self.select_slot(forward=False, wrap=False)
