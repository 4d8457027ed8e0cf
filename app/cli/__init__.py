"""Command line: the window by default, and headless subcommands, one module per command group.

Errors are one line on stderr with a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import IO

from app import __version__
from app.cli import assist, cases, flow, privacy, profile, radar, report
from app.cli.common import EXIT_ERROR, Parser, add_db
from app.errors import ReageerwijzerError
from app.paths import resolve_db_path

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="reageerwijzer", description="Reageerwijzer: stap voor stap de juiste reactie op sociale media."
    )
    parser.add_argument("--version", action="version", version=f"reageerwijzer {__version__}")
    parser.add_argument("--smoke-window", action="store_true", help=argparse.SUPPRESS)
    add_db(parser)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=Parser)
    flow.add_parser(sub)
    assist.add_parsers(sub)
    profile.add_parser(sub)
    report.add_parser(sub)
    cases.add_parser(sub)
    privacy.add_parser(sub)
    radar.add_parser(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    try:
        from app.ui.main import run
    except ImportError:
        raise ReageerwijzerError(
            "het venster is in deze versie nog niet beschikbaar; gebruik een opdracht (zie reageerwijzer --help)"
        ) from None
    return run(resolve_db_path(args.db))


def _database_error(db: str | None, exc: sqlite3.DatabaseError) -> str:
    """The one line for an SQLite error met while a command read the history ``db`` (its --db)."""
    from app.store.db import damaged_message

    detail = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    if any(word in detail for word in ("malformed", "not a database", "corrupt")):
        try:
            path = resolve_db_path(db)
        except ReageerwijzerError:
            path = resolve_db_path(None)
        return damaged_message(path, detail)
    return f"de geschiedenis kan niet worden gelezen: {detail}"


def _ensure_std_streams() -> None:
    """Started without a console (Windows GUI mode, a desktop menu, ``<&-``), stdin, stdout and
    stderr may be closed or None. Put the null device on descriptors 0-2, so that no file the app
    opens later (the history!) can land there, and give ``sys`` working streams on them."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            spare = os.open(os.devnull, os.O_RDWR)
            if spare != fd:
                os.dup2(spare, fd)
                os.close(spare)
    for fd, name in enumerate(("stdin", "stdout", "stderr")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(fd, "r" if fd == 0 else "w", encoding="utf-8", closefd=False))  # noqa: SIM115


def main(argv: Sequence[str] | None = None, stdin: IO[bytes] | None = None, stdout: IO[str] | None = None) -> int:
    _ensure_std_streams()
    out = stdout or sys.stdout
    if stdout is None and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    binary_in = stdin or sys.stdin.buffer
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        commands: dict[str, Callable[[], int]] = {
            "flow": lambda: flow.cmd_flow(args, out),
            "classify": lambda: assist.cmd_classify(args, binary_in, out),
            "suggest": lambda: assist.cmd_suggest(args, binary_in, out),
            "learn": lambda: assist.cmd_learn(args, out),
            "profile": lambda: profile.cmd_profile(args, out),
            "cases": lambda: cases.cmd_cases(args, binary_in, out),
            "report": lambda: report.cmd_report(args, out),
            "privacy": lambda: privacy.cmd_privacy(args, out),
            "radar": lambda: radar.cmd_radar(args, out),
        }
        if args.command in commands:
            return commands[args.command]()
        if args.smoke_window:
            from app.ui.main import run_smoke

            return run_smoke()
        return _run_gui(args)
    except ReageerwijzerError as exc:
        sys.stderr.write(f"reageerwijzer: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("reageerwijzer: afgebroken\n")
        return 130
    except BrokenPipeError:
        return 0
    except sqlite3.DatabaseError as exc:  # damage met while reading (read-only commands skip the full check)
        sys.stderr.write(f"reageerwijzer: {_database_error(getattr(args, 'db', None), exc)}\n")
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        sys.stderr.write(f"reageerwijzer: onverwachte fout: {exc.__class__.__name__}: {exc}\n")
        return 70
