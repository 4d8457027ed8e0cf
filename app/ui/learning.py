"""'Assistent bijleren': the assistant learns from this history's handled cases, in the background.

Everything runs on a runner of its own (learning takes seconds to a minute and must not hold up
the assistant's analyses); the history is read through its own store connection in the worker.
Nothing leaves the computer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.nlp import adapt
from app.ui.tasks import TaskRunner
from app.ui.widgets import plain

OFFER_EVERY = 25  # offer to learn again after this many new handled cases


class _Progress(QObject):
    """Lives on the GUI thread; emitted from the worker, delivered queued."""

    changed = Signal(str, float)


def learn_status(history: Path, read_only: bool = False) -> dict[str, Any]:
    """What the panel shows: whether this history has an adapted assistant, and how many handled
    cases it has that the assistant has not learned from yet. Runs in the worker.
    ``read_only``: a newer version's history, only looked at (opened for reading only)."""
    from app.store import CaseStore

    meta = adapt.adapted_meta(history)
    usable = 0
    if history.exists():
        with CaseStore.open_readonly(history) if read_only else CaseStore.open(history) as store:
            usable = len(adapt.history_examples(store))
    learned = int(meta.get("examples", 0)) if meta else 0
    return {"meta": meta, "usable": usable, "new": max(0, usable - learned)}


def learn_history(history: Path, progress: _Progress) -> adapt.LearnResult:
    """Read the history's examples and learn; runs in the worker."""
    from app.nlp.pipeline import default_model_path
    from app.store import CaseStore

    with CaseStore.open(history) as store:
        examples = adapt.history_examples(store)
    return adapt.learn(history, examples, default_model_path(), progress=progress.changed.emit)


class LearnPanel(QGroupBox):
    """Emits ``learned`` after learning or undoing, so the window reloads the assistant;
    ``offer(new_cases)`` when enough new cases are waiting to learn from."""

    learned = Signal()
    offer = Signal(int)

    def __init__(
        self, history: Path, runner: TaskRunner, parent: QWidget | None = None, *, read_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.read_only = read_only  # a newer version's history: no learning, no offer
        self.setTitle(self.tr("Assistent bijleren"))
        self.history = history
        self.runner = runner
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain(
                self.tr(
                    "De assistent kan leren van de zaken die jij hebt afgehandeld: jouw keuzes in het schema "
                    "zeggen wat een reactie was. Dat gebeurt op deze computer; er gaat niets naar buiten. "
                    "Je kunt altijd terug naar de vorige of de meegeleverde assistent."
                )
            )
        )
        self.status = plain("")
        self.status.setAccessibleName(self.tr("Stand van de assistent"))
        layout.addWidget(self.status)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setVisible(False)
        self.bar.setAccessibleName(self.tr("Voortgang van het bijleren"))
        layout.addWidget(self.bar)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.result)
        buttons = QHBoxLayout()
        self.learn_button = QPushButton(self.tr("Nu &bijleren"))
        self.learn_button.clicked.connect(self.start)
        self.undo_button = QPushButton(self.tr("Een stap &terug"))
        self.undo_button.setToolTip(self.tr("Terug naar de vorige bijgeleerde assistent, of naar de meegeleverde"))
        self.undo_button.clicked.connect(self.undo)
        buttons.addWidget(self.learn_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.busy = False
        self.refresh()

    def set_history(self, history: Path) -> None:
        self.history = history
        self.result.clear()
        self.refresh()

    def refresh(self) -> None:
        history, read_only = self.history, self.read_only
        self.runner.submit(lambda: learn_status(history, read_only), self._show_status, self._show_error)

    def _show_status(self, status: dict[str, Any]) -> None:
        meta = status["meta"]
        if meta:
            text = self.tr(
                "Eigen assistent, bijgeleerd op {date} van {n} zaken (op je eigen zaken {before} → {after} juist)."
            ).format(
                date=str(meta.get("created_at", ""))[:10],
                n=meta.get("examples", 0),
                before=f"{float(meta.get('cv_accuracy_before', 0)):.0%}",
                after=f"{float(meta.get('cv_accuracy_after', 0)):.0%}",
            )
        else:
            text = self.tr("De meegeleverde assistent: nog niet bijgeleerd van je eigen zaken.")
        text += " " + self.tr("{n} afgehandelde zaken om van te leren, {new} nieuw.").format(
            n=status["usable"], new=status["new"]
        )
        self.status.setText(text)
        self.undo_button.setEnabled(bool(meta) and not self.busy and not self.read_only)
        self.learn_button.setEnabled(not self.read_only and not self.busy)
        if status["new"] >= OFFER_EVERY and status["usable"] >= adapt.MIN_EXAMPLES and not self.read_only:
            self.offer.emit(int(status["new"]))

    def _show_error(self, message: str) -> None:
        self.busy = False
        self.bar.setVisible(False)
        self.learn_button.setEnabled(True)
        self.result.setText(message)

    def _show_progress(self, message: str, share: float) -> None:
        self.bar.setValue(int(share * 100))
        self.bar.setFormat(f"{message} (%p%)")

    def _view_only(self) -> bool:
        if self.read_only:
            self.result.setText(
                self.tr("Alleen bekijken: bij een geschiedenis van een nieuwere versie leert de assistent niet bij.")
            )
        return self.read_only

    def start(self) -> None:
        if self.busy or self._view_only():
            return
        self.busy = True
        self.learn_button.setEnabled(False)
        self.undo_button.setEnabled(False)
        self.bar.setValue(0)
        self.bar.setVisible(True)
        self.result.setText(self.tr("Bezig met bijleren… je kunt gewoon doorwerken."))
        history, progress = self.history, self._progress
        self.runner.submit(lambda: learn_history(history, progress), self._done, self._show_error)

    def _done(self, result: adapt.LearnResult) -> None:
        self.busy = False
        self.bar.setVisible(False)
        self.learn_button.setEnabled(True)
        self.result.setText(result.summary())
        self.learned.emit()
        self.refresh()

    def undo(self) -> None:
        if self._view_only():
            return
        history = self.history
        self.runner.submit(lambda: adapt.undo(history), self._undone, self._show_error)

    def _undone(self, message: str) -> None:
        self.result.setText(message)
        self.learned.emit()
        self.refresh()
