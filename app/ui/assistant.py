"""The language assistant in the window: loads in the background, analyses off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.ui.tasks import TaskRunner


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

    @property
    def latest_request(self) -> int:
        return self._request
