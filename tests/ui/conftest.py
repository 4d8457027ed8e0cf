"""GUI fixtures: a real window on a fresh history, with the real assistant loaded once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.store import CaseStore


@pytest.fixture(scope="session")
def real_assistant() -> Any:
    from app.nlp.pipeline import Assistant

    return Assistant.load()


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
    ) -> MainWindow:
        extra = {"clock": clock} if clock else {}
        window = MainWindow(
            use_store or store,
            assistant_loader=loader or (lambda: real_assistant),
            ask_resume=ask_resume or (lambda case: "later"),
            **extra,
        )
        qtbot.addWidget(window)
        window.show()
        if ready:
            qtbot.waitUntil(lambda: window.assistant.state == "ready", timeout=10000)
        return window

    return make
