"""Shared fixtures: every test gets its own database and no user environment leaks in."""

from __future__ import annotations

import os
from pathlib import Path

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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "history" / "geschiedenis.sqlite3"
