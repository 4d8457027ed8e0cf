"""Writing files safely: never over the history, never half a file under the final name.

Every output (export, report, backup) is written to a temporary file in the
target's own folder, flushed, fsynced and then renamed into place. When
anything fails the temporary file is removed and the old file (if any) is left
as it was. :func:`check_output` refuses targets that would destroy the history:
the history itself, its WAL/SHM/journal files and any Reageerwijzer history or
backup (recognised by the SQLite header and our application id), compared by
resolved path and by inode so links and other spellings are caught too.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from app.errors import ReageerwijzerError

APPLICATION_ID = 0x52575A31  # 'RWZ1', also in app/store/db.py
SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


class OutputError(ReageerwijzerError):
    """An output file cannot (or may not) be written; nothing was changed."""


def _describe(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "de schijf is vol"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "geen toestemming om hier te schrijven"
    if exc.errno == errno.ENAMETOOLONG:
        return "de bestandsnaam is te lang"
    return (exc.strerror or exc.__class__.__name__).lower()


def is_history_file(path: Path) -> bool:
    """Whether ``path`` is a Reageerwijzer history or backup (SQLite header with our application id)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    return head[:16] == SQLITE_HEADER and len(head) >= 72 and int.from_bytes(head[68:72], "big") == APPLICATION_ID


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.resolve() == b.resolve():
            return True
    except (OSError, RuntimeError):
        pass
    try:
        sa, sb = a.stat(), b.stat()
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def protected_paths(history: Path) -> list[Path]:
    """The history and the files SQLite keeps next to it."""
    return [history, *(history.with_name(history.name + side) for side in SIDE_FILES)]


def check_output(target: str | os.PathLike[str], history: str | os.PathLike[str] | None = None) -> Path:
    """Refuse an output path that would overwrite the history, its side files or any backup.

    Returns the target as a Path. Raises :class:`OutputError` with a one-line Dutch message.
    """
    path = Path(target)
    if not path.name or path.name in (".", ".."):
        raise OutputError(f"'{target}' is geen bestandsnaam")
    if history is not None and str(history) != ":memory:":
        for protected in protected_paths(Path(history)):
            if _same_file(path, protected):
                raise OutputError(
                    f"{path} is de geschiedenis zelf (of een bestand dat erbij hoort); kies een ander bestand. "
                    "Er is niets overschreven."
                )
    if path.name.endswith(SIDE_FILES) and is_history_file(path.with_name(path.name.rsplit("-", 1)[0])):
        raise OutputError(
            f"{path} hoort bij een geschiedenisbestand; kies een ander bestand. Er is niets overschreven."
        )
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"kan {path} niet schrijven: {_describe(exc)}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{path} is een map, geen bestand")
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(f"{path} is geen gewoon bestand; kies een ander bestand")
        if is_history_file(path):
            raise OutputError(
                f"{path} is een geschiedenis of reservekopie van Reageerwijzer; kies een ander bestand. "
                "Er is niets overschreven."
            )
    if not path.parent.exists():
        raise OutputError(f"de map {path.parent} bestaat niet")
    if not path.parent.is_dir():
        raise OutputError(f"{path.parent} is geen map")
    return path


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(str(folder), os.O_RDONLY)
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill(pid, 0) would terminate the process on Windows: never clean up there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but not ours to signal
    return True


def remove_stale_temporaries(target: Path) -> None:
    """Delete temporary files for ``target`` left by a process that was killed while writing."""
    prefix = f".{target.name[:80]}."
    try:
        candidates = [p for p in target.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return
    for candidate in candidates:
        pid_text = candidate.name[len(prefix) :].split(".", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and not _alive(int(pid_text)):
            with suppress(OSError):
                candidate.unlink()


def temporary_path(target: Path, suffix: str = ".tmp") -> Path:
    """A new, empty, private (0600) file next to ``target``, for building it under another name.

    Its name carries our process id, so temporaries of a killed process are recognised and removed.
    """
    remove_stale_temporaries(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name[:80]}.{os.getpid()}.", suffix=suffix, dir=str(target.parent))
    except OSError as exc:
        raise OutputError(f"kan {target} niet schrijven: {_describe(exc)}; er is niets opgeslagen") from None
    os.close(fd)
    return Path(name)


def _final_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return PRIVATE_FILE


def commit_file(temp: Path, target: Path, verify: Callable[[Path], None] | None = None) -> None:
    """fsync ``temp``, optionally verify it, and rename it over ``target``; removes ``temp`` on failure."""
    try:
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        if verify is not None:
            verify(temp)
        os.chmod(temp, _final_mode(target))
        os.replace(temp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with suppress(OSError):
            temp.unlink()
        raise OutputError(f"kan {target} niet schrijven: {_describe(exc)}; er is niets opgeslagen") from None
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise


@contextmanager
def atomic_output(
    target: str | os.PathLike[str],
    *,
    binary: bool = False,
    encoding: str = "utf-8",
    newline: str | None = None,
    history: str | os.PathLike[str] | None = None,
) -> Iterator[IO[Any]]:
    """Open a temporary file for writing; on success it replaces ``target`` in one rename.

    On any error (also a full disk while writing) the temporary file is removed,
    ``target`` is untouched and an :class:`OutputError` is raised.
    """
    path = check_output(target, history)
    temp = temporary_path(path)
    try:
        if binary:
            handle: IO[Any] = temp.open("wb")
        else:
            handle = temp.open("w", encoding=encoding, newline=newline)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        with suppress(OSError):
            temp.unlink()
        raise OutputError(f"kan {path} niet schrijven: {_describe(exc)}; er is niets opgeslagen") from None
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise
    commit_file(temp, path)


def private_dir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) as 0700 (POSIX); existing folders are left alone."""
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        for created in missing:
            with suppress(OSError):
                os.chmod(created, PRIVATE_DIR)


def make_private(path: Path) -> None:
    """Chmod a file to 0600 (POSIX); quietly ignores files that are gone or not ours."""
    if os.name == "posix":
        with suppress(OSError):
            os.chmod(path, PRIVATE_FILE)
