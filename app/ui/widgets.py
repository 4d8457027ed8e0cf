"""Small shared widgets and helpers."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.replies import SLOT


def esc(text: str) -> str:
    """Untrusted text made safe for a rich-text label."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def heading(text: str, size: float = 1.35, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain(text: str = "", parent: QWidget | None = None, *, muted: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setFrameShadow(QFrame.Shadow.Raised)
    return frame


class SlotHighlighter(QSyntaxHighlighter):
    """Marks every [vul in: …] slot so the owner sees what is still open (also in dark mode)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.format = QTextCharFormat()
        self.format.setBackground(QColor("#ffd54f"))
        self.format.setForeground(QColor("#1a1a1a"))
        self.format.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:
        for match in SLOT.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.format)


def assign_mnemonics(labels: list[str], reserved: set[str]) -> list[str]:
    """Give each label an Alt+letter that is unique on the page ('&Ja', 'N&ee', …)."""
    used = {r.lower() for r in reserved}
    result = []
    for label in labels:
        clean = label.replace("&", "&&")
        chosen = None
        for match in re.finditer(r"[A-Za-z]", label):
            letter = match.group(0).lower()
            if letter not in used:
                chosen = match.start()
                used.add(letter)
                break
        if chosen is None:
            result.append(clean)
            continue
        # Position in the escaped string: count the '&' doubled before this index.
        offset = label[:chosen].count("&")
        result.append(clean[: chosen + offset] + "&" + clean[chosen + offset :])
    return result


def mnemonic_of(text: str) -> str | None:
    """The Alt+letter of a label ('Volgende &nieuwe' → 'n'), None when it has none."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonics_in(widgets: list[QWidget]) -> set[str]:
    """The Alt+letters the given buttons and labels already use."""
    letters = set()
    for widget in widgets:
        text = widget.text() if isinstance(widget, QPushButton | QLabel) else ""
        letter = mnemonic_of(text)
        if letter:
            letters.add(letter)
    return letters


def wrapping_list(widget: QListWidget) -> QListWidget:
    """A list whose long entries wrap onto more lines instead of scrolling sideways."""
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)
    return widget


def fit_sidebar(nav: QListWidget) -> None:
    """A sidebar just wide enough for its longest label in this language and font (no cut-off text)."""
    metrics = nav.fontMetrics()
    widest = max((metrics.horizontalAdvance(nav.item(i).text()) for i in range(nav.count())), default=120)
    frame = 2 * nav.frameWidth() + 2 * nav.spacing() + metrics.averageCharWidth() * 3
    nav.setFixedWidth(widest + frame + nav.verticalScrollBar().sizeHint().width() // 2)
    nav.setTextElideMode(Qt.TextElideMode.ElideNone)
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


PREFERRED_SIZE = QSize(1200, 820)


def fit_to_screen(window: QWidget, preferred: QSize = PREFERRED_SIZE) -> None:
    """Open at a comfortable size that fits the screen: smaller screens get all they have, large
    ones (1920×1080) a larger window than the default."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(preferred)
        return
    room = screen.availableGeometry().size()
    width = min(room.width(), max(preferred.width(), room.width() * 3 // 4))
    height = min(room.height(), max(preferred.height(), room.height() * 17 // 20))
    window.resize(width, height)


def scrolling(outer: QVBoxLayout, name: str = "", max_width: int = 0) -> QVBoxLayout:
    """Add a scroll area to ``outer`` and return the layout of its contents (``name``: for screen
    readers). With ``max_width`` the contents stay a readable column, centred on wide screens."""
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    body = QWidget()
    layout = QVBoxLayout(body)
    if max_width:
        body.setMaximumWidth(max_width)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    scroll.setWidget(body)
    outer.addWidget(scroll)
    return layout


def answer_buttons(
    node: Any,
    *,
    box: QVBoxLayout,
    group: QButtonGroup,
    old: dict[str, QPushButton],
    reserved: set[str],
    on_toggle: Any,
    height: int = 44,
) -> dict[str, QPushButton]:
    """Replace the answer buttons of a question: large, checkable, one Alt+letter each."""
    for button in old.values():
        group.removeButton(button)
        button.deleteLater()
    buttons: dict[str, QPushButton] = {}
    labels = assign_mnemonics([a.label for a in node.answers], reserved)
    for answer, label in zip(node.answers, labels, strict=True):
        button = QPushButton(label)
        button.setCheckable(True)
        button.setMinimumHeight(height)
        button.setAccessibleName(answer.label)
        button.setProperty("answer_id", answer.id)
        button.toggled.connect(on_toggle)
        group.addButton(button)
        box.addWidget(button)
        buttons[answer.id] = button
    return buttons
