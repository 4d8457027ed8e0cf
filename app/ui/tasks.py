"""Run work off the GUI thread, in order, and get the result or the error back on the GUI thread.

In the spirit of Anki's ``CollectionOp``/``QueryOp``: a widget never does history or model work
itself. It hands a function to a :class:`Worker`; the worker runs the functions one at a time, in
the order they were handed in, on one background thread, and calls ``on_done(result)`` or
``on_error(message)`` back on the GUI thread, in that same order.

- :class:`TaskRunner` runs model work (loading spaCy, analyses, learning, reports).
- :class:`HistoryWorker` runs every call on the history. SQLite connections belong to one thread,
  so the worker has its own :class:`CaseStore` connection, opened and used only on its thread;
  jobs get that store as their argument. The GUI thread never touches it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Signal

from app.domain.messages import user_message
from app.store import CaseStore
from app.store.db import restore_from

T = TypeVar("T")
CLOSED = "Het programma wordt afgesloten; dit is niet meer uitgevoerd."


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive there queued."""

    done = Signal(object)
    failed = Signal(str)


def _message(exc: BaseException) -> str:
    """The error's first line, in the window's language where it has a translation."""
    return user_message(str(exc).splitlines()[0]) if str(exc) else exc.__class__.__name__


_GONE = ("already deleted", "has been deleted")


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """Call back on the GUI thread. A screen that was rebuilt meanwhile (another history file, a
    restored backup) no longer wants its old result: Qt then reports its widgets, or the object
    whose signal the callback emits, as deleted."""
    try:
        callback(value)
    except RuntimeError as exc:
        if not any(gone in str(exc) for gone in _GONE):
            raise


class Worker(QObject):
    """One background thread; jobs run one at a time, in the order submitted."""

    def __init__(self, parent: QObject | None = None, name: str = "reageerwijzer-werk") -> None:
        super().__init__(parent)
        self.name = name
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._last: Future[Any] | None = None
        self._relays: set[_Relay] = set()
        self._lock = threading.Lock()
        self.closed = False

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``fn()`` on the worker thread; ``on_done``/``on_error`` run on the GUI thread."""
        if self.closed:
            if on_error:
                on_error(user_message(CLOSED))
            return
        # The relay belongs to the application, not to the worker: it lives (on the GUI thread) until
        # its result is delivered, even when the worker or the window goes first.
        relay = _Relay(QCoreApplication.instance())
        self._relays.add(relay)

        def finish(result: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            _deliver(on_done, result)

        def fail(message: str) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if on_error:
                _deliver(on_error, message)

        relay.done.connect(finish)
        relay.failed.connect(fail)

        def job() -> None:
            try:
                result = fn()
            except Exception as exc:  # noqa: BLE001 - every failure is reported to the GUI
                relay.failed.emit(_message(exc))
            else:
                relay.done.emit(result)

        with self._lock:
            self._last = self._executor.submit(job)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every job submitted so far has run (their callbacks are still queued)."""
        with self._lock:
            last = self._last
        if last is None:
            return True
        done, _pending = wait_futures([last], timeout=msecs / 1000)
        return bool(done)

    def drain(self, msecs: int = 30000) -> bool:
        """Wait for the jobs and deliver their results, including jobs that callbacks submitted."""
        deadline = QDeadlineTimer(msecs)
        while True:
            if not self.wait(max(0, deadline.remainingTime())):
                return False
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()
            with self._lock:
                last = self._last
            if (last is None or last.done()) and not self._relays:
                return True
            if deadline.hasExpired():
                return False

    def close(self, msecs: int = 30000) -> bool:
        """Run what is queued, deliver the results, then stop the thread; later submissions report an error."""
        finished = self.wait(msecs)
        self.closed = True
        self._executor.shutdown(wait=finished)
        for relay in list(self._relays):
            QCoreApplication.sendPostedEvents(relay)
        return finished


class TaskRunner(Worker):
    """The worker for model work (spaCy loads and analyses, learning, reports): one job at a time."""

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        if threads != 1:
            raise ValueError("een TaskRunner werkt met één draad, zodat taken op volgorde lopen")
        super().__init__(parent, "reageerwijzer-model")


class HistoryWorker(Worker):
    """Every call on the history, in order, on one thread with its own store connection."""

    def __init__(self, path: Path | str, parent: QObject | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent, "reageerwijzer-geschiedenis")
        self.path = Path(path)  # read on the GUI thread (titles, file dialogs); the store itself is not
        self.read_only = read_only  # a history of a newer version: viewed, never written
        self._store: CaseStore | None = None  # only ever touched on the worker thread

    def _open(self) -> CaseStore:
        if self._store is None or self._store.closed:
            self._store = CaseStore.open_readonly(self.path) if self.read_only else CaseStore.open(self.path)
        return self._store

    def call(
        self,
        fn: Callable[[CaseStore], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``fn(store)`` on the worker thread; results and errors come back on the GUI thread."""
        self.submit(lambda: fn(self._open()), on_done or (lambda _r: None), on_error)

    def switch(self, path: Path | str, on_done: Callable[[Path], None], on_error: Callable[[str], None]) -> None:
        """Open another history file; on failure the current one stays open."""
        target = Path(path)

        def job() -> Path:
            new = CaseStore.open(target)
            if self._store is not None:
                self._store.close()
            self._store = new
            self.path = target
            self.read_only = False
            return target

        self.submit(job, on_done, on_error)

    def restore(
        self, source: Path | str, on_done: Callable[[Path | None], None], on_error: Callable[[str], None]
    ) -> None:
        """Put a backup in place of the history (the previous one is kept aside), then reopen."""

        def job() -> Path | None:
            if self._store is not None:
                self._store.close()
                self._store = None
            try:
                return restore_from(Path(source), self.path)
            finally:
                self._open()

        self.submit(job, on_done, on_error)

    def close(self, msecs: int = 30000) -> bool:
        def shut() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None

        if not self.closed:
            self.submit(shut, lambda _r: None)
        return super().close(msecs)
