"""Cases as flat records, JSON Lines and CSV that Dutch spreadsheets open correctly.

CSV dialect: UTF-8 with a byte-order mark (so Excel recognises the encoding),
semicolon as separator (Dutch Excel uses the comma as decimal sign and expects
';'), every field quoted when needed, CRLF line ends. Python reads it back with
``csv.reader(open(path, encoding="utf-8-sig", newline=""), delimiter=";")``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, TextIO

from app.domain.case import Case

CSV_DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"
CSV_COLUMNS = (
    "id",
    "ontvangen",
    "geplaatst",
    "afgehandeld",
    "platform",
    "schrijver",
    "reactie",
    "categorie",
    "vlaggen",
    "modelversie",
    "uitkomst",
    "status",
    "antwoord",
    "opvolgen",
    "reactietijd_minuten",
    "lessen",
    # Added later, at the end so older readers keep their columns: the small team's approval.
    "opgesteld_door",
    "goedgekeurd_door",
    "goedgekeurd_op",
    "eerdere_antwoorden",  # how many earlier versions of the reply the history keeps
)
# Characters that make a spreadsheet treat a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_CHARS = frozenset(_FORMULA_START)
_BLOCK = 2_000  # rows per write to the output file


def case_record(case: Case) -> dict[str, Any]:
    """Everything about a case as plain JSON-able data."""
    pred = case.prediction
    return {
        "id": case.id,
        "text": case.text,
        "platform": case.platform,
        "author": case.author,
        "link": case.link,
        "posted_at": case.posted_at,
        "received_at": case.received_at,
        "handled_at": case.handled_at,
        "label": pred.label if pred else None,
        "scores": dict(pred.scores) if pred else None,
        "flags": list(pred.flags) if pred else [],
        "model_version": pred.model_version if pred else None,
        "path": [
            {"question": s.node_id, "answer": s.answer_id, "suggested": s.suggested, "at": s.answered_at}
            for s in case.path
        ],
        "outcome": case.outcome,
        "reply": case.reply,
        "status": case.status,
        "follow_up": case.follow_up,
        "unfinished": case.session is not None,
        "lessons": [
            {"text": lesson.text, "tags": lesson.tags, "created_at": lesson.created_at} for lesson in case.lessons
        ],
        "drafted_by": case.drafted_by,
        "approved_by": case.approved_by,
        "approved_at": case.approved_at,
        "revisions": case.revisions,
    }


def write_jsonl(cases: Iterable[Case], out: TextIO) -> int:
    count = 0
    for case in cases:
        out.write(json.dumps(case_record(case), ensure_ascii=False) + "\n")
        count += 1
    return count


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value).replace("\x00", "")
    if text.startswith(_FORMULA_START):
        text = "'" + text  # keep a comment such as "=HYPERLINK(...)" as text
    return text


def csv_rows(cases: Iterable[Case]) -> Iterator[list[str]]:
    yield list(CSV_COLUMNS)
    for case in cases:
        minutes = case.reply_minutes
        yield [
            _cell(v)
            for v in (
                case.id,
                case.received_at,
                case.posted_at,
                case.handled_at,
                case.platform,
                case.author,
                case.text,
                case.prediction.label if case.prediction else "",
                ", ".join(case.prediction.flags) if case.prediction else "",
                case.prediction.model_version if case.prediction else "",
                case.outcome,
                case.status,
                case.reply,
                case.follow_up,
                f"{minutes:.0f}" if minutes is not None else "",
                " | ".join(lesson.text for lesson in case.lessons),
                case.drafted_by,
                case.approved_by,
                case.approved_at,
                case.revisions,
            )
        ]


# The fields of one case as app.store.reporting streams them: CSV_COLUMNS without the reply time,
# which is computed here from 'geplaatst'/'ontvangen' and 'afgehandeld'.
CSV_FIELDS = tuple(c for c in CSV_COLUMNS if c != "reactietijd_minuten")
_FREE_TEXT = frozenset(
    CSV_FIELDS.index(c)
    for c in (
        "schrijver",
        "reactie",
        "modelversie",
        "antwoord",
        "opvolgen",
        "lessen",
        "opgesteld_door",
        "goedgekeurd_door",
        "goedgekeurd_op",
    )
)
_MINUTES = CSV_COLUMNS.index("reactietijd_minuten")  # computed here, between the fields
_RECEIVED, _POSTED, _HANDLED = (CSV_FIELDS.index(c) for c in ("ontvangen", "geplaatst", "afgehandeld"))


def minutes_between(start: str | None, end: str | None) -> float | None:
    """Minutes from ``start`` to ``end`` (ISO texts), never negative; None when unknown (Case.reply_minutes)."""
    if not (start and end):
        return None
    try:
        delta = datetime.fromisoformat(end) - datetime.fromisoformat(start)
    except (TypeError, ValueError):
        return None
    return max(0.0, delta.total_seconds() / 60)


def write_csv_fields(rows: Iterable[Sequence[Any]], out: TextIO) -> int:
    """Write the CSV from field tuples (CSV_FIELDS order); the same file ``write_csv`` makes from cases.

    Rows are written to a buffer and passed on in blocks (one write to ``out`` per block, not per row);
    None is written empty by the csv module itself; only free text is looked at for a formula or a NUL.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    free = sorted(_FREE_TEXT)
    for row in rows:
        minutes = minutes_between(row[_POSTED] or row[_RECEIVED], row[_HANDLED])
        cells = list(row)
        for i in free:
            value = cells[i]
            if value.__class__ is not str or (value and (value[0] in _FORMULA_CHARS or "\x00" in value)):
                cells[i] = _cell(value)
        cells.insert(_MINUTES, f"{minutes:.0f}" if minutes is not None else "")
        writer.writerow(cells)
        count += 1
        if not count % _BLOCK:
            out.write(buffer.getvalue())
            buffer.seek(0)
            buffer.truncate()
    out.write(buffer.getvalue())
    return count


def write_csv(cases: Iterable[Case], out: TextIO) -> int:
    """Write CSV rows (the caller opens ``out`` with CSV_ENCODING and newline='')."""
    writer = csv.writer(out, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    count = -1
    for row in csv_rows(cases):
        writer.writerow(row)
        count += 1
    return count
