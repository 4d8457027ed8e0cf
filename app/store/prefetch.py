"""Rows of one long read query, fetched ahead by a helper thread (exports of big histories).

SQLite does its work with Python's lock released, so while the caller turns one batch of rows
into CSV or JSON (Python work), a helper thread with its own read-only connection already steps
through the next batches: on a machine with two cores the query costs (almost) no extra time.
The query runs as one statement, so it reads one consistent snapshot of the history. At most
``depth`` batches wait in memory, so memory stays flat. An error in the helper reaches the caller
as the same exception; a caller that stops early stops the helper.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from app.store.db import BUSY_TIMEOUT_MS, file_uri

_DONE = object()
_PUT_WAIT_S = 0.1  # how often a waiting helper checks whether the caller stopped


def prefetched_rows(
    path: Path, sql: str, params: Sequence[Any] = (), batch: int = 500, depth: int = 8
) -> Iterator[tuple[Any, ...]]:
    """The rows of ``sql`` on the history at ``path``, in order, read by a helper thread."""
    batches: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def offer(item: Any) -> bool:
        while not stop.is_set():
            try:
                batches.put(item, timeout=_PUT_WAIT_S)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            conn = sqlite3.connect(file_uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                cursor = conn.execute(sql, list(params))
                while rows := cursor.fetchmany(batch):
                    if not offer(rows):
                        return
            finally:
                conn.close()
            offer(_DONE)
        except Exception as exc:  # noqa: BLE001 - handed to the caller, who reports it
            offer(exc)

    helper = threading.Thread(target=read, name="reageerwijzer-vooruitlezen", daemon=True)
    helper.start()
    try:
        while True:
            item = batches.get()
            if item is _DONE:
                return
            if isinstance(item, Exception):
                raise item
            yield from item
    finally:
        stop.set()
        helper.join()


def read_rows(conn: Any, path: Path | None, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
    """The rows of ``sql``: read ahead on a second connection when the history is a file on disk,
    else (a history in memory) on ``conn`` itself."""
    if path is not None and path.is_file():
        return prefetched_rows(path, sql, params)
    return iter(conn.execute(sql, list(params)))
