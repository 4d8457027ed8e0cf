"""Arguments from a desktop launcher: a file opened with the app is a history to open, not a command.

A menu entry or file manager starts the app as ``reageerwijzer FILE`` (``%f`` in the .desktop
file, a file dropped on the icon, "Open with" on Windows and macOS). argparse would take FILE for
an unknown subcommand and exit with a usage error nobody sees. Here a history file
(``.sqlite3``, ``.sqlite``, ``.db``) becomes ``--db FILE``; any other existing file is left out
and the window opens as usual. Commands and options pass through unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

HISTORY_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def desktop_argv(args: Sequence[str], commands: Sequence[str]) -> list[str]:
    """``args`` without the program name; ``commands`` are the CLI's subcommand names."""
    if not args or args[0].startswith("-") or args[0] in commands:
        return list(args)
    first = Path(args[0])
    if not first.is_file():
        return list(args)
    if first.suffix.lower() in HISTORY_SUFFIXES:
        return ["--db", str(first), *args[1:]]
    return list(args[1:])


def cli_commands() -> list[str]:
    """The subcommand names of ``reageerwijzer`` (flow, classify, …)."""
    import argparse

    from app.cli import build_parser

    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def launch(args: Sequence[str]) -> int:
    """Run the app as a desktop launcher would (the bundle's entry point)."""
    from app.cli import main

    return main(desktop_argv(args, cli_commands()))
