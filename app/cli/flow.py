"""`reageerwijzer flow`: check or show the flowchart."""

from __future__ import annotations

import argparse
from typing import IO

from app.cli.common import Subparsers, read_small_file
from app.domain.flowchart import load_flowchart, shipped_flowchart
from app.jsonl import dumps


def add_parser(sub: Subparsers) -> None:
    flow = sub.add_parser("flow", help="het stroomschema controleren of tonen")
    flow.add_argument("file", nargs="?", metavar="BESTAND", help="schemabestand (standaard het meegeleverde)")
    flow.add_argument("--check", action="store_true", help="controleer het bestand en meld de eerste fout")
    flow.add_argument("--paths", action="store_true", help="toon alle paden naar een uitkomst (JSON Lines)")


def cmd_flow(args: argparse.Namespace, out: IO[str]) -> int:
    if args.file:
        read_small_file(args.file)  # refuses devices, FIFOs and huge files before parsing
    flow = load_flowchart(args.file) if args.file else shipped_flowchart()
    if args.paths:
        for path in flow.all_paths():
            out.write(dumps({"path": [f"{n}={a}" for n, a in path], "outcome": flow.outcome_of(path).id}) + "\n")
        return 0
    out.write(
        f"OK: {flow.source} — {len(flow.questions)} vragen, {len(flow.outcomes)} uitkomsten, "
        f"{len(flow.all_paths())} paden, geen fouten gevonden\n"
    )
    return 0
