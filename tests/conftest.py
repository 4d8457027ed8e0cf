"""Shared fixtures: every test gets its own database and no user environment leaks in."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _domain_texts_in_dutch():
    """Every test starts and ends with the domain's texts in Dutch (a test that opens the English
    window through install_translators switches them, app.domain.i18n.set_content_language)."""
    from app.domain.i18n import REFERENCE, set_content_language

    set_content_language(REFERENCE)
    yield
    set_content_language(REFERENCE)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("REAGEERWIJZER_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture(scope="session")
def shipped_assistant() -> Any:
    """The shipped pipeline, loaded once per test process for every module that only reads it (a load is
    about a second of CPU, more under coverage). Tests of loading itself call ``Assistant.load()``."""
    from app.nlp.pipeline import Assistant

    return Assistant.load()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "history" / "geschiedenis.sqlite3"


@contextmanager
def _coverage_paused(config: pytest.Config) -> Iterator[None]:
    plugin = config.pluginmanager.getplugin("_cov")
    controller = getattr(plugin, "cov_controller", None)
    if controller is None:
        yield
        return
    controller.pause()
    try:
        yield
    finally:
        controller.resume()


@pytest.fixture
def coverage_paused(request: pytest.FixtureRequest) -> Iterator[None]:
    """For tests that draft thousands of comments (the expectation rounds, the reply checks on a sample of
    them). Drafting all 5,000 round comments under coverage's line tracer took three times as long (260 ms a comment
    instead of 95) and was most of the suite's time, so coverage pauses for these tests only: the drafting
    code is measured by its own unit tests, and a missed expectation fails exactly as before. (pytest-cov's
    own `no_cover` marker fails under `--no-cov`, where there is nothing to pause.)"""
    with _coverage_paused(request.config):
        yield


@pytest.fixture
def coverage_pause(request: pytest.FixtureRequest) -> Callable[[], AbstractContextManager[None]]:
    """``with coverage_pause():`` pauses coverage for a part of a test (as ``coverage_paused`` does for a whole
    test), e.g. a first pass over drafts that a second, measured pass repeats line for line."""
    return lambda: _coverage_paused(request.config)
