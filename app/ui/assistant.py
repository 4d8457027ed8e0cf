"""The language assistant in the window: loads in the background, analyses off the GUI thread,
and the panel that shows what it sees."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.categories import CATEGORY_NAMES, FLAG_NAMES
from app.domain.report_text import percent as report_percent
from app.domain.shared import Prediction
from app.domain.suggest import settled_prediction
from app.domain.topics import TopicAnalysis
from app.ui.tasks import TaskRunner


def percent(value: float | None) -> str:
    """'87 %' ('87%' in English); never 100 or 0: the assistant is never certain."""
    return report_percent(min(0.99, max(0.01, value))) if value is not None else ""


def _load_default() -> Any:
    from app.nlp.pipeline import Assistant

    return Assistant.load()


class AssistantService(QObject):
    """State: 'loading', 'ready' or 'failed'. ``analysed`` carries (request id, Analysis)."""

    stateChanged = Signal(str)
    analysed = Signal(int, object)

    def __init__(
        self, runner: TaskRunner, loader: Callable[[], Any] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.loader = loader or _load_default
        self.assistant: Any = None
        self.state = "idle"
        self.error = ""
        self._request = 0

    def load(self) -> None:
        self.state = "loading"
        self.stateChanged.emit(self.state)
        self.runner.submit(self.loader, self._loaded, self._failed)

    def _loaded(self, assistant: Any) -> None:
        self.assistant = assistant
        self.state = "ready"
        self.stateChanged.emit(self.state)

    def _failed(self, message: str) -> None:
        self.error = message
        self.state = "failed"
        self.stateChanged.emit(self.state)

    @property
    def ready(self) -> bool:
        return self.state == "ready"

    def analyse(self, text: str) -> int:
        """Queue an analysis; returns its request id (only the newest one matters)."""
        self._request += 1
        request = self._request
        if not self.ready or not text.strip():
            return request
        assistant = self.assistant
        self.runner.submit(
            lambda: assistant.analyse(text),
            lambda result: self.analysed.emit(request, result),
            lambda message: None,
        )
        return request

    def prediction(self, analysis: Any, topics: tuple[str, TopicAnalysis] | None, text: str) -> Prediction | None:
        """The prediction for ``text``, settled with what it is about when that is known for the same text."""
        if analysis is None:
            return None
        return settled_prediction(analysis.prediction(), topics[1] if topics and topics[0] == text else None, text)

    @property
    def latest_request(self) -> int:
        return self._request


class AssistantPanel(QLabel):
    """What the assistant sees in the comment, beside the wizard: its reading, doubt, flags and details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Wat de assistent ziet"))

    def show_analysis(self, a: Any) -> None:
        if a is None:
            return
        if a.uncertain and len(a.candidates) >= 2:
            first, second = a.candidates[:2]
            lines = [
                self.tr("Twijfel: {first} ({p1}) of {second} ({p2})").format(
                    first=CATEGORY_NAMES[first],
                    p1=percent(a.scores[first]),
                    second=CATEGORY_NAMES[second],
                    p2=percent(a.scores[second]),
                )
            ]
        else:
            lines = [self.tr("Lijkt: {label} ({p})").format(label=CATEGORY_NAMES[a.label], p=percent(a.confidence))]
        if a.explain and not a.uncertain:
            lines.append(self.tr("vanwege: {words}").format(words=", ".join(a.explain)))
        if a.flags:
            lines.append(self.tr("Let op: {flags}").format(flags=", ".join(FLAG_NAMES.get(f, f) for f in a.flags)))
        found = []
        d = a.details
        for key, name in (
            ("order_numbers", self.tr("bestelnummer")),
            ("amounts", self.tr("bedrag")),
            ("dates", self.tr("datum")),
            ("emails", self.tr("e-mail")),
            ("phones", self.tr("telefoon")),
        ):
            if d.get(key):
                found.append(f"{name} {', '.join(d[key][:2])}")
        if found:
            lines.append(self.tr("Gevonden: {items}").format(items="; ".join(found)))
        self.setText("\n".join(lines))

    def reading(self, prediction: Prediction | None, analysis: Any) -> tuple[str, tuple[str, ...]]:
        """How the assistant reads the comment ('klacht (87 %)', or its two guesses), and why."""
        if prediction is None:
            return "", ()
        if prediction.uncertain:
            guesses = (self._candidate(prediction, analysis, label) for label in prediction.candidates[:2])
            return self.tr(" of ").join(guesses), ()
        reading = self.tr("de assistent leest dit als {label} ({p})").format(
            label=CATEGORY_NAMES[prediction.label], p=percent(prediction.scores.get(prediction.label))
        )
        return reading, prediction.explain

    def _candidate(self, prediction: Prediction, analysis: Any, label: str) -> str:
        """'klacht (55 %, vanwege: wachten, weer)' for one of the assistant's two best guesses."""
        score = percent(prediction.scores.get(label))
        words = analysis.explain_candidates.get(label, ()) if analysis is not None else ()
        if words:
            return self.tr("{label} ({p}, vanwege: {words})").format(
                label=CATEGORY_NAMES[label], p=score, words=", ".join(words)
            )
        return f"{CATEGORY_NAMES[label]} ({score})"
