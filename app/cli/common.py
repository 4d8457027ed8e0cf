"""What every command group shares: the one-line argparse, argument types, the history, month checks."""

from __future__ import annotations

import argparse
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, NoReturn

from app.errors import ReageerwijzerError
from app.jsonl import one_line
from app.paths import resolve_db_path
from app.store import CaseFilter, CaseStore
from app.store.db import NewerVersionError

EXIT_ERROR = 1
EXIT_USAGE = 2
MAX_LIMIT = 1_000_000
DEFAULT_LIST_LIMIT = 200
MAX_ID = 2**63 - 1
MAX_DATA_FILE = 5 * 1024 * 1024  # flowchart and profile files are small; this keeps /dev/zero out

# The object ``add_subparsers`` returns; each command group adds its parsers to it.
Subparsers = argparse._SubParsersAction  # argparse has no public name for it


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line, without the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (zie --help)\n")


def limit_arg(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value[:40]}' is geen geheel getal") from None
    if not 1 <= number <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"kies een aantal van 1 tot en met {MAX_LIMIT}") from None
    return number


def offset_arg(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value[:40]}' is geen geheel getal") from None
    if not 0 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError("kies 0 of een positief getal") from None
    return number


def case_id_arg(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value[:40]}' is geen zaaknummer") from None
    if not 1 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError(f"zaak {value[:40]} bestaat niet") from None
    return number


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PAD",
        help="geschiedenisbestand (standaard: $REAGEERWIJZER_DB of de gebruikersmap)",
    )


def open_store(args: argparse.Namespace, read_only_ok: bool = False) -> CaseStore:
    """The history, read-write. A history of a newer version is opened read-only for commands
    that only read (``read_only_ok``), with a note on stderr; other commands get the error.
    Commands that only read skip the check of every page (damage found while reading is one line
    too: see main); commands that write keep it."""
    path = history_path(args)
    try:
        return CaseStore.open(path, verify=not read_only_ok)
    except NewerVersionError:
        if not read_only_ok:
            raise
    sys.stderr.write("let op: geschiedenis van een nieuwere versie, alleen-lezen geopend\n")
    return CaseStore.open_readonly(path)


def check_month(month: str) -> str:
    """'JJJJ-MM' with a year 1900–9998 and a month 1–12, else a one-line error."""
    parts = month.split("-")
    if (
        len(parts) != 2
        or not all(p.isascii() and p.isdigit() for p in parts)
        or len(parts[0]) != 4
        or len(parts[1]) > 2
        or not 1 <= int(parts[1]) <= 12
    ):
        raise ReageerwijzerError(f"ongeldige maand '{month[:40]}': gebruik JJJJ-MM, bijvoorbeeld 2026-03")
    if not 1900 <= int(parts[0]) <= 9998:
        raise ReageerwijzerError(f"ongeldige maand '{month[:40]}': kies een jaar van 1900 tot en met 9998")
    return f"{parts[0]}-{int(parts[1]):02d}"


def filters_of(args: argparse.Namespace) -> CaseFilter:
    month = getattr(args, "month", None)
    if month:
        month = check_month(month)
    return CaseFilter(month=month, label=args.label, status=args.status, platform=args.platform)


def history_path(args: argparse.Namespace) -> Path:
    return resolve_db_path(getattr(args, "db", None))


def read_small_file(name: str) -> bytes:
    """A user-given data file, read only if it is a regular file of reasonable size."""
    path = Path(name)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ReageerwijzerError(f"bestand niet gevonden: {name}") from None
    except OSError as exc:
        raise ReageerwijzerError(f"kan {name} niet lezen: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReageerwijzerError(f"{name} is een map, geen bestand")
    if not stat.S_ISREG(info.st_mode):
        raise ReageerwijzerError(f"{name} is geen gewoon bestand")
    if info.st_size > MAX_DATA_FILE:
        raise ReageerwijzerError(f"{name} is te groot (meer dan {MAX_DATA_FILE // (1024 * 1024)} MB)")
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_DATA_FILE + 1)
    except OSError as exc:
        raise ReageerwijzerError(f"kan {name} niet lezen: {exc.strerror or exc}") from None


def write_lines(lines: Iterator[str], out: IO[str]) -> int:
    count = 0
    for line in lines:
        out.write(one_line(line) + "\n")
        count += 1
    return count
