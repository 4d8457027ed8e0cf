"""Anonymised CSV rows with the name finding spread over worker processes (big months, Linux).

Finding names is pure Python and costs most of an anonymised export of 90,000 cases; one core
would do it all while the other waits. Here worker processes scrub the texts, and the caller's
process hands out the pseudonyms. Who becomes 'Schrijver 3' or 'Persoon 7' depends on the order
in which names appear, so a worker does not number: it marks each name it finds (a
writer as 'Schrijver <place in the list of writers>', someone else between two private-use
characters) and the caller replaces the marks in row order. The result is the same file, byte for byte, as
:func:`app.domain.anonymise.anonymised_fields` makes on one core (a test compares them).

Workers are forked, so they start at once and share the loaded code; that is only done on Linux
and before any other thread runs (a fork of a process with threads can hang). A row whose text
holds a mark of its own (a private-use character, the word 'Schrijver') is scrubbed by the caller.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from app.domain.anonymise import _AUTHOR, _LESSONS, _REPLY, _TEXT, Pseudonyms, anonymised_fields

OPEN, CLOSE = "\ue000", "\ue001"  # around the name of someone else, found by a worker
_PERSON = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}")
# A writer, by place in the list of writers; a name found after a form of address can end in the
# word ('meneer Schrijver 12' on one core gives 'meneer Persoon 4 12'), so a mark can close there.
_WRITER = re.compile(f"Schrijver({CLOSE}?) (\\d+)")
_CHUNK = 1_000  # rows per job
_AHEAD = 3  # jobs per worker in flight (memory stays flat)
_PR_SET_PDEATHSIG = 1  # prctl(2)
MIN_ROWS = 20_000  # below this, starting workers costs more than it saves

_WORKER: dict[str, _Marking] = {}  # in a worker process: its Pseudonyms, made by _start


class _Marking(Pseudonyms):
    """Pseudonyms that mark names instead of numbering them (in a worker).

    A writer becomes 'Schrijver <place in the list of writers>': the same shape as the pseudonym
    ('Schrijver 12'), so finding other names afterwards goes exactly as on one core. Someone else
    becomes the name between two mark characters; nothing looks at the text after that."""

    def __init__(self, mode: str, authors: list[str], keep: list[str]) -> None:
        super().__init__(mode, authors, keep)
        self.place = {display: i for i, display in enumerate(self._display.values(), 1)}
        self.unknown = False  # a writer came up that was not in the list: the caller does the row

    def _person(self, name: str) -> str:
        return "[naam]" if self.mode == "weglaten" else f"{OPEN}{name}{CLOSE}"

    def _replacement(self, author: str) -> str:
        if self.mode == "weglaten":
            return "[naam]"
        if author not in self.place:
            self.unknown = True
            return "[naam]"
        return f"Schrijver {self.place[author]}"


def pool_workers(rows: int) -> int:
    """How many worker processes to use for ``rows`` rows: 0 (scrub here) unless the month is big,
    the machine has more than one core, forking is safe (Linux, no other thread yet)."""
    cores = os.cpu_count() or 1
    if rows < MIN_ROWS or cores < 2 or not sys.platform.startswith("linux") or threading.active_count() > 1:
        return 0
    return min(cores, 4)


def _die_with(parent: int) -> None:
    """Ask Linux to end this worker when the process that forked it ends (also by kill -9): the
    workers hold the job queue open themselves, so they would otherwise wait for work forever."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the caller ended before the request was in place
        os._exit(1)


def _start(mode: str, authors: list[str], keep: list[str], parent: int) -> None:
    _die_with(parent)
    _WORKER["names"] = _Marking(mode, authors, keep)


def _own(text: str) -> bool:
    """Whether the caller must scrub this text itself: it holds a mark of its own."""
    return OPEN in text or CLOSE in text or "schrijver" in text.lower()


def _scrub_rows(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str] | None]:
    """(text, reply, lessons) with names marked, per (author, text, reply, lessons); None for a row
    the caller must do itself."""
    names = _WORKER["names"]
    done: list[tuple[str, str, str] | None] = []
    for author, text, reply, lessons in rows:
        names.add_author(author)
        if _own(text) or _own(reply) or _own(lessons):
            done.append(None)
            continue
        names.unknown = False
        scrubbed = " | ".join(names.scrub(lesson) for lesson in lessons.split(" | ")) if lessons else lessons
        marked = (names.scrub(text), names.scrub(reply), scrubbed)
        done.append(None if names.unknown else marked)
    return done


def pooled_anonymised_fields(
    rows: Iterable[Sequence[Any]], mode: str, authors: Iterable[str], keep: Iterable[str] = (), workers: int = 2
) -> Iterator[Sequence[Any]]:
    """What ``anonymised_fields(rows, mode, authors, keep)`` yields, with ``workers`` processes.

    ``authors`` must hold every writer of the rows (``ReportQueries.month_authors`` gives all writers
    of the history): a worker learns the names before it sees any row."""
    authors, keep = list(authors), list(keep)
    if any(OPEN in a or CLOSE in a for a in authors):  # a mark in a writer's name: no marks then
        yield from anonymised_fields(rows, mode, authors, keep)
        return
    names = Pseudonyms(mode, authors, keep)
    displays = list(names._display.values())  # the writers in the order the workers number them

    def unmark(text: str) -> str:
        """The worker's marks replaced in text order: writers first, then the others (as on one core)."""
        if "Schrijver" in text:
            text = _WRITER.sub(lambda m: names._replacement(displays[int(m[2]) - 1]).replace(" ", m[1] + " ", 1), text)
        if OPEN in text:
            text = _PERSON.sub(lambda m: names._person(m[1]), text)
        return text

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start, initargs=(mode, authors, keep, os.getpid())
    ) as pool:
        pool.submit(int).result()  # the workers are forked now, before the rows' reader thread starts
        pending: deque[tuple[list[list[Any]], Future[list[tuple[str, str, str] | None]]]] = deque()
        source = iter(rows)
        while chunk := [list(row) for row in islice(source, _CHUNK)]:
            jobs = [(r[_AUTHOR] or "", r[_TEXT] or "", r[_REPLY] or "", r[_LESSONS] or "") for r in chunk]
            pending.append((chunk, pool.submit(_scrub_rows, jobs)))
            if len(pending) >= workers * _AHEAD:
                yield from _finish(*pending.popleft(), names, unmark)
        while pending:
            yield from _finish(*pending.popleft(), names, unmark)


def _finish(
    chunk: list[list[Any]], job: Future[list[tuple[str, str, str] | None]], names: Pseudonyms, unmark: Any
) -> Iterator[Sequence[Any]]:
    """The chunk's rows, numbered in row order exactly as one process would."""
    for fields, marked in zip(chunk, job.result(), strict=True):
        author = fields[_AUTHOR] or ""
        names.add_author(author)
        fields[_AUTHOR] = names.name(author)
        if marked is None:
            fields[_TEXT] = names.scrub(fields[_TEXT] or "")
            fields[_REPLY] = names.scrub(fields[_REPLY] or "")
            if fields[_LESSONS]:
                fields[_LESSONS] = " | ".join(names.scrub(lesson) for lesson in fields[_LESSONS].split(" | "))
        else:
            fields[_TEXT], fields[_REPLY] = unmark(marked[0]), unmark(marked[1])
            if fields[_LESSONS]:
                fields[_LESSONS] = unmark(marked[2])
        yield fields
