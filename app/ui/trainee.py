"""Who is practising: the trainee bar that the practice cases and the crisis exercise share.

Trainees and their results live in the history file; every read and write goes through the
window's :class:`HistoryWorker`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QMessageBox, QWidget

from app.store import CaseStore
from app.store.training import Trainee, TrainingStore
from app.ui.tasks import HistoryWorker

GOOD = "#2e7d32"
BAD = "#c62828"
GOOD_DARK = "#81c784"  # the same meaning, readable on a dark background
BAD_DARK = "#ef9a9a"


def dark_mode() -> bool:
    """The window's background is dark (a dark system theme)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def good_color() -> str:
    return GOOD_DARK if dark_mode() else GOOD


def bad_color() -> str:
    return BAD_DARK if dark_mode() else BAD


def short(text: str, limit: int = 110) -> str:
    """Shorten at a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def known_trainee(training: TrainingStore, name: str) -> Trainee | None:
    """The trainee with this name if there is one (names ignore case); nothing is created."""
    name = name.strip()
    if not name:
        return None
    return next((t for t in training.trainees() if t.name.lower() == name.lower()), None)


class TraineeBar(QWidget):
    """Who is practising: several trainees can share one computer."""

    def __init__(self, history: HistoryWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setMinimumWidth(220)
        self.name.setAccessibleName(self.tr("Naam van de oefenaar"))
        self.name.lineEdit().setPlaceholderText(self.tr("Je naam"))
        self.name.lineEdit().setAccessibleName(self.tr("Naam van de oefenaar"))
        label = QLabel(self.tr("&Oefenaar:"))
        label.setBuddy(self.name)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addStretch()
        self.reload()

    def reload(self) -> None:
        self.history.call(lambda store: TrainingStore(store).trainees(), self._show)

    def _show(self, trainees: list[Trainee]) -> None:
        current = self.name.currentText()
        self.name.blockSignals(True)
        self.name.clear()
        for trainee in trainees:
            self.name.addItem(trainee.name)
        self.name.setEditText(current)
        self.name.blockSignals(False)

    def with_trainee(
        self,
        then: Callable[[Trainee, Any], None],
        extra: Callable[[TrainingStore, Trainee], Any] | None = None,
    ) -> None:
        """Find or create the trainee named in the bar (a history job), read ``extra`` for them, then
        call ``then(trainee, extra)`` on the GUI thread. Without a valid name, ask for one."""
        name = self.name.currentText()

        def job(store: CaseStore) -> tuple[Trainee, Any]:
            training = TrainingStore(store)
            trainee = training.trainee(name)
            return trainee, extra(training, trainee) if extra else None

        def done(result: tuple[Trainee, Any]) -> None:
            self.reload()
            then(*result)

        self.history.call(job, done, self._ask_name)

    def _ask_name(self, message: str) -> None:
        # The title is the practice screen's (translation context ``CasePracticeView``).
        QMessageBox.information(self, QCoreApplication.translate("CasePracticeView", "Wie oefent er?"), message)
        self.name.setFocus()
