"""`reageerwijzer cases`: list, search, show, export, import and back up the history; --check the practice cases."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import IO, Any

from app.cli.common import (
    DEFAULT_LIST_LIMIT,
    EXIT_ERROR,
    Parser,
    Subparsers,
    add_db,
    case_id_arg,
    filters_of,
    limit_arg,
    offset_arg,
    open_store,
    write_lines,
)
from app.cli.team import TEAM_ACTIONS, add_team_parsers, cmd_team, team_fields
from app.domain.approval import ApprovalError, clean_name
from app.domain.case import Case, CaseError, Lesson
from app.domain.categories import CATEGORIES, FLAGS, PLATFORMS
from app.domain.export import CSV_ENCODING, case_record, write_csv_fields
from app.domain.flowchart import shipped_flowchart
from app.domain.wizard import Comment, WizardError, WizardSession, now_iso
from app.errors import ReageerwijzerError
from app.fileio import atomic_output, check_output
from app.jsonl import dumps, open_input, read_lines
from app.store import CaseStore


def add_parser(sub: Subparsers) -> None:
    cases = sub.add_parser(
        "cases", help="de geschiedenis van afgehandelde reacties; --check: de oefencasussen controleren"
    )
    cases.add_argument(
        "--check",
        nargs="*",
        metavar="BESTAND",
        help="controleer oefencasussen (standaard alle in resources/cases) en crisisscenario's tegen het schema",
    )
    csub = cases.add_subparsers(dest="cases_command", metavar="ACTIE", parser_class=Parser)
    _add_listings(csub)
    _add_forget(csub)
    add_team_parsers(csub)


def _status_arg(value: str) -> str:
    """A status the flowchart data knows (checked only when given: loading the chart costs time)."""
    statuses = shipped_flowchart().status_ids
    if value not in statuses:
        raise argparse.ArgumentTypeError(f"onbekende status '{value[:40]}' (kies uit {', '.join(statuses)})")
    return value


def _filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", metavar="JJJJ-MM", help="alleen deze maand (ontvangstdatum)")
    p.add_argument(
        "--status",
        type=_status_arg,
        metavar="STATUS",
        help="een status uit het schema, bv. beantwoord of ter_goedkeuring",
    )
    p.add_argument("--label", choices=CATEGORIES, help="categorie")
    p.add_argument("--platform", choices=list(PLATFORMS))


def _add_listings(csub: Subparsers) -> None:
    filters = _filter_options

    lst = csub.add_parser("list", help="zaken tonen, nieuwste eerst (JSON Lines)")
    add_db(lst)
    filters(lst)
    lst.add_argument(
        "--limit", type=limit_arg, default=DEFAULT_LIST_LIMIT, help=f"hoeveel zaken (standaard {DEFAULT_LIST_LIMIT})"
    )
    lst.add_argument("--offset", type=offset_arg, default=0, help="sla eerst zoveel zaken over (volgende pagina)")
    lst.add_argument("--table", action="store_true", help="leesbare tabel in plaats van JSON Lines")

    search = csub.add_parser("search", help="zoeken in reacties, antwoorden en lessen")
    search.add_argument("text", metavar="TEKST")
    add_db(search)
    filters(search)
    search.add_argument(
        "--limit", type=limit_arg, default=DEFAULT_LIST_LIMIT, help=f"hoeveel zaken (standaard {DEFAULT_LIST_LIMIT})"
    )
    search.add_argument("--table", action="store_true", help="leesbare tabel in plaats van JSON Lines")

    show = csub.add_parser("show", help="één zaak volledig tonen (JSON)")
    show.add_argument("id", type=case_id_arg, metavar="ID")
    add_db(show)

    export = csub.add_parser("export", help="de geschiedenis exporteren")
    add_db(export)
    filters(export)
    export.add_argument(
        "--format", choices=("json", "csv"), default="json", help="json = JSON Lines; csv = ';' en UTF-8 voor Excel"
    )
    export.add_argument("--out", metavar="BESTAND", help="schrijf naar dit bestand in plaats van naar stdout")

    imp = csub.add_parser("import", help="zaken toevoegen uit JSON Lines (tekst, platform, antwoorden, ...)")
    imp.add_argument("file", nargs="?", metavar="BESTAND", help="invoer (standaard stdin)")
    add_db(imp)

    backup = csub.add_parser("backup", help="een reservekopie van de geschiedenis maken")
    backup.add_argument("--out", metavar="BESTAND", help="doelbestand (standaard naast de geschiedenis)")
    add_db(backup)


def _table(cases: list[Case], out: IO[str]) -> None:
    out.write(
        f"{'id':>5}  {'ontvangen':<16}  {'platform':<9}  {'schrijver':<18}  {'uitkomst':<28}  {'status':<15}  reactie\n"
    )
    for case in cases:
        text = " ".join(case.text.split())
        text = text[:50] + ("…" if len(text) > 50 else "")
        out.write(
            f"{case.id:>5}  {case.received_at[:16]:<16}  {case.platform:<9}  {case.author[:18]:<18}  "
            f"{(case.outcome or '(onaf)')[:28]:<28}  {case.status:<15}  {text}\n"
        )


def cmd_check_cases(files: list[str], out: IO[str]) -> int:
    from app.domain.crisis import load_scenarios
    from app.domain.training import load_cases

    flow = shipped_flowchart()
    paths = [Path(f) for f in files] if files else None
    for path in paths or []:
        if not path.exists():
            raise ReageerwijzerError(f"bestand niet gevonden: {path}")
    cases = load_cases(paths)
    outcomes = {c.outcome for c in cases}
    flags = {f for c in cases for f in c.flags}
    missing = sorted({o.id for o in flow.outcomes} - outcomes)
    out.write(f"OK: {len(cases)} oefencasussen, elk verwacht antwoord ligt op het pad van het schema\n")
    if paths is None:
        scenarios = load_scenarios()
        out.write(f"OK: {len(scenarios)} crisisscenario's\n")
        if missing:
            out.write(f"let op: geen oefencasus eindigt in {', '.join(missing)}\n")
        missing_flags = sorted(set(FLAGS) - flags)
        if missing_flags:
            out.write(f"let op: geen oefencasus met vlag {', '.join(missing_flags)}\n")
    return 0


def cmd_cases(args: argparse.Namespace, stdin: IO[bytes], out: IO[str]) -> int:
    if args.check is not None:
        return cmd_check_cases(args.check, out)
    action = args.cases_command
    if action is None:
        raise ReageerwijzerError("kies een actie: list, search, show, export, import, backup, forget of --check")
    separate = _separate_action(args, out)
    if separate is not None:
        return separate
    with open_store(args, read_only_ok=action in ("list", "search", "show", "export", "backup")) as store:
        if action == "list":
            filters = filters_of(args)
            if args.table:
                cases = store.list(filters, limit=args.limit, offset=args.offset)
                _table(cases, out)
                count = len(cases)
            else:
                count = write_lines(store.list_json_lines(filters, args.limit, args.offset), out)
            if count == args.limit:
                shown = args.offset + count
                total = store.count_matching(filters)
                if total > shown:
                    sys.stderr.write(
                        f"{shown} van {total} zaken getoond; meer met --offset {shown} (of een grotere --limit)\n"
                    )
        elif action == "search":
            if args.table:
                _table(store.search(args.text, filters_of(args), limit=args.limit), out)
            else:
                write_lines(store.search_json_lines(args.text, filters_of(args), args.limit), out)
        elif action == "show":
            import json

            shown = {**case_record(store.get(args.id)), **team_fields(store, args.id)}
            out.write(json.dumps(shown, ensure_ascii=False, indent=2) + "\n")
        elif action == "export":
            return _export(store, args, out)
        elif action == "import":
            return _import(store, args, stdin, out)
        elif action == "backup":
            target = store.backup(check_output(args.out, store.path) if args.out else None)
            out.write(f"reservekopie gemaakt: {target}\n")
    return 0


def _separate_action(args: argparse.Namespace, out: IO[str]) -> int | None:
    """Actions with their own handling of the history: forget (rebuilds the file), team approval."""
    if args.cases_command == "forget":
        return _forget(args, out)
    if args.cases_command in TEAM_ACTIONS:
        with open_store(args) as store:
            return cmd_team(store, args, out)
    return None


def _export(store: CaseStore, args: argparse.Namespace, out: IO[str]) -> int:
    from app.store.reporting import iter_export_fields

    filters = filters_of(args)
    # Streamed: memory stays flat for big histories. The CSV's fields come straight from SQL.
    fields = iter_export_fields(store, filters)
    if args.out:
        target = check_output(args.out, store.path)
        if args.format == "csv":
            with atomic_output(target, encoding=CSV_ENCODING, newline="", history=store.path) as handle:
                count = write_csv_fields(fields, handle)
        else:
            with atomic_output(target, encoding="utf-8", newline="\n", history=store.path) as handle:
                count = write_lines(store.iter_json_lines(filters), handle)
        sys.stderr.write(f"{count} zaken geëxporteerd naar {target}\n")
    elif args.format == "csv":
        if hasattr(out, "buffer"):
            out.flush()
            out.buffer.write("\ufeff".encode())
        write_csv_fields(fields, out)
    else:
        write_lines(store.iter_json_lines(filters), out)
    return 0


def _case_from_import(data: dict[str, Any]) -> Case:
    """Build a case from an import line by walking the flowchart with its answers."""
    flow = shipped_flowchart()
    comment = Comment(
        text=data["text"],
        platform=str(data.get("platform") or "overig"),
        author=str(data.get("author") or ""),
        posted_at=data.get("posted_at"),
        link=str(data.get("link") or ""),
    )
    session = WizardSession(flow, comment)
    answers = data.get("answers")
    if answers is None and isinstance(data.get("path"), list):  # a line of `cases export`: its walk
        answers = [step.get("answer") for step in data["path"] if isinstance(step, dict)]
    answers = answers or []
    if not isinstance(answers, list):
        raise WizardError("'answers' moet een lijst met antwoord-id's zijn, in de volgorde van de vragen")
    for answer_id in answers:
        session.answer(str(answer_id))
    case = Case.from_session(session)
    for key in ("reply", "status", "follow_up", "received_at", "handled_at", "approved_at"):
        if data.get(key) is not None:
            setattr(case, key, data[key])
    for key in ("drafted_by", "approved_by"):  # as `cases export` writes them; 'revisions' is not imported
        name = data.get(key)
        if isinstance(name, str) and name.strip():
            setattr(case, key, _import_name(name, key))
    if case.outcome and case.handled_at is None:
        case.handled_at = now_iso()
    lesson = data.get("lesson")
    if isinstance(lesson, str) and lesson.strip():
        tags = data.get("tags") or []
        case.lessons = [Lesson(lesson, [str(t) for t in tags] if isinstance(tags, list) else [])]
    return case


def _import_name(name: str, key: str) -> str:
    try:
        return clean_name(name)
    except ApprovalError as exc:
        raise CaseError(f"'{key}': {exc}") from None


def _import(store: CaseStore, args: argparse.Namespace, stdin: IO[bytes], out: IO[str]) -> int:
    stream = open_input(args.file, stdin)
    failures = 0
    try:
        for line in read_lines(stream):
            if line.data is None:
                failures += 1
                out.write(dumps(line.error_object()) + "\n")
                out.flush()
                continue
            try:
                case = _case_from_import(line.data)
                case_id = store.save(case, by=case.drafted_by or None)
            except (CaseError, WizardError) as exc:
                failures += 1
                out.write(dumps({"error": str(exc), "line": line.number}) + "\n")
            else:
                out.write(dumps({"line": line.number, "id": case_id}) + "\n")
            out.flush()
    finally:
        if stream is not stdin:
            stream.close()
    return EXIT_ERROR if failures else 0


# ---------------------------------------------------------------- forget (privacy)


def _add_forget(csub: Subparsers) -> None:
    forget = csub.add_parser(
        "forget", help="alles over één persoon wissen: zaken, lessen, zoekregister, autosaves (AVG-wisverzoek)"
    )
    who = forget.add_mutually_exclusive_group(required=True)
    who.add_argument("--author", metavar="NAAM", help="de naam van de schrijver")
    who.add_argument("--handle", metavar="ACCOUNT", help="het account van de schrijver, bijvoorbeeld @jandevries")
    add_db(forget)


def _forget(args: argparse.Namespace, out: IO[str]) -> int:
    from app.domain.privacy import PrivacyError
    from app.store.privacy import forget

    who = args.author if args.author is not None else args.handle
    with open_store(args) as store:
        try:
            outcome = forget(store, who)
        except PrivacyError as exc:
            raise ReageerwijzerError(str(exc)) from None
    out.write(outcome.message() + "\n")
    return 0
