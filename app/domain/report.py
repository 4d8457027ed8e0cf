"""The monthly feedback report: what people said, how fast we answered, what we learned.

Plain data, no Qt and no SQL: :func:`build_report` asks a source (the store's
report queries) for aggregates and turns them into a :class:`MonthReport` that
a renderer (PDF) or the CSV export can use.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from app.domain.anonymise import (
    ANONYMISE_MODES,
    PLACEHOLDER_WORDS,
    TEXT_LIMIT,
    Pseudonyms,
    anonymised,
    clean_text,
)
from app.domain.approval import TeamFigures, team_figures_of
from app.domain.case import Case
from app.domain.categories import CATEGORY_NAMES, PLATFORMS
from app.domain.flowchart import Flowchart, shipped_flowchart
from app.domain.radar_followup import storm_lines
from app.domain.replies import shipped_templates
from app.domain.report_text import format_minutes, month_label, month_names, percent, report_title, summary_lines
from app.domain.report_text import words as wording
from app.domain.report_words import _proper_nouns, _topic, count_words
from app.domain.writers import REPEAT_MINIMUM

# Re-exported: the report's callers import these from here.
__all__ = [
    "ANONYMISE_MODES",
    "CaseSummary",
    "MonthReport",
    "Pseudonyms",
    "ReportSource",
    "TrendPoint",
    "_topic",
    "anonymised",
    "build_report",
    "category_of",
    "clean_text",
    "format_minutes",
    "month_label",
    "month_names",
    "percent",
    "previous_months",
]

TREND_MONTHS = 6
WORD_SAMPLE = 3000


def category_of(label: str, outcome: str, flow: Flowchart | None = None) -> str:
    """The category for the report: from the outcome the owner reached (the flowchart's
    ``category``), else the assistant's label. The outcome says more than the assistant's guess."""
    return (flow or shipped_flowchart()).category_of(outcome, label)


def previous_months(month: str, count: int) -> list[str]:
    year, number = (int(x) for x in month.split("-"))
    result = []
    for _ in range(count):
        result.append(f"{year:04d}-{number:02d}")
        number -= 1
        if number == 0:
            year, number = year - 1, 12
    return list(reversed(result))


REPORT_MONTH_GRACE_DAYS = 7  # early in a month the owner reports on the month just ended


def default_report_month(today: date, months_with_cases: list[str]) -> str:
    """The month the report screen opens on: in the first week of a month the month just ended
    (when it has cases: that is the report an owner makes now), otherwise this month."""
    this_month = today.strftime("%Y-%m")
    last_month = previous_months(this_month, 2)[0]
    if today.day <= REPORT_MONTH_GRACE_DAYS and last_month in months_with_cases:
        return last_month
    return this_month


class ReportSource(Protocol):
    def totals(self, month: str) -> Any: ...
    def counts_by(self, column: str, month: str) -> dict[str, int]: ...
    def label_outcome_counts(self, month: str) -> dict[tuple[str, str], int]: ...
    def texts(self, month: str, limit: int) -> list[str]: ...
    def repeat_writers(self, month: str, negative_outcomes: set[str], minimum: int) -> list[tuple[str, int]]: ...
    def open_follow_ups(self, limit: int = 15) -> tuple[int, list[Case]]: ...
    def lessons(self, month: str, limit: int = 30) -> list[tuple[str, list[str], int]]: ...
    def notable(self, month: str, limit: int = 5) -> list[Case]: ...
    def authors(self) -> list[str]: ...


@dataclass(frozen=True)
class TrendPoint:
    month: str
    count: int
    median_minutes: float | None


@dataclass(frozen=True)
class CaseSummary:
    when: str
    platform: str
    author: str
    text: str
    outcome: str
    status: str
    reply: str
    follow_up: str | None = None


@dataclass
class MonthReport:
    month: str
    business: str
    anonymise: str
    count: int
    previous_count: int | None
    median_minutes: float | None
    within_hour: float | None  # share 0..1 of cases with a known reply time
    within_day: float | None
    timed: int
    by_category: list[tuple[str, int]]
    by_platform: list[tuple[str, int]]
    by_outcome: list[tuple[str, int]]
    by_status: list[tuple[str, int]]
    trend: list[TrendPoint]
    topics: list[tuple[str, int]]
    words: list[tuple[str, int]]
    sampled: int  # how many comments the topics and words are based on
    repeat_writers: list[tuple[str, int]]
    open_follow_ups: int
    follow_ups: list[CaseSummary]
    lessons: list[tuple[str, list[str]]]
    notable: list[CaseSummary]
    team: TeamFigures | None = None  # approval in a small team (None: the source does not keep it)
    storms: list[str] = field(default_factory=list)  # crisis waves and their follow-up (radar_followup)
    made_on: str = field(default_factory=lambda: date.today().isoformat())

    @property
    def title(self) -> str:
        return report_title(self.month)

    @property
    def empty(self) -> bool:
        return self.count == 0

    def summary(self) -> list[str]:
        """A few plain sentences for the top of the report (in the window's language)."""
        return summary_lines(self)


def _most_common(counts: Counter[str], n: int) -> list[tuple[str, int]]:
    """The ``n`` most frequent, equal counts in alphabetical order: the same list on every run."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def _summary(case: Case, flow: Flowchart, names: Pseudonyms) -> CaseSummary:
    outcome = flow.nodes.get(case.outcome or "")
    names.add_author(case.author)
    return CaseSummary(
        when=(case.received_at or "")[:10],
        platform=PLATFORMS.get(case.platform, case.platform),
        author=names.name(case.author),
        text=_scrubbed(case.text, names),
        outcome=outcome.title if outcome else "",
        status=flow.status_label(case.status),
        reply=_scrubbed(case.reply, names),
        follow_up=case.follow_up,
    )


def _scrubbed(text: str, names: Pseudonyms, limit: int = TEXT_LIMIT) -> str:
    """Scrub before cutting, so a name at the cut is still recognised whole."""
    return clean_text(names.scrub((text or "")[: limit * 2 + 200]), limit)


def build_report(
    source: ReportSource, month: str, business: str = "", anonymise: str = "namen", flow: Flowchart | None = None
) -> MonthReport:
    flow = flow or shipped_flowchart()
    authors = source.authors() if anonymise != "namen" and hasattr(source, "authors") else []
    names = Pseudonyms(anonymise, authors, keep=[business])  # the business's own name is no person
    totals = source.totals(month)
    earlier = previous_months(month, TREND_MONTHS)[:-1]
    trend = [TrendPoint(m, t.count, t.median_minutes) for m, t in ((m, source.totals(m)) for m in earlier)]
    trend.append(TrendPoint(month, totals.count, totals.median_minutes))
    previous = trend[-2].count if len(trend) > 1 else None

    def named(counts: dict[str, int], names_map: Mapping[str, str]) -> list[tuple[str, int]]:
        return [(names_map.get(k, k or wording()["unknown"]), v) for k, v in counts.items()]

    outcome_names = {n.id: n.title for n in flow.outcomes}
    status_names = {s.id: s.label for s in flow.statuses}
    texts = source.texts(month, WORD_SAMPLE) if totals.count else []
    complaint_topics = [t for t in shipped_templates().complaint_topics if t.id != "overig"]
    skip: set[str] = set()
    if anonymise != "namen":
        # No names in the word list: scrub every sampled text, and leave out capitalised (proper) nouns.
        texts = [names.scrub(text) for text in texts]
        skip = _proper_nouns(texts) | PLACEHOLDER_WORDS
    topics, words = count_words(texts, complaint_topics, skip)
    open_total, follow_ups = source.open_follow_ups()
    category_counts: Counter[str] = Counter()
    for (label, outcome), n in source.label_outcome_counts(month).items():
        category_counts[flow.category_of(outcome, label)] += n
    categories = dict(category_counts.most_common())
    timed = totals.timed
    return MonthReport(
        month=month,
        business=clean_text(business, 120),
        anonymise=anonymise,
        count=totals.count,
        previous_count=previous,
        median_minutes=totals.median_minutes,
        within_hour=totals.within_hour / timed if timed else None,
        within_day=totals.within_day / timed if timed else None,
        timed=timed,
        by_category=named(categories, {**CATEGORY_NAMES, "": wording()["other_category"]}),
        by_platform=named(source.counts_by("platform", month), PLATFORMS),
        by_outcome=named(source.counts_by("outcome", month), outcome_names),
        by_status=named(source.counts_by("status", month), status_names),
        trend=trend,
        topics=_most_common(topics, 8),
        words=_most_common(words, 15),
        sampled=len(texts),
        repeat_writers=[
            (names.name(a) or wording()["name_left_out"], n)
            for a, n in source.repeat_writers(month, set(flow.negative_outcomes), REPEAT_MINIMUM)
        ],
        open_follow_ups=open_total,
        follow_ups=[_summary(c, flow, names) for c in follow_ups],
        lessons=[(_scrubbed(t, names, 300), tags) for t, tags, _ in source.lessons(month)],
        notable=[_summary(c, flow, names) for c in source.notable(month)],
        team=team_figures_of(source, month),
        storms=storm_lines(getattr(source, "storms", lambda _month: [])(month)),
    )
