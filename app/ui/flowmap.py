"""A small map of the flowchart: where you are and the way you came."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QVBoxLayout, QWidget

from app.domain.flowchart import Flowchart, Node
from app.ui.assistant import AssistantPanel
from app.ui.widgets import heading, plain

CELL_W = 82
CELL_H = 54
BOX_W = 76
BOX_H = 34
DOT = 14
MARGIN = 8


class FlowMap(QWidget):
    def __init__(self, flow: Flowchart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.path: list[str] = []
        self.current: str | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Kaart van het stroomschema"))
        cols = max((n.map[0] for n in flow.nodes.values() if n.map), default=0) + 1
        rows = max((n.map[1] for n in flow.nodes.values() if n.map), default=0) + 1
        self._size = QSize(cols * CELL_W + 2 * MARGIN, rows * CELL_H + 2 * MARGIN)

    def sizeHint(self) -> QSize:
        return self._size

    def minimumSizeHint(self) -> QSize:
        return self._size

    def set_position(self, path: list[str], current: str | None) -> None:
        """``path`` = node ids already passed; ``current`` = where the user is now."""
        self.path = path
        self.current = current
        names = [self.flow.node(n).title for n in [*path, current] if n]
        self.setAccessibleDescription(" → ".join(names))
        self.update()

    def _rect(self, node: Node) -> QRectF:
        assert node.map is not None
        cx = MARGIN + node.map[0] * CELL_W + CELL_W / 2
        cy = MARGIN + node.map[1] * CELL_H + CELL_H / 2
        if node.is_outcome:
            return QRectF(cx - DOT / 2, cy - DOT / 2, DOT, DOT)
        return QRectF(cx - BOX_W / 2, cy - BOX_H / 2, BOX_W, BOX_H)

    def _node_at(self, pos: QPointF) -> Node | None:
        for node in self.flow.nodes.values():
            if node.map and self._rect(node).adjusted(-4, -4, 4, 4).contains(pos):
                return node
        return None

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        node = self._node_at(event.position())
        if node:
            QToolTip.showText(event.globalPosition().toPoint(), node.title, self)
        else:
            QToolTip.hideText()

    def paintEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(90)
        faint_text = QColor(text)
        faint_text.setAlpha(165)
        accent = pal.color(QPalette.ColorRole.Highlight)
        visited = set(self.path)
        trail = [*self.path, self.current] if self.current else list(self.path)
        trail_edges = set(pairwise(trail))

        for node in self.flow.nodes.values():
            if not node.map or not node.is_question:
                continue
            for answer in node.answers:
                target = self.flow.node(answer.next)
                if not target.map:
                    continue
                on_path = (node.id, target.id) in trail_edges
                painter.setPen(QPen(accent if on_path else muted, 3 if on_path else 1))
                a, b = self._rect(node).center(), self._rect(target).center()
                painter.drawLine(a, b)

        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.72))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        for node in self.flow.nodes.values():
            if not node.map:
                continue
            rect = self._rect(node)
            is_current = node.id == self.current
            on_path = node.id in visited or is_current
            fill = accent if is_current else pal.color(QPalette.ColorRole.Base)
            border = accent if on_path else muted
            painter.setPen(QPen(border, 3 if is_current else (2 if on_path else 1)))
            painter.setBrush(fill)
            if node.is_outcome:
                painter.drawEllipse(rect)
                continue
            painter.drawRoundedRect(rect, 6, 6)
            color = pal.color(QPalette.ColorRole.HighlightedText) if is_current else (text if on_path else faint_text)
            painter.setPen(color)
            inner = rect.adjusted(3, 1, -3, -1)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            if metrics.boundingRect(inner.toRect(), flags, node.title).height() > inner.height():
                painter.drawText(
                    inner,
                    Qt.AlignmentFlag.AlignCenter,
                    metrics.elidedText(node.title, Qt.TextElideMode.ElideRight, int(inner.width())),
                )
            else:
                painter.drawText(inner, flags, node.title)
        painter.end()


class WizardSide(QWidget):
    """The wizard's side column: the map (where you are) and what the assistant sees.

    In a narrow window the map gives way; the assistant's column stays, narrower."""

    def __init__(self, flow: Flowchart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        side = QVBoxLayout(self)
        side.setContentsMargins(0, 0, 0, 0)
        self.map_part = QWidget()
        map_layout = QVBoxLayout(self.map_part)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(heading(self.tr("Waar ben je?"), 1.1))
        self.map = FlowMap(flow)
        map_layout.addWidget(self.map, 0, Qt.AlignmentFlag.AlignHCenter)
        map_layout.addWidget(plain(self.tr("Vakjes zijn vragen, rondjes uitkomsten. Blauw: jouw weg."), muted=True))
        side.addWidget(self.map_part)
        side.addWidget(heading(self.tr("Assistent"), 1.1))
        self.assistant = AssistantPanel()
        self.assistant.setMaximumWidth(self.map.sizeHint().width() + 20)
        side.addWidget(self.assistant)
        side.addStretch()

    def fit(self, room: int, narrow: int) -> None:
        """Show the map only when ``room`` (pixels left beside the pages) holds it."""
        wide = room >= self.map.sizeHint().width()
        self.map_part.setVisible(wide)
        self.assistant.setMaximumWidth(self.map.sizeHint().width() + 20 if wide else narrow)
