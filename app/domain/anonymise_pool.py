"""Anonymised CSV rows with the name finding spread over worker processes (big months, Linux).

Finding names is pure Python and costs most of an anonymised export of 90,000 cases; one core
would do it all while the other waits. Here worker processes scrub the texts, and the caller's
process hands out the pseudonyms. Who becomes 'Schrijver 3' or 'Persoon 7' depends on the order
in which names appear, so a worker does not number: it marks each name it finds (a
writer as 'Schrijver <place in the list of writers>', someone else between two private-use
characters) and the caller replaces the marks in row order. The result is the same file, byte for byte, as
:func:`app.domain.anonymise.anonymised_fields` makes on one core (a test compares them).

Workers are forked (app.forkpool): only on Linux, before any other thread runs, and they end
with the caller. A row whose text
holds a mark of its own (a private-use character, the word 'Schrijver') is scrubbed by the caller.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from app.domain.anonymise import _AUTHOR, _LESSONS, _REPLY, _TEXT, Pseudonyms, anonymised_fields
from app.forkpool import forked_pool, ordered_map, workers_for

OPEN, CLOSE = "\ue000", "\ue001"  # around the name of someone else, found by a worker
_PERSON = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}")
# A writer, by place in the list of writers; a name found after a form of address can end in the
# word ('meneer Schrijver 12' on one core gives 'meneer Persoon 4 12'), so a mark can close there.
_WRITER = re.compile(f"Schrijver({CLOSE}?) (\\d+)")
_CHUNK = 1_000  # rows per job
REPEATS = 0.4  # from this share of repeated texts on, one process (remembering its scrubs) is quicker
_KNOWN_SIZE, _KNOWN_LENGTH = 20_000, 2_000  # marked texts remembered by the caller (memory stays flat)
Marked = tuple[str | None, str | None, str | None]  # text, reply, lessons with names marked
Job = tuple[str, str | None, str | None, str | None]  # author, and the fields the worker must mark
_FIELDS = (_TEXT, _REPLY, _LESSONS)
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


def pool_workers(rows: int, repeat_share: float) -> int:
    """How many worker processes to use for ``rows`` rows of which ``repeat_share`` of the texts
    repeat (0: scrub here; see app.forkpool). Repeated texts are scrubbed once and remembered,
    which one process does best."""
    return workers_for(rows, MIN_ROWS) if repeat_share < REPEATS else 0


def _start(mode: str, authors: list[str], keep: list[str]) -> None:
    _WORKER["names"] = _Marking(mode, authors, keep)


def _own(text: str) -> bool:
    """Whether the caller must scrub this text itself: it holds a mark of its own."""
    return OPEN in text or CLOSE in text or "schrijver" in text.lower()


def _scrub_rows(rows: list[Job]) -> list[Marked | None]:
    """(text, reply, lessons) with names marked, per (author, text, reply, lessons); a field the
    caller knows already comes as None and goes back as None; None for a row the caller must do."""
    names = _WORKER["names"]
    done: list[Marked | None] = []
    for author, *texts in rows:
        names.add_author(author)
        if any(text is not None and _own(text) for text in texts):
            done.append(None)
            continue
        names.unknown = False
        text, reply, lessons = texts
        marked: Marked = (
            None if text is None else names.scrub(text),
            None if reply is None else names.scrub(reply),
            None if lessons is None else " | ".join(names.scrub(part) for part in lessons.split(" | ")),
        )
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

    chunks: deque[tuple[list[list[Any]], list[Marked]]] = deque()
    known: dict[str, str] = {}  # text -> marked text: a text that comes back is not sent again
    source = iter(rows)

    def jobs() -> Iterator[list[Job]]:
        while chunk := [list(row) for row in islice(source, _CHUNK)]:
            ready: list[Marked] = [  # marked already
                (known.get(r[_TEXT] or ""), known.get(r[_REPLY] or ""), known.get(r[_LESSONS] or "")) for r in chunk
            ]
            chunks.append((chunk, ready))
            yield [_job(r, have) for r, have in zip(chunk, ready, strict=True)]

    with forked_pool(workers, _start, (mode, authors, keep)) as pool:  # forked before the rows' reader
        for marked in ordered_map(pool, _scrub_rows, jobs(), workers):
            chunk, ready = chunks.popleft()
            yield from _finish(chunk, marked, ready, names, unmark, known)


def _scrub_here(fields: list[Any], names: Pseudonyms) -> int:
    """Scrub one row in this process, as anonymised_fields does; how many of its two texts were
    scrubbed before (remembered)."""
    author = fields[_AUTHOR] or ""
    names.add_author(author)
    fields[_AUTHOR] = names.name(author)
    text, reply = fields[_TEXT] or "", fields[_REPLY] or ""
    repeats = (text in names._cache) + (reply in names._cache)
    fields[_TEXT], fields[_REPLY] = names.scrub(text), names.scrub(reply)
    if fields[_LESSONS]:
        fields[_LESSONS] = " | ".join(names.scrub(lesson) for lesson in fields[_LESSONS].split(" | "))
    return repeats


def _job(row: list[Any], have: Marked) -> Job:
    texts = [None if done is not None else row[i] or "" for i, done in zip(_FIELDS, have, strict=True)]
    return (row[_AUTHOR] or "", texts[0], texts[1], texts[2])


def _finish(
    chunk: list[list[Any]],
    done: list[Marked | None],
    ready: list[Marked],
    names: Pseudonyms,
    unmark: Callable[[str], str],
    known: dict[str, str],
) -> Iterator[Sequence[Any]]:
    """The chunk's rows, numbered in row order exactly as one process would."""
    for fields, marked, have in zip(chunk, done, ready, strict=True):
        if marked is None:
            _scrub_here(fields, names)
            yield fields
            continue
        author = fields[_AUTHOR] or ""
        names.add_author(author)
        fields[_AUTHOR] = names.name(author)
        for i, fresh, old in zip(_FIELDS, marked, have, strict=True):
            text = fields[i] or ""
            if not text:
                continue
            result = old if fresh is None else fresh
            assert result is not None
            if fresh is not None and len(text) <= _KNOWN_LENGTH:
                if len(known) >= _KNOWN_SIZE:
                    known.clear()
                known[text] = fresh
            fields[i] = unmark(result)
        yield fields
