"""The window's workers: history calls run in order on one thread with its own connection, results
come back on the GUI thread, and a store call from window code on the GUI thread fails the test."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

import app.ui
from app.domain.case import Case
from app.store import CaseStore
from app.ui.tasks import HistoryWorker, TaskRunner


def test_history_jobs_run_in_order_off_the_gui_thread_and_report_back_on_it(qtbot: Any, db_path: Path) -> None:
    worker = HistoryWorker(db_path)
    ran: list[tuple[int, str]] = []
    delivered: list[tuple[int, Any, bool]] = []

    def job(n: int) -> Any:
        def run(store: CaseStore) -> int:
            ran.append((n, threading.current_thread().name))
            return store.save(Case(text=f"zaak {n}"))

        return run

    for n in range(5):
        worker.call(
            job(n),
            lambda case_id, n=n: delivered.append((n, case_id, threading.current_thread() is threading.main_thread())),
        )
    worker.call(lambda store: store.get(10**6), None, lambda message: delivered.append((99, message, True)))
    assert worker.drain()
    assert [n for n, _ in ran] == [0, 1, 2, 3, 4]
    assert all(name.startswith("reageerwijzer-geschiedenis") for _, name in ran)
    assert len({name for _, name in ran}) == 1  # one thread, so one connection
    assert [n for n, _, _ in delivered] == [0, 1, 2, 3, 4, 99]
    assert all(on_gui for _, _, on_gui in delivered)
    ids = [case_id for n, case_id, _ in delivered if n < 5]
    assert ids == sorted(ids) and len(set(ids)) == 5
    assert isinstance(delivered[-1][1], str) and delivered[-1][1]  # a one-line message, not an exception
    assert worker.close()
    with CaseStore.open(db_path) as store:
        assert [c.text for c in store.list()][::-1] == [f"zaak {n}" for n in range(5)]
    refused: list[str] = []
    worker.call(lambda store: store.months(), None, refused.append)
    assert refused  # after closing, nothing runs and the caller is told


def test_model_runner_keeps_order(qtbot: Any) -> None:
    runner = TaskRunner()
    out: list[int] = []
    for n in range(4):
        runner.submit(lambda n=n: n * n, out.append)
    assert runner.drain()
    assert out == [0, 1, 4, 9]
    runner.close()


def test_the_guard_catches_window_code_on_the_gui_thread(store: CaseStore, store_off_gui_thread: list[str]) -> None:
    """Proof that the GUI tests' guard can fail: code from app/ui calling the store on the GUI thread."""
    window_file = str(Path(app.ui.__file__).resolve().parent / "pretend_widget.py")
    code = compile("store.months()", window_file, "exec")
    with pytest.raises(AssertionError, match=r"CaseStore\.months on the GUI thread"):
        exec(code, {"store": store})
    assert store_off_gui_thread
    store_off_gui_thread.clear()  # seen; the test itself is what may call the store
    store.months()  # test code on the GUI thread is fine
    assert not store_off_gui_thread


def test_a_failure_reaches_the_english_window_in_english(qtbot: Any, db_path: Path) -> None:
    from app.domain.i18n import content_language_as

    worker = HistoryWorker(db_path)
    messages: list[str] = []
    with content_language_as("en"):
        worker.call(lambda store: store.get(10**6), None, messages.append)
        assert worker.drain()
        assert worker.close()
        worker.call(lambda store: store.months(), None, messages.append)
    assert messages == [f"Case {10**6} does not exist.", "The program is closing; this was not carried out."]


def test_a_result_for_an_object_that_is_gone_is_dropped(qtbot: Any) -> None:
    """A screen rebuilt while its analysis ran: the result arrives at a deleted signal source."""
    import shiboken6
    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        ready = Signal(object)

    source = Source()
    runner = TaskRunner()

    def emit(result: Any) -> None:  # like AssistantService.analyse: look the signal up on arrival
        source.ready.emit(result)

    runner.submit(lambda: 42, emit)
    assert runner.wait()
    shiboken6.delete(source)
    assert runner.drain()  # no RuntimeError: the result is dropped
    runner.close()


def test_other_errors_in_a_callback_still_surface(qtbot: Any) -> None:
    from app.ui.tasks import _deliver

    def broken(value: Any) -> None:
        raise RuntimeError("iets anders ging mis")

    with pytest.raises(RuntimeError, match="iets anders"):
        _deliver(broken, 1)
