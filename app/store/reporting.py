"""Aggregate queries for the monthly report. All SQL for the report lives here.

Months are taken from ``received_at`` (UTC, ISO text) as a range, so the index on
``received_at`` is used; unfinished wizard walks (``session IS NOT NULL``) never
count. Statistics are computed in SQL, so a month of 90,000 cases costs a few
indexed queries, not 90,000 Python objects.
"""

from __future__ import annotations

import heapq
import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.domain.approval import TeamFigures
from app.domain.case import Case, Lesson
from app.domain.flowchart import shipped_flowchart
from app.store.cases import CaseFilter, CaseStore, row_to_case, row_to_lesson, where_of
from app.store.team import month_figures
from app.store.team_rows import revision_counts

DONE = "session IS NULL"
IN_MONTH = "received_at >= ? AND received_at < ?"  # a range, so the index on received_at is used
BATCH = 1000
CSV_SKIP = frozenset({"explain", "path", "scores"})  # JSON columns the CSV does not show


def month_bounds(month: str) -> list[str]:
    year, number = (int(x) for x in month.split("-"))
    following = f"{year + 1:04d}-01" if number == 12 else f"{year:04d}-{number + 1:02d}"
    return [month, following]


# Minutes from posting to handling; NULL when the posting time is unknown (never the moment it was
# entered: that would make every reply look fast).
REPLY_MINUTES = "(julianday(handled_at) - julianday(posted_at)) * 1440.0"


@dataclass(frozen=True)
class MonthTotals:
    month: str
    count: int
    median_minutes: float | None
    within_hour: int
    within_day: int
    timed: int  # cases with a known reply time


class ReportQueries:
    """The report's figures, each from one SQL query over the month's index range."""

    def __init__(self, store: CaseStore) -> None:
        self.db = store.db
        self._totals: dict[str, MonthTotals] = {}
        self._grouped: dict[str, list[tuple[str, str, str, str, int]]] = {}
        self._times: dict[str, tuple[list[float], list[int]]] = {}
        self._id_lists: dict[str, list[int]] = {}

    def _one(self, sql: str, params: list[Any]) -> Any:
        return self.db.execute(sql, params).fetchone()[0]

    def _groups(self, month: str) -> list[tuple[str, str, str, str, int]]:
        """(label, outcome, platform, status, count) of the month: one walk through the index in that
        order (migration 0006), no sorting; '+received_at' keeps the planner on that index."""
        if month not in self._grouped:
            self._grouped[month] = [
                (label or "", outcome or "", platform or "", status or "", n)
                for label, outcome, platform, status, n in self.db.execute(
                    "SELECT label, outcome, platform, status, count(*) FROM cases "
                    f"WHERE {DONE} AND +received_at >= ? AND +received_at < ? "
                    "GROUP BY label, outcome, platform, status",
                    month_bounds(month),
                )
            ]
        return self._grouped[month]

    def storms(self, month: str) -> list[dict[str, Any]]:
        """The crisis radar's waves that began in this month (app/store/radar.py)."""
        from app.store.radar import waves_in_month

        return waves_in_month(self.db, month)

    def counts_by(self, column: str, month: str) -> dict[str, int]:
        index = {"label": 0, "outcome": 1, "platform": 2, "status": 3}[column]
        counts: dict[str, int] = {}
        for group in self._groups(month):
            key = str(group[index])
            counts[key] = counts.get(key, 0) + group[4]
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    def label_outcome_counts(self, month: str) -> dict[tuple[str, str], int]:
        """How often each (assistant's label, chosen outcome) pair occurred."""
        counts: dict[tuple[str, str], int] = {}
        for label, outcome, _platform, _status, n in self._groups(month):
            counts[(label, outcome)] = counts.get((label, outcome), 0) + n
        return counts

    def totals(self, month: str) -> MonthTotals:
        if month in self._totals:
            return self._totals[month]
        bounds = month_bounds(month)
        count = int(self._one(f"SELECT count(*) FROM cases WHERE {DONE} AND {IN_MONTH}", bounds))
        minutes, _slowest = self._reply_times(month)
        timed = minutes[bisect_left(minutes, 0.0) :]  # sorted: the known, non-negative reply times
        totals = MonthTotals(
            month,
            count,
            timed[(len(timed) - 1) // 2] if timed else None,
            bisect_right(timed, 60.0),
            bisect_right(timed, 1440.0),
            len(timed),
        )
        self._totals[month] = totals
        return totals

    def _reply_times(self, month: str) -> tuple[list[float], list[int]]:
        """(every known reply time of the month in minutes, sorted; the ids of the two slowest
        replies): one pass over the covering index gives the median, the shares within an hour and
        a day, and the slowest cases."""
        if month not in self._times:
            rows = self.db.execute(
                f"SELECT {REPLY_MINUTES} AS m, id FROM cases WHERE {DONE} AND {IN_MONTH} AND m IS NOT NULL",
                month_bounds(month),
            ).fetchall()
            slowest = [case_id for _, case_id in heapq.nlargest(2, rows, key=lambda r: (r[0], -r[1]))]
            self._times[month] = (sorted(r[0] for r in rows), slowest)
        return self._times[month]

    def _ids(self, month: str) -> list[int]:
        """Ids of the month's finished cases in id order, from the covering index (no row is read)."""
        if month not in self._id_lists:
            self._id_lists[month] = sorted(
                r[0] for r in self.db.execute(f"SELECT id FROM cases WHERE {DONE} AND {IN_MONTH}", month_bounds(month))
            )
        return self._id_lists[month]

    def _month_ids(self, month: str) -> list[int]:
        """Ids of the month's finished cases, oldest received first (from the covering index)."""
        rows = self.db.execute(
            f"SELECT id FROM cases WHERE {DONE} AND {IN_MONTH} ORDER BY received_at, id", month_bounds(month)
        ).fetchall()
        return [r[0] for r in rows]

    def texts(self, month: str, limit: int) -> list[str]:
        """At most ``limit`` comment texts of the month, spread evenly over it (for word counts)."""
        step = max(1, self.totals(month).count // max(1, limit))
        chosen = self._ids(month)[::step][:limit]  # every step-th id of the month
        texts: dict[int, str] = {}
        for start in range(0, len(chosen), 500):
            chunk = chosen[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for case_id, text in self.db.execute(
                f"SELECT id, substr(text, 1, 2000) FROM cases WHERE id IN ({marks})", chunk
            ).fetchall():
                texts[case_id] = text
        return [texts[i] for i in chosen if i in texts]

    def repeat_writers(self, month: str, negative_outcomes: set[str], minimum: int) -> list[tuple[str, int]]:
        """Writers with at least ``minimum`` cases of the given outcomes in the month (app.domain.writers)."""
        outcomes = sorted(negative_outcomes)
        marks = ",".join("?" * len(outcomes)) or "NULL"
        rows = self.db.execute(
            f"SELECT min(trim(author)) AS name, count(*) AS n FROM cases WHERE {DONE} AND {IN_MONTH} "
            f"AND trim(author) != '' AND outcome IN ({marks}) GROUP BY lower(trim(author)) "
            "HAVING n >= ? ORDER BY n DESC, name LIMIT 15",
            [*month_bounds(month), *outcomes, minimum],
        ).fetchall()
        return [(name, int(n)) for name, n in rows]

    def team_figures(self, month: str) -> TeamFigures:
        """The team section: who drafted, approved and sent back (app/store/team.py)."""
        return month_figures(self.db, month)

    def open_follow_ups(self, limit: int = 15) -> tuple[int, list[Case]]:
        # Statuses that still need attention are data (``open`` in the flowchart's statuses).
        statuses = sorted(shipped_flowchart().open_statuses)
        marks = ",".join("?" * len(statuses))
        # '+status': by the small index of follow-ups (migration 0006), not by all cases of a status.
        where = f"{DONE} AND follow_up IS NOT NULL AND +status IN ({marks})"
        total = int(self._one(f"SELECT count(*) FROM cases WHERE {where}", statuses))
        rows = self.db.query(f"SELECT * FROM cases WHERE {where} ORDER BY follow_up LIMIT ?", [*statuses, limit])
        return total, [row_to_case(r) for r in rows]

    def lessons(self, month: str, limit: int = 30) -> list[tuple[str, list[str], int]]:
        rows = self.db.execute(
            "SELECT text, tags, case_id FROM lessons WHERE created_at >= ? AND created_at < ? ORDER BY id DESC LIMIT ?",
            [*month_bounds(month), limit],
        ).fetchall()
        return [(text, json_list(tags), case_id) for text, tags, case_id in rows]

    def notable(self, month: str, limit: int = 5) -> list[Case]:
        """Cases worth rereading: hate or threats, escalations, the slowest replies, a compliment, recent replies."""
        bounds = month_bounds(month)
        picks: list[int] = []
        ids = self._ids(month)
        if not ids:
            return []
        low, high = ids[0], ids[-1]

        def take(condition: str, order: str, n: int) -> None:
            # Newest first by id within the month's id range; '+received_at' keeps the planner on the rowid.
            rows = self.db.execute(
                f"SELECT id FROM cases WHERE id BETWEEN ? AND ? AND {DONE} AND +received_at >= ? "
                f"AND +received_at < ? AND {condition} ORDER BY {order} LIMIT ?",
                [low, high, *bounds, n],
            ).fetchall()
            for (case_id,) in rows:
                if case_id not in picks and len(picks) < limit:
                    picks.append(case_id)

        take("(flags LIKE '%haat%' OR flags LIKE '%bedreiging%')", "id DESC", 2)
        take("status = 'geescaleerd'", "id DESC", 2)
        for case_id in self._reply_times(month)[1]:
            if case_id not in picks and len(picks) < limit:
                picks.append(case_id)
        take("+label = 'positief' AND reply != ''", "id DESC", 1)  # '+': not by the index of the counts
        take("reply != ''", "id DESC", 3)
        if not picks:
            return []
        marks = ",".join("?" * len(picks))
        by_id = {r["id"]: row_to_case(r) for r in self.db.query(f"SELECT * FROM cases WHERE id IN ({marks})", picks)}
        return [by_id[i] for i in picks if i in by_id]

    def authors(self) -> list[str]:
        """Every writer's name in the history (for scrubbing names out of anonymised output)."""
        rows = self.db.execute("SELECT DISTINCT author FROM cases WHERE author != ''").fetchall()
        return [r[0] for r in rows]

    def month_authors(self, month: str) -> list[str]:
        """Writers' names to scrub from an anonymised export of ``month``: all writers in the history."""
        return self.authors()

    def iter_month_cases(self, month: str, skip: frozenset[str] = frozenset()) -> Iterator[Case]:
        """The month's finished cases with their lessons, oldest first, fetched in batches.

        ``skip``: JSON columns not to decode (see ``CaseStore.iter_cases``).
        """
        order = self._month_ids(month)
        for start in range(0, len(order), BATCH):
            chunk = order[start : start + BATCH]
            marks = ",".join("?" * len(chunk))
            by_id = {r["id"]: r for r in self.db.query(f"SELECT * FROM cases WHERE id IN ({marks})", chunk)}
            rows = [by_id[i] for i in chunk if i in by_id]
            cases = [row_to_case(r, skip) for r in rows]
            ids = [c.id for c in cases]
            marks = ",".join("?" * len(ids))
            lessons: dict[int, list[Lesson]] = {}
            for row in self.db.query(f"SELECT * FROM lessons WHERE case_id IN ({marks}) ORDER BY id", ids):
                lessons.setdefault(row["case_id"], []).append(row_to_lesson(row))
            revisions = revision_counts(self.db, [i for i in ids if i is not None])
            for case in cases:
                case.lessons = lessons.get(case.id or -1, [])
                case.revisions = revisions.get(case.id or -1, 0)
            yield from cases

    def iter_month_fields(self, month: str) -> Iterator[tuple[Any, ...]]:
        """The month's finished cases as the CSV's fields (``app.domain.export.CSV_FIELDS``), oldest
        received first, streamed from one query: no Python object per case beyond a tuple."""
        yield from self.db.execute(
            _CSV_SELECT.format(where=f"WHERE {DONE} AND {IN_MONTH}", order="received_at, id"), month_bounds(month)
        )

    def month_cases(self, month: str) -> list[Case]:
        return list(self.iter_month_cases(month))


# The CSV's fields straight from SQLite, the same values ``csv_rows`` takes from a Case (a test
# compares the two): the prediction's fields only with a label, flags and lessons joined.
_HAS_LABEL = "coalesce(label, '') != ''"
_CSV_SELECT = f"""SELECT id, received_at, posted_at, handled_at, platform, coalesce(author, ''), text,
    CASE WHEN {_HAS_LABEL} THEN label ELSE '' END,
    CASE WHEN {_HAS_LABEL} THEN coalesce((SELECT group_concat(value, ', ') FROM json_each(
        CASE WHEN json_valid(flags) AND json_type(flags) = 'array' THEN flags ELSE '[]' END)), '') ELSE '' END,
    CASE WHEN {_HAS_LABEL} THEN coalesce(model_version, '') ELSE '' END,
    outcome, status, coalesce(reply, ''), follow_up,
    coalesce((SELECT group_concat(text, ' | ')
        FROM (SELECT text FROM lessons WHERE case_id = cases.id ORDER BY id)), ''),
    coalesce(drafted_by, ''), coalesce(approved_by, ''), approved_at,
    (SELECT count(*) FROM reply_revisions WHERE case_id = cases.id)
    FROM cases {{where}} ORDER BY {{order}}"""


def iter_export_fields(store: CaseStore, filters: CaseFilter | None = None) -> Iterator[tuple[Any, ...]]:
    """The matching cases as the CSV's fields in id order (``cases export --format csv``), streamed
    from one query: the same file ``write_csv`` makes from ``CaseStore.iter_cases``."""
    where, params = where_of(filters or CaseFilter())
    yield from store.db.execute(_CSV_SELECT.format(where=where, order="id"), params)


def json_list(value: str | None) -> list[str]:
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(v) for v in data] if isinstance(data, list) else []
