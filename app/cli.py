"""Command line: the window by default, and headless subcommands.

Errors are one line on stderr with a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from app import __version__
from app.domain.case import Case, CaseError, Lesson
from app.domain.categories import CATEGORIES, FLAGS, PLATFORMS, STATUSES
from app.domain.export import CSV_ENCODING, case_record, write_csv
from app.domain.flowchart import load_flowchart, shipped_flowchart
from app.domain.wizard import Comment, WizardError, WizardSession, now_iso
from app.errors import ReageerwijzerError
from app.fileio import atomic_output, check_output
from app.jsonl import Line, dumps, one_line, open_input, parse_json_text, read_lines
from app.paths import resolve_db_path
from app.store import CaseFilter, CaseStore
from app.store.db import NewerVersionError

EXIT_ERROR = 1
EXIT_USAGE = 2
MAX_LIMIT = 1_000_000
DEFAULT_LIST_LIMIT = 200
MAX_ID = 2**63 - 1
MAX_DATA_FILE = 5 * 1024 * 1024  # flowchart and profile files are small; this keeps /dev/zero out
SUGGEST_TEXT_CAP = 20_000  # characters of a comment that suggest analyses and drafts from


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line, without the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (zie --help)\n")


def _limit(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value[:40]}' is geen geheel getal") from None
    if not 1 <= number <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"kies een aantal van 1 tot en met {MAX_LIMIT}") from None
    return number


def _offset(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value[:40]}' is geen geheel getal") from None
    if not 0 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError("kies 0 of een positief getal") from None
    return number


def _case_id(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value[:40]}' is geen zaaknummer") from None
    if not 1 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError(f"zaak {value[:40]} bestaat niet") from None
    return number


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PAD",
        help="geschiedenisbestand (standaard: $REAGEERWIJZER_DB of de gebruikersmap)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reageerwijzer", description="Reageerwijzer: stap voor stap de juiste reactie op sociale media."
    )
    parser.add_argument("--version", action="version", version=f"reageerwijzer {__version__}")
    parser.add_argument("--smoke-window", action="store_true", help=argparse.SUPPRESS)
    _add_db(parser)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)

    flow = sub.add_parser("flow", help="het stroomschema controleren of tonen")
    flow.add_argument("file", nargs="?", metavar="BESTAND", help="schemabestand (standaard het meegeleverde)")
    flow.add_argument("--check", action="store_true", help="controleer het bestand en meld de eerste fout")
    flow.add_argument("--paths", action="store_true", help="toon alle paden naar een uitkomst (JSON Lines)")

    classify = sub.add_parser("classify", help="reacties indelen: categorie, scores, vlaggen, uitleg (JSON Lines)")
    classify.add_argument(
        "file", nargs="?", metavar="BESTAND", help="invoer, één JSON-object met 'text' per regel (standaard stdin)"
    )
    classify.add_argument(
        "--no-explain", action="store_true", help="sla de uitleg (woorden die de doorslag gaven) over"
    )
    classify.add_argument("--model", metavar="MAP", help="een andere getrainde pipeline")
    classify.add_argument(
        "--db", metavar="PAD", help="gebruik de bijgeleerde assistent van deze geschiedenis (reageerwijzer learn)"
    )

    suggest = sub.add_parser("suggest", help="indelen én advies, uitkomst en conceptreactie per reactie (JSON Lines)")
    suggest.add_argument(
        "file", nargs="?", metavar="BESTAND", help="invoer: 'text', en optioneel 'platform', 'author', 'id'"
    )
    suggest.add_argument("--platform", choices=list(PLATFORMS), help="platform voor regels zonder 'platform'")
    suggest.add_argument("--no-explain", action="store_true", help="sla de uitleg over")
    suggest.add_argument("--model", metavar="MAP", help="een andere getrainde pipeline")
    _add_db(suggest)

    learn = sub.add_parser(
        "learn", help="de assistent laten bijleren van de eigen afgehandelde zaken (blijft op deze computer)"
    )
    learn.add_argument(
        "--undo", action="store_true", help="een stap terug: de vorige bijgeleerde of de meegeleverde assistent"
    )
    learn.add_argument("--model", metavar="MAP", help="een andere meegeleverde pipeline als basis")
    _add_db(learn)

    profile = sub.add_parser("profile", help="het bedrijfsprofiel (naam, toon, contact, openingstijden, FAQ)")
    psub = profile.add_subparsers(dest="profile_command", metavar="ACTIE", parser_class=_Parser, required=True)
    pshow = psub.add_parser("show", help="het profiel tonen (JSON)")
    _add_db(pshow)
    pset = psub.add_parser("set", help="het profiel vervangen door een JSON-bestand")
    pset.add_argument("file", metavar="BESTAND")
    _add_db(pset)
    ppause = psub.add_parser("pause-message", help="een eerlijke tekst om reacties tijdelijk uit te zetten")
    _add_db(ppause)

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
    _add_db(report)

    cases = sub.add_parser(
        "cases", help="de geschiedenis van afgehandelde reacties; --check: de oefencasussen controleren"
    )
    cases.add_argument(
        "--check",
        nargs="*",
        metavar="BESTAND",
        help="controleer oefencasussen (standaard alle in resources/cases) en crisisscenario's tegen het schema",
    )
    csub = cases.add_subparsers(dest="cases_command", metavar="ACTIE", parser_class=_Parser)

    def filters(p: argparse.ArgumentParser) -> None:
        p.add_argument("--month", metavar="JJJJ-MM", help="alleen deze maand (ontvangstdatum)")
        p.add_argument("--status", choices=STATUSES)
        p.add_argument("--label", choices=CATEGORIES, help="categorie")
        p.add_argument("--platform", choices=list(PLATFORMS))

    lst = csub.add_parser("list", help="zaken tonen, nieuwste eerst (JSON Lines)")
    _add_db(lst)
    filters(lst)
    lst.add_argument(
        "--limit", type=_limit, default=DEFAULT_LIST_LIMIT, help=f"hoeveel zaken (standaard {DEFAULT_LIST_LIMIT})"
    )
    lst.add_argument("--offset", type=_offset, default=0, help="sla eerst zoveel zaken over (volgende pagina)")
    lst.add_argument("--table", action="store_true", help="leesbare tabel in plaats van JSON Lines")

    search = csub.add_parser("search", help="zoeken in reacties, antwoorden en lessen")
    search.add_argument("text", metavar="TEKST")
    _add_db(search)
    filters(search)
    search.add_argument(
        "--limit", type=_limit, default=DEFAULT_LIST_LIMIT, help=f"hoeveel zaken (standaard {DEFAULT_LIST_LIMIT})"
    )
    search.add_argument("--table", action="store_true", help="leesbare tabel in plaats van JSON Lines")

    show = csub.add_parser("show", help="één zaak volledig tonen (JSON)")
    show.add_argument("id", type=_case_id, metavar="ID")
    _add_db(show)

    export = csub.add_parser("export", help="de geschiedenis exporteren")
    _add_db(export)
    filters(export)
    export.add_argument(
        "--format", choices=("json", "csv"), default="json", help="json = JSON Lines; csv = ';' en UTF-8 voor Excel"
    )
    export.add_argument("--out", metavar="BESTAND", help="schrijf naar dit bestand in plaats van naar stdout")

    imp = csub.add_parser("import", help="zaken toevoegen uit JSON Lines (tekst, platform, antwoorden, ...)")
    imp.add_argument("file", nargs="?", metavar="BESTAND", help="invoer (standaard stdin)")
    _add_db(imp)

    backup = csub.add_parser("backup", help="een reservekopie van de geschiedenis maken")
    backup.add_argument("--out", metavar="BESTAND", help="doelbestand (standaard naast de geschiedenis)")
    _add_db(backup)
    return parser


# ---------------------------------------------------------------- commands


def _open_store(args: argparse.Namespace, read_only_ok: bool = False) -> CaseStore:
    """The history, read-write. A history of a newer version is opened read-only for commands
    that only read (``read_only_ok``), with a note on stderr; other commands get the error."""
    path = _history_path(args)
    try:
        return CaseStore.open(path)
    except NewerVersionError:
        if not read_only_ok:
            raise
    sys.stderr.write("let op: geschiedenis van een nieuwere versie, alleen-lezen geopend\n")
    return CaseStore.open_readonly(path)


def _check_month(month: str) -> str:
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


def _filters(args: argparse.Namespace) -> CaseFilter:
    month = getattr(args, "month", None)
    if month:
        month = _check_month(month)
    return CaseFilter(month=month, label=args.label, status=args.status, platform=args.platform)


def _history_path(args: argparse.Namespace) -> Path:
    return resolve_db_path(getattr(args, "db", None))


def _read_small_file(name: str) -> bytes:
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


def _table(cases: list[Case], out: IO[str]) -> None:
    out.write(
        f"{'id':>5}  {'ontvangen':<16}  {'platform':<9}  {'schrijver':<18}  {'uitkomst':<28}  {'status':<12}  reactie\n"
    )
    for case in cases:
        text = " ".join(case.text.split())
        text = text[:50] + ("…" if len(text) > 50 else "")
        out.write(
            f"{case.id:>5}  {case.received_at[:16]:<16}  {case.platform:<9}  {case.author[:18]:<18}  "
            f"{(case.outcome or '(onaf)')[:28]:<28}  {case.status:<12}  {text}\n"
        )


def cmd_flow(args: argparse.Namespace, out: IO[str]) -> int:
    if args.file:
        _read_small_file(args.file)  # refuses devices, FIFOs and huge files before parsing
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
        raise ReageerwijzerError("kies een actie: list, search, show, export, import, backup of --check")
    with _open_store(args, read_only_ok=action in ("list", "search", "show", "export", "backup")) as store:
        if action == "list":
            filters = _filters(args)
            if args.table:
                cases = store.list(filters, limit=args.limit, offset=args.offset)
                _table(cases, out)
                count = len(cases)
            else:
                count = _write_lines(store.list_json_lines(filters, args.limit, args.offset), out)
            if count == args.limit:
                shown = args.offset + count
                total = store.count_matching(filters)
                if total > shown:
                    sys.stderr.write(
                        f"{shown} van {total} zaken getoond; meer met --offset {shown} (of een grotere --limit)\n"
                    )
        elif action == "search":
            if args.table:
                _table(store.search(args.text, _filters(args), limit=args.limit), out)
            else:
                _write_lines(store.search_json_lines(args.text, _filters(args), args.limit), out)
        elif action == "show":
            import json

            out.write(json.dumps(case_record(store.get(args.id)), ensure_ascii=False, indent=2) + "\n")
        elif action == "export":
            return _export(store, args, out)
        elif action == "import":
            return _import(store, args, stdin, out)
        elif action == "backup":
            target = store.backup(check_output(args.out, store.path) if args.out else None)
            out.write(f"reservekopie gemaakt: {target}\n")
    return 0


def _export(store: CaseStore, args: argparse.Namespace, out: IO[str]) -> int:
    filters = _filters(args)
    # Streamed in batches: memory stays flat for big histories. The CSV has no path or scores columns.
    skip = frozenset({"explain", "path", "scores"}) if args.format == "csv" else frozenset({"explain"})
    cases = store.iter_cases(filters, skip=skip)
    if args.out:
        target = check_output(args.out, store.path)
        if args.format == "csv":
            with atomic_output(target, encoding=CSV_ENCODING, newline="", history=store.path) as handle:
                count = write_csv(cases, handle)
        else:
            with atomic_output(target, encoding="utf-8", newline="\n", history=store.path) as handle:
                count = _write_lines(store.iter_json_lines(filters), handle)
        sys.stderr.write(f"{count} zaken geëxporteerd naar {target}\n")
    elif args.format == "csv":
        if hasattr(out, "buffer"):
            out.flush()
            out.buffer.write("\ufeff".encode())
        write_csv(cases, out)
    else:
        _write_lines(store.iter_json_lines(filters), out)
    return 0


def _write_lines(lines: Iterator[str], out: IO[str]) -> int:
    count = 0
    for line in lines:
        out.write(one_line(line) + "\n")
        count += 1
    return count


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
    answers = data.get("answers") or []
    if not isinstance(answers, list):
        raise WizardError("'answers' moet een lijst met antwoord-id's zijn, in de volgorde van de vragen")
    for answer_id in answers:
        session.answer(str(answer_id))
    case = Case.from_session(session)
    for key in ("reply", "status", "follow_up", "received_at", "handled_at"):
        if data.get(key) is not None:
            setattr(case, key, data[key])
    if case.outcome and case.handled_at is None:
        case.handled_at = now_iso()
    lesson = data.get("lesson")
    if isinstance(lesson, str) and lesson.strip():
        tags = data.get("tags") or []
        case.lessons = [Lesson(lesson, [str(t) for t in tags] if isinstance(tags, list) else [])]
    return case


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
                case_id = store.save(_case_from_import(line.data))
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


CLASSIFY_BATCH = 64


def _assistant(args: argparse.Namespace, history: Path | None) -> Any:
    """The shipped assistant, or the one this history learned (`reageerwijzer learn`) when it fits."""
    from app.nlp.pipeline import Assistant

    if args.model or history is None:
        return Assistant.load(args.model)
    assistant, note = Assistant.load_for_history(history)
    if note:
        sys.stderr.write(f"reageerwijzer: {note}\n")
    return assistant


def cmd_learn(args: argparse.Namespace, out: IO[str]) -> int:
    from app.domain.flowchart import shipped_flowchart
    from app.nlp import adapt
    from app.nlp.pipeline import default_model_path

    history = Path(resolve_db_path(args.db))
    if args.undo:
        out.write(adapt.undo(history) + "\n")
        return 0
    base = Path(args.model) if args.model else default_model_path()
    with _open_store(args) as store:
        excluded = store.get_setting(adapt.EXCLUDED_SETTING, []) or []
        examples = adapt.examples_from_cases(store.iter_all(), shipped_flowchart(), excluded)

    def progress(message: str, share: float) -> None:
        sys.stderr.write(f"{share:4.0%} {message}\n")

    result = adapt.learn(history, examples, base, progress=progress)
    out.write(result.summary() + "\n")
    return 0


def cmd_classify(args: argparse.Namespace, stdin: IO[bytes], out: IO[str]) -> int:
    stream = open_input(args.file, stdin)
    assistant = _assistant(args, Path(resolve_db_path(args.db)) if getattr(args, "db", None) else None)
    pending: list[Line] = []

    def flush() -> None:
        valid = [line for line in pending if line.data is not None]
        analyses = iter(assistant.analyse_many([line.data["text"] for line in valid], explain=not args.no_explain))
        for line in pending:
            if line.data is None:
                out.write(dumps(line.error_object()) + "\n")
                continue
            passed = {k: v for k, v in line.data.items() if k != "text"}
            passed.setdefault("id", line.number)
            out.write(dumps({**passed, **next(analyses).to_dict()}) + "\n")
        out.flush()
        pending.clear()

    try:
        for line in read_lines(stream):
            pending.append(line)
            if sum(1 for p in pending if p.data is not None) >= CLASSIFY_BATCH:
                flush()
        flush()
    finally:
        if stream is not stdin:
            stream.close()
    return 0


def cmd_suggest(args: argparse.Namespace, stdin: IO[bytes], out: IO[str]) -> int:
    from app.domain.suggest import suggest
    from app.nlp.topics import analyse_topics
    from app.store.profile import load_profile

    stream = open_input(args.file, stdin)
    assistant = _assistant(args, Path(resolve_db_path(getattr(args, "db", None))))
    try:
        with _open_store(args) as store:
            profile = load_profile(store)
            for line in read_lines(stream):
                if line.data is None:
                    out.write(dumps(line.error_object()) + "\n")
                    continue
                data = line.data
                platform = str(data.get("platform") or args.platform or "overig")
                if platform not in PLATFORMS:
                    error = {"error": f"onbekend platform '{platform}'", "line": line.number}
                    if "id" in data:
                        error["id"] = data["id"]
                    out.write(dumps(error) + "\n")
                    continue
                author = str(data.get("author") or "")[:200]
                text = data["text"]
                capped = text[:SUGGEST_TEXT_CAP]
                analysis = assistant.analyse(capped, explain=not args.no_explain).to_dict()
                earlier = len(store.negative_cases_by(author)) if author else 0
                result = suggest(
                    analysis,
                    capped,
                    platform=platform,
                    author=author,
                    profile=profile,
                    earlier_negative=earlier,
                    analyser=analyse_topics,
                )
                passed = {k: v for k, v in data.items() if k != "text"}
                passed.setdefault("id", line.number)
                extra: dict[str, Any] = {}
                if len(text) > SUGGEST_TEXT_CAP:
                    extra["truncated"] = {"chars": len(text), "analysed_chars": SUGGEST_TEXT_CAP}
                out.write(dumps({**passed, **analysis, **result, **extra}) + "\n")
                out.flush()
    finally:
        if stream is not stdin:
            stream.close()
    return 0


def cmd_profile(args: argparse.Namespace, out: IO[str]) -> int:
    import json

    from app.domain.drafting import Drafter
    from app.domain.profile import BusinessProfile, ProfileError
    from app.store.profile import load_profile, save_profile

    with _open_store(args) as store:
        if args.profile_command == "show":
            out.write(json.dumps(load_profile(store).to_dict(), ensure_ascii=False, indent=2) + "\n")
        elif args.profile_command == "set":
            path = Path(args.file)
            raw = _read_small_file(args.file)
            try:
                data = parse_json_text(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                raise ReageerwijzerError(f"{path} is geen geldig JSON-bestand (geen geldige UTF-8)") from None
            except ValueError as exc:
                raise ReageerwijzerError(f"{path} is geen geldig JSON-bestand: {exc}") from None
            if not isinstance(data, dict):
                raise ReageerwijzerError(f"{path}: verwacht een JSON-object met het profiel")
            try:
                profile = BusinessProfile.from_dict(data)
            except (ProfileError, TypeError, ValueError, AttributeError) as exc:
                reason = str(exc).splitlines()[0] if str(exc) else "ongeldig profiel"
                raise ReageerwijzerError(f"{path}: {reason}") from None
            save_profile(store, profile)
            out.write(f"profiel opgeslagen voor {profile.name or '(naamloos bedrijf)'}\n")
        else:
            out.write(Drafter(load_profile(store)).pause_message() + "\n")
    return 0


def cmd_report(args: argparse.Namespace, out: IO[str]) -> int:
    import time

    from app.domain.report import anonymised, build_report
    from app.store.profile import load_profile
    from app.store.reporting import CSV_SKIP, ReportQueries

    month = _check_month(args.month)
    target = Path(args.out)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise ReageerwijzerError(f"kies een bestand dat eindigt op .pdf of .csv, niet '{target.name[:80]}'")
    history = _history_path(args)
    check_output(target, history)
    started = time.perf_counter()
    with _open_store(args, read_only_ok=True) as store:
        queries = ReportQueries(store)
        if suffix == ".csv":
            cases = anonymised(queries.iter_month_cases(month, CSV_SKIP), args.anonymise, queries.month_authors(month))
            with atomic_output(target, encoding=CSV_ENCODING, newline="", history=store.path) as handle:
                count = write_csv(cases, handle)
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


def _run_gui(args: argparse.Namespace) -> int:
    try:
        from app.ui.main import run
    except ImportError:
        raise ReageerwijzerError(
            "het venster is in deze versie nog niet beschikbaar; gebruik een opdracht (zie reageerwijzer --help)"
        ) from None
    return run(resolve_db_path(args.db))


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
        if args.command == "flow":
            return cmd_flow(args, out)
        if args.command == "classify":
            return cmd_classify(args, binary_in, out)
        if args.command == "suggest":
            return cmd_suggest(args, binary_in, out)
        if args.command == "profile":
            return cmd_profile(args, out)
        if args.command == "learn":
            return cmd_learn(args, out)
        if args.command == "cases":
            return cmd_cases(args, binary_in, out)
        if args.command == "report":
            return cmd_report(args, out)
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
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        sys.stderr.write(f"reageerwijzer: onverwachte fout: {exc.__class__.__name__}: {exc}\n")
        return 70
