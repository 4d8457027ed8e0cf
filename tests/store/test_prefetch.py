"""Rows read ahead by a helper thread (app/store/prefetch.py)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from app.store.prefetch import prefetched_rows, read_rows


def _numbers(path: Path, count: int) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE t (n INTEGER, s TEXT)")
        conn.executemany("INSERT INTO t VALUES (?, ?)", ((i, f"rij {i}") for i in range(count)))
    conn.close()


def _helpers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "reageerwijzer-vooruitlezen"]


def test_same_rows_in_the_same_order_as_one_query(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    _numbers(path, 5_003)  # not a multiple of the batch size
    rows = list(prefetched_rows(path, "SELECT n, s FROM t WHERE n >= ? ORDER BY n DESC", [2], batch=100, depth=2))
    assert rows == [(n, f"rij {n}") for n in range(5_002, 1, -1)]
    assert not _helpers()


def test_an_error_in_the_helper_reaches_the_caller(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    _numbers(path, 3)
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        list(prefetched_rows(path, "SELECT * FROM bestaat_niet"))
    assert not _helpers()


def test_a_caller_that_stops_early_stops_the_helper(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    _numbers(path, 20_000)
    rows = prefetched_rows(path, "SELECT n FROM t ORDER BY n", batch=10, depth=1)
    assert next(rows) == (0,)
    rows.close()  # the helper waits on a full queue; closing must not hang
    assert not _helpers()


def test_a_history_in_memory_is_read_on_its_own_connection() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (n INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?)", [(1,), (2,)])
    assert list(read_rows(conn, None, "SELECT n FROM t ORDER BY n")) == [(1,), (2,)]
    assert list(read_rows(conn, Path("/bestaat/niet.sqlite3"), "SELECT n FROM t WHERE n > ?", [1])) == [(2,)]
