"""Run slow work off the GUI thread and get the result back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive there queued."""

    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - every failure is reported to the GUI
            self.relay.failed.emit(str(exc) or exc.__class__.__name__)
        else:
            self.relay.done.emit(result)


class TaskRunner(QObject):
    """A small pool (one thread by default: spaCy runs one job at a time)."""

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def finish(result: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            on_done(result)

        def fail(message: str) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if on_error:
                on_error(message)

        relay.done.connect(finish)
        relay.failed.connect(fail)
        self.pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
