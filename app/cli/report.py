"""`reageerwijzer report`: the monthly report as PDF or CSV."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import IO

from app.cli.common import Subparsers, add_db, check_month, history_path, open_store
from app.domain.export import CSV_ENCODING, write_csv_fields
from app.domain.i18n import LANGUAGES, REFERENCE, content_language_as
from app.errors import ReageerwijzerError
from app.fileio import atomic_output, check_output


def add_parser(sub: Subparsers) -> None:
    report = sub.add_parser("report", help="het maandrapport als PDF of CSV")
    report.add_argument("--month", required=True, metavar="JJJJ-MM", help="de maand, bijvoorbeeld 2026-10")
    report.add_argument("--out", required=True, metavar="BESTAND", help="BESTAND.pdf of BESTAND.csv")
    report.add_argument(
        "--anonymise",
        nargs="?",
        const="pseudoniem",
        default="namen",
        choices=("pseudoniem", "weglaten"),
        help="namen van schrijvers vervangen door 'Schrijver 1, 2, …' (standaard) of weglaten",
    )
    report.add_argument(
        "--lang", choices=LANGUAGES, default=REFERENCE, help="taal van het PDF-rapport: nl (standaard) of en"
    )
    add_db(report)


def cmd_report(args: argparse.Namespace, out: IO[str]) -> int:
    with content_language_as(args.lang):
        return _report(args, out)


def _report(args: argparse.Namespace, out: IO[str]) -> int:
    import time

    from app.domain.anonymise import anonymised_fields
    from app.domain.report import build_report
    from app.store.profile import load_profile
    from app.store.reporting import ReportQueries

    month = check_month(args.month)
    target = Path(args.out)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise ReageerwijzerError(f"kies een bestand dat eindigt op .pdf of .csv, niet '{target.name[:80]}'")
    history = history_path(args)
    check_output(target, history)
    started = time.perf_counter()
    with open_store(args, read_only_ok=True) as store:
        queries = ReportQueries(store)
        if suffix == ".csv":
            rows = anonymised_fields(queries.iter_month_fields(month), args.anonymise, queries.month_authors(month))
            with atomic_output(target, encoding=CSV_ENCODING, newline="", history=store.path) as handle:
                count = write_csv_fields(rows, handle)
            out.write(f"{count} zaken van {month} naar {target} ({time.perf_counter() - started:.1f} s)\n")
            return 0
        from app.render.report_pdf import render_pdf

        report = build_report(queries, month, load_profile(store).name, args.anonymise)
        try:
            pages = render_pdf(report, target, history=store.path)
        except OSError as exc:
            raise ReageerwijzerError(str(exc)) from None
    out.write(
        f"maandrapport {month}: {report.count} reacties, {pages} pagina's → {target} "
        f"({time.perf_counter() - started:.1f} s)\n"
    )
    return 0
