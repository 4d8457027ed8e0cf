"""Rendering needs a Qt application; use pytest-qt's, so later widget tests can share it."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp: Any) -> Any:
    return qapp
