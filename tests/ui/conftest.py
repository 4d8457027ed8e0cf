"""GUI fixtures: a real window on a fresh history, with the real assistant loaded once.

Every GUI test runs under ``store_off_gui_thread``: a call on the history (``CaseStore`` or
``TrainingStore``) made by window code (``app/ui``) on the GUI thread fails the test. The window
must hand such calls to its ``HistoryWorker``. Test code itself may use the store directly.
"""

from __future__ import annotations

import functools
import gc
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import app.ui
from app.store import CaseStore
from app.store.training import TrainingStore

WINDOW_CODE = str(Path(app.ui.__file__).resolve().parent)
# Startup opens (and migrates) the history with its questions to the user before the window exists.
BEFORE_THE_WINDOW = {str(Path(WINDOW_CODE) / "main.py")}


def _window_frame() -> str | None:
    """'file:line' of the innermost window-code frame on the current call stack, if any."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(WINDOW_CODE) and name not in BEFORE_THE_WINDOW:
            return f"{Path(name).name}:{frame.f_lineno}"
        frame = frame.f_back
    return None


def _guarded(owner: str, name: str, fn: Callable[..., Any], violations: list[str]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is threading.main_thread():
            where = _window_frame()
            if where is not None:
                violations.append(f"{owner}.{name} on the GUI thread from {where}")
                raise AssertionError(violations[-1])
        return fn(*args, **kwargs)

    return wrapper


@pytest.fixture(autouse=True)
def store_off_gui_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    violations: list[str] = []
    for cls in (CaseStore, TrainingStore):
        for name, attr in list(vars(cls).items()):
            if name.startswith("__"):
                continue
            if isinstance(attr, classmethod):
                monkeypatch.setattr(cls, name, classmethod(_guarded(cls.__name__, name, attr.__func__, violations)))
            elif isinstance(attr, staticmethod):
                monkeypatch.setattr(cls, name, staticmethod(_guarded(cls.__name__, name, attr.__func__, violations)))
            elif isinstance(attr, property) and attr.fget is not None:
                monkeypatch.setattr(cls, name, property(_guarded(cls.__name__, name, attr.fget, violations)))
            elif callable(attr):
                monkeypatch.setattr(cls, name, _guarded(cls.__name__, name, attr, violations))
    yield violations
    assert not violations, "the window touched the history on the GUI thread:\n" + "\n".join(violations)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    """As in the app (``app/ui/gc_guard.py``): Python's garbage collector never runs on a worker
    thread, where freeing a Qt object of an earlier test crashes the process. Collect afterwards here."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


@pytest.fixture(autouse=True)
def _no_blocking_profile_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a window with unsaved profile changes asks (a modal box that would wait forever in a
    test): here the answer is 'discard'. Tests of the question set ``settings.ask_unsaved`` themselves."""
    from app.ui.settings import SettingsView

    monkeypatch.setattr(SettingsView, "_ask_unsaved", lambda self: "discard")


def settle(window: Any, rounds: int = 6) -> None:
    """Let the window's history worker and assistant runner finish, and deliver their results
    (a result may queue more work, e.g. history → draft → outcome page)."""
    for _ in range(rounds):
        window.history_worker.drain()
        window.runner.drain()


@pytest.fixture(scope="session")
def real_assistant(shipped_assistant: Any) -> Any:
    return shipped_assistant


@pytest.fixture
def store(db_path: Path) -> Iterator[CaseStore]:
    store = CaseStore.open(db_path)
    yield store
    store.close()


@pytest.fixture
def make_window(qtbot: Any, store: CaseStore, real_assistant: Any) -> Callable[..., Any]:
    from app.ui.main_window import MainWindow

    def make(
        loader: Callable[[], Any] | None = None,
        ask_resume: Callable[..., str] | None = None,
        ready: bool = True,
        use_store: CaseStore | None = None,
        clock: Callable[[], float] | None = None,
        welcome: bool = False,
    ) -> MainWindow:
        extra = {"clock": clock} if clock else {}
        window = MainWindow(
            use_store or store,
            assistant_loader=loader or (lambda: real_assistant),
            ask_resume=ask_resume or (lambda case: "later"),
            welcome=welcome,  # the first-run welcome has its own tests (test_welcome.py)
            **extra,
        )
        qtbot.addWidget(window)
        window.show()
        if ready:
            qtbot.waitUntil(lambda: window.assistant.state == "ready", timeout=10000)
        return window

    return make
