"""Forked worker processes for long command-line jobs on Linux (``reageerwijzer classify``).

A forked worker starts at once and shares what the caller already loaded (the language model).
Forking is only safe before any other thread runs, so :func:`workers_for` says 0 when a thread
is running (the window), on one core, and off Linux; callers then do the work themselves.
Workers end with the caller, also when it is killed (``PR_SET_PDEATHSIG``): they hold the job
queue open themselves and would otherwise wait for work forever. Results come back in the order
the jobs went in, with a bounded number in flight, so memory stays flat.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_PR_SET_PDEATHSIG = 1  # prctl(2)
_AHEAD = 3  # jobs per worker in flight


def workers_for(items: int, minimum: int) -> int:
    """How many workers to fork for ``items`` items: 0 below ``minimum``, on one core, off Linux
    or when another thread runs (a fork could then hang); else the cores, at most 4."""
    cores = os.cpu_count() or 1
    if items < minimum or cores < 2 or not sys.platform.startswith("linux") or threading.active_count() > 1:
        return 0
    return min(cores, 4)


def _die_with(parent: int, start: Callable[..., None] | None, args: tuple[Any, ...]) -> None:
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the caller ended before the request was in place
        os._exit(1)
    if start is not None:
        start(*args)


def forked_pool(
    workers: int, start: Callable[..., None] | None = None, args: tuple[Any, ...] = ()
) -> ProcessPoolExecutor:
    """A pool of ``workers`` forked processes, all started now (before the caller starts a thread);
    ``start(*args)`` runs first in each."""
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_die_with,
        initargs=(os.getpid(), start, args),
    )
    pool.submit(int).result()  # the workers are forked here
    return pool


def ordered_map(pool: ProcessPoolExecutor, fn: Callable[[T], R], jobs: Iterable[T], workers: int) -> Iterator[R]:
    """``fn(job)`` for each job, run by the pool, yielded in the jobs' order."""
    pending: deque[Future[R]] = deque()
    for job in jobs:
        pending.append(pool.submit(fn, job))
        if len(pending) >= workers * _AHEAD:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
