"""`reageerwijzer classify`, `suggest` and `learn`: the assistant on JSON Lines, and learning from a history."""

from __future__ import annotations

import argparse
import gc
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from app.cli.common import Subparsers, add_db, open_store
from app.domain.categories import PLATFORMS
from app.domain.i18n import LANGUAGES, REFERENCE, content_language_as
from app.forkpool import forked_pool, ordered_map, workers_for
from app.jsonl import Line, dumps, open_input, read_lines
from app.paths import resolve_db_path

SUGGEST_TEXT_CAP = 20_000  # characters of a comment that suggest analyses and drafts from
CLASSIFY_BATCH = 64


def add_parsers(sub: Subparsers) -> None:
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
    suggest.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=REFERENCE,
        help="taal van titel, advies en checklist (het concept blijft Nederlands)",
    )
    add_db(suggest)

    learn = sub.add_parser(
        "learn", help="de assistent laten bijleren van de eigen afgehandelde zaken (blijft op deze computer)"
    )
    learn.add_argument(
        "--undo", action="store_true", help="een stap terug: de vorige bijgeleerde of de meegeleverde assistent"
    )
    learn.add_argument("--model", metavar="MAP", help="een andere meegeleverde pipeline als basis")
    mark = learn.add_mutually_exclusive_group()
    mark.add_argument("--exclude", type=int, metavar="ID", help="zaak ID niet gebruiken om te leren")
    mark.add_argument("--include", type=int, metavar="ID", help="zaak ID toch weer gebruiken om te leren")
    add_db(learn)


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
    from app.nlp import adapt
    from app.nlp.pipeline import default_model_path

    history = Path(resolve_db_path(args.db))
    if args.undo:
        out.write(adapt.undo(history) + "\n")
        return 0
    if args.exclude is not None or args.include is not None:
        case_id = args.exclude if args.exclude is not None else args.include
        with open_store(args) as store:
            store.get(case_id)  # a clear error when there is no such case
            adapt.mark_excluded(store, case_id, args.exclude is not None)
        state = "telt niet mee" if args.exclude is not None else "telt weer mee"
        out.write(f"Zaak {case_id} {state} bij het bijleren.\n")
        return 0
    base = Path(args.model) if args.model else default_model_path()
    with open_store(args) as store:
        examples = adapt.history_examples(store)

    def progress(message: str, share: float) -> None:
        sys.stderr.write(f"{share:4.0%} {message}\n")

    result = adapt.learn(history, examples, base, progress=progress)
    out.write(result.summary() + "\n")
    return 0


@contextmanager
def _long_lived_frozen() -> Iterator[None]:
    """The loaded pipeline lives as long as the command: the garbage collector need not walk its
    objects again at every full collection (a tenth of `classify`'s time on many comments), and
    collects the young generation less often. Restored afterwards."""
    threshold = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(max(threshold[0], 5000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def cmd_classify(args: argparse.Namespace, stdin: IO[bytes], out: IO[str]) -> int:
    stream = open_input(args.file, stdin)
    assistant = _assistant(args, Path(resolve_db_path(args.db)) if getattr(args, "db", None) else None)
    with _long_lived_frozen():
        return _classify(args, assistant, stream, stdin, out)


def _classify(args: argparse.Namespace, assistant: Any, stream: IO[bytes], stdin: IO[bytes], out: IO[str]) -> int:
    """Analyse the lines in batches; once the input proves long, forked workers (app.forkpool) that
    share the loaded pipeline analyse the batches and this process writes them, in input order."""
    explain = not args.no_explain
    try:
        batches = _batches(read_lines(stream))
        for count, batch in enumerate(batches, 1):
            _write(batch, assistant.analyse_many(_texts(batch), explain=explain), out)
            if count == CLASSIFY_FORK_AFTER and (workers := workers_for(count, CLASSIFY_FORK_AFTER)):
                _classify_forked(batches, assistant, explain, workers, out)  # the rest of the batches
    finally:
        if stream is not stdin:
            stream.close()
    return 0


def _classify_forked(batches: Iterator[list[Line]], assistant: Any, explain: bool, workers: int, out: IO[str]) -> None:
    _FORKED["assistant"] = assistant
    waiting: deque[list[Line]] = deque()

    def jobs() -> Iterator[tuple[list[str], bool]]:
        for batch in batches:
            waiting.append(batch)
            yield _texts(batch), explain

    with forked_pool(workers) as pool:
        for analyses in ordered_map(pool, _analyse_in_worker, jobs(), workers):
            _write(waiting.popleft(), analyses, out)


CLASSIFY_FORK_AFTER = 8  # batches done here before workers are forked: short inputs stay in one process
_FORKED: dict[str, Any] = {}  # the loaded assistant, inherited by forked workers


def _analyse_in_worker(job: tuple[list[str], bool]) -> list[Any]:
    texts, explain = job
    return list(_FORKED["assistant"].analyse_many(texts, explain=explain))


def _batches(lines: Iterable[Line]) -> Iterator[list[Line]]:
    """The lines in groups holding CLASSIFY_BATCH comments each (bad lines ride along)."""
    pending: list[Line] = []
    valid = 0
    for line in lines:
        pending.append(line)
        valid += line.data is not None
        if valid >= CLASSIFY_BATCH:
            yield pending
            pending, valid = [], 0
    if pending:
        yield pending


def _texts(batch: list[Line]) -> list[str]:
    return [line.data["text"] for line in batch if line.data is not None]


def _write(batch: list[Line], analyses: Iterable[Any], out: IO[str]) -> None:
    results = iter(analyses)
    for line in batch:
        if line.data is None:
            out.write(dumps(line.error_object()) + "\n")
            continue
        passed = {k: v for k, v in line.data.items() if k != "text"}
        passed.setdefault("id", line.number)
        out.write(dumps({**passed, **next(results).to_dict()}) + "\n")
    out.flush()


def cmd_suggest(args: argparse.Namespace, stdin: IO[bytes], out: IO[str]) -> int:
    with content_language_as(getattr(args, "lang", REFERENCE)):
        return _suggest(args, stdin, out)


def _suggest(args: argparse.Namespace, stdin: IO[bytes], out: IO[str]) -> int:
    from app.domain.suggest import suggest
    from app.nlp.topics import analyse_topics
    from app.store.profile import load_profile

    stream = open_input(args.file, stdin)
    assistant = _assistant(args, Path(resolve_db_path(getattr(args, "db", None))))
    try:
        with open_store(args) as store:
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
