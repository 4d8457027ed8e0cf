"""Aggregate queries for the monthly report. All SQL for the report lives here.

Months are taken from ``received_at`` (UTC, ISO text), so ``substr(…, 1, 7)``
is the month; unfinished wizard walks (``session IS NOT NULL``) never count.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.case import Case
from app.store.cases import CaseStore, _row_to_case

DONE = "session IS NULL"
IN_MONTH = "received_at >= ? AND received_at < ?"  # a range, so the index on received_at is used


def month_bounds(month: str) -> list[str]:
    year, number = (int(x) for x in month.split("-"))
    following = f"{year + 1:04d}-01" if number == 12 else f"{year:04d}-{number + 1:02d}"
    return [month, following]


# Minutes from posting (or, when unknown, receiving) to handling.
REPLY_MINUTES = "(julianday(handled_at) - julianday(coalesce(posted_at, received_at))) * 1440.0"


@dataclass(frozen=True)
class MonthTotals:
    month: str
    count: int
    median_minutes: float | None
    within_hour: int
    within_day: int
    timed: int  # cases with a known reply time


class ReportQueries:
    """One pass over the month's rows for the counts and times; small queries for the rest."""

    def __init__(self, store: CaseStore) -> None:
        self.db = store.db
        self._scans: dict[str, list[tuple[Any, ...]]] = {}

    def _one(self, sql: str, params: list[Any]) -> Any:
        return self.db.execute(sql, params).fetchone()[0]

    def _scan(self, month: str) -> list[tuple[Any, ...]]:
        """(id, label, platform, outcome, status, minutes, author, flags, has reply) per case of the month."""
        if month not in self._scans:
            self._scans[month] = self.db.execute(
                f"SELECT id, coalesce(label, ''), platform, coalesce(outcome, ''), status, "
                f"CASE WHEN handled_at IS NULL THEN NULL ELSE {REPLY_MINUTES} END, author, coalesce(flags, ''), "
                f"reply != '' FROM cases WHERE {DONE} AND {IN_MONTH}",
                month_bounds(month),
            ).fetchall()
        return self._scans[month]

    def counts_by(self, column: str, month: str) -> dict[str, int]:
        index = {"label": 1, "platform": 2, "outcome": 3, "status": 4}[column]
        counts: dict[str, int] = {}
        for row in self._scan(month):
            counts[row[index]] = counts.get(row[index], 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def label_outcome_counts(self, month: str) -> dict[tuple[str, str], int]:
        """How often each (assistant's label, chosen outcome) pair occurred."""
        counts: dict[tuple[str, str], int] = {}
        for row in self._scan(month):
            key = (row[1], row[3])
            counts[key] = counts.get(key, 0) + 1
        return counts

    def totals(self, month: str) -> MonthTotals:
        if month in self._scans:
            values = [row[5] for row in self._scans[month]]
        else:
            values = [
                m
                for (m,) in self.db.execute(
                    f"SELECT CASE WHEN handled_at IS NULL THEN NULL ELSE {REPLY_MINUTES} END FROM cases "
                    f"WHERE {DONE} AND {IN_MONTH}",
                    month_bounds(month),
                ).fetchall()
            ]
        minutes = sorted(m for m in values if m is not None and m >= 0)
        timed = len(minutes)
        median = minutes[(timed - 1) // 2] if timed else None
        within_hour = sum(1 for m in minutes if m <= 60)
        within_day = sum(1 for m in minutes if m <= 1440)
        return MonthTotals(month, len(values), median, within_hour, within_day, timed)

    def texts(self, month: str, limit: int) -> list[str]:
        """At most ``limit`` comment texts of the month, spread evenly over it (for word counts)."""
        bounds = month_bounds(month)
        count = int(self._one(f"SELECT count(*) FROM cases WHERE {DONE} AND {IN_MONTH}", bounds))
        step = max(1, count // max(1, limit))
        rows = self.db.execute(
            f"SELECT substr(text, 1, 2000) FROM (SELECT text, row_number() OVER (ORDER BY id) AS n FROM cases "
            f"WHERE {DONE} AND {IN_MONTH}) WHERE (n - 1) % ? = 0 LIMIT ?",
            [*bounds, step, limit],
        ).fetchall()
        return [r[0] for r in rows]

    def repeat_writers(self, month: str, negative_outcomes: set[str], minimum: int = 2) -> list[tuple[str, int]]:
        counts: dict[str, list[Any]] = {}
        for row in self._scan(month):
            author = (row[6] or "").strip()
            if author and row[3] in negative_outcomes:
                entry = counts.setdefault(author.lower(), [author, 0])
                entry[1] += 1
        ranked = sorted((v for v in counts.values() if v[1] >= minimum), key=lambda v: (-v[1], v[0]))
        return [(name, n) for name, n in ranked[:15]]

    def open_follow_ups(self, limit: int = 15) -> tuple[int, list[Case]]:
        where = f"{DONE} AND follow_up IS NOT NULL AND status IN ('open', 'monitoren', 'geescaleerd')"
        total = int(self._one(f"SELECT count(*) FROM cases WHERE {where}", []))
        rows = self.db.query(f"SELECT * FROM cases WHERE {where} ORDER BY follow_up LIMIT ?", [limit])
        return total, [_row_to_case(r) for r in rows]

    def lessons(self, month: str, limit: int = 30) -> list[tuple[str, list[str], int]]:
        import json

        rows = self.db.execute(
            "SELECT text, tags, case_id FROM lessons WHERE substr(created_at, 1, 7) = ? ORDER BY id DESC LIMIT ?",
            [month, limit],
        ).fetchall()
        return [(text, json.loads(tags or "[]"), case_id) for text, tags, case_id in rows]

    def notable(self, month: str, limit: int = 5) -> list[Case]:
        """Cases worth rereading: hate or threats, escalations, the slowest replies, a compliment, recent replies."""
        rows = self._scan(month)
        picks: list[int] = []

        def take(candidates: list[tuple[Any, ...]], n: int) -> None:
            for row in candidates[:n]:
                if row[0] not in picks and len(picks) < limit:
                    picks.append(row[0])

        newest = sorted(rows, key=lambda r: -r[0])
        take([r for r in newest if "haat" in r[7] or "bedreiging" in r[7]], 2)
        take([r for r in newest if r[4] == "geescaleerd"], 2)
        take(sorted((r for r in rows if r[5] is not None), key=lambda r: -r[5]), 2)
        take([r for r in newest if r[1] == "positief" and r[8]], 1)
        take([r for r in newest if r[8]], 3)
        if not picks:
            return []
        marks = ",".join("?" * len(picks))
        by_id = {r["id"]: _row_to_case(r) for r in self.db.query(f"SELECT * FROM cases WHERE id IN ({marks})", picks)}
        return [by_id[i] for i in picks if i in by_id]

    def month_cases(self, month: str) -> list[Case]:
        rows = self.db.query(
            f"SELECT * FROM cases WHERE {DONE} AND {IN_MONTH} ORDER BY received_at, id", month_bounds(month)
        )
        cases = [_row_to_case(r) for r in rows]
        lessons: dict[int, list[Any]] = {}
        from app.domain.case import Lesson

        for row in self.db.query(
            "SELECT l.* FROM lessons l JOIN cases c ON c.id = l.case_id WHERE c.session IS NULL "
            "AND c.received_at >= ? AND c.received_at < ? ORDER BY l.id",
            month_bounds(month),
        ):
            lessons.setdefault(row["case_id"], []).append(
                Lesson(row["text"], json_list(row["tags"]), row["id"], row["case_id"])
            )
        for case in cases:
            case.lessons = lessons.get(case.id or -1, [])
        return cases


def json_list(value: str | None) -> list[str]:
    import json

    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(v) for v in data] if isinstance(data, list) else []
