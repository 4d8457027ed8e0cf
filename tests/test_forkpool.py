"""Forked worker processes for long command-line jobs (app/forkpool.py)."""

from __future__ import annotations

import os
import sys

import pytest

from app import forkpool
from app.forkpool import forked_pool, ordered_map, workers_for


def test_workers_only_for_big_jobs_on_more_cores_without_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forkpool.sys, "platform", "linux")
    monkeypatch.setattr(forkpool.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(forkpool.threading, "active_count", lambda: 1)
    assert workers_for(99, 100) == 0
    assert workers_for(90_000, 100) == 2
    monkeypatch.setattr(forkpool.os, "cpu_count", lambda: 1)
    assert workers_for(90_000, 100) == 0
    monkeypatch.setattr(forkpool.os, "cpu_count", lambda: 8)
    assert workers_for(90_000, 100) == 4
    monkeypatch.setattr(forkpool.threading, "active_count", lambda: 2)  # forking now could hang
    assert workers_for(90_000, 100) == 0
    monkeypatch.setattr(forkpool.threading, "active_count", lambda: 1)
    monkeypatch.setattr(forkpool.sys, "platform", "win32")
    assert workers_for(90_000, 100) == 0


def _square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_results_come_back_in_order_from_other_processes() -> None:
    with forked_pool(2) as pool:
        results = list(ordered_map(pool, _square_and_pid, range(50), 2))
    assert [r for r, _ in results] == [n * n for n in range(50)]
    assert {pid for _, pid in results} - {os.getpid()}
