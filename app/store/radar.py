"""The crisis radar's reads of the history: recent comments by time, their texts and lessons,
which writers wrote before, and which calmed waves the owner already followed up.

Everything here reads, except two settings: the waves the radar saw (:func:`remember_waves`, for
the monthly report) and the follow-ups the owner posted (:func:`mark_follow_up_done`). The time range runs on the
``received_at`` index (the covering report index holds every column :meth:`RadarQueries.rows_since`
needs), so a check costs the same for 100 or 100,000 cases.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from app.domain.flowchart import shipped_flowchart
from app.domain.profile import BusinessProfile
from app.domain.radar import Episode, RadarResult, RadarRow, TopicOf, assess, iso, parse_time
from app.domain.radar_data import FALLBACK_KIND, shipped_statements
from app.domain.radar_plan import ChecklistItem, checklist, follow_up_draft, statement_for
from app.domain.report_text import month_names
from app.errors import StoreError
from app.store.cases import CaseStore
from app.store.profile import load_profile

FOLLOW_UPS_KEY = "radar_opvolgingen"
WAVES_KEY = "radar_golven"  # every wave the radar saw: for the monthly report
DRAFTS_KEY = "radar_concepten"  # statements and follow-ups the owner edited, by wave: never lost on closing
MAX_WAVES = 500
_CHUNK = 500
MAX_SHOWN = 200  # comments shown with a verdict
FOLLOW_UP_SHOWN = 3  # calmed waves reminded of at a time (the latest)


class RadarQueries:
    """A :class:`app.domain.radar.RadarSource` over one history."""

    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self.db = store.db

    def rows_since(self, start: datetime) -> list[RadarRow]:
        """Comments posted (else received) from ``start`` on. A comment is received after it was
        posted, so the index range on ``received_at`` finds every one of them."""
        flow = shipped_flowchart()
        # From the day before: stored times may carry any zone (or none); the exact cut is made below.
        bound = (start - timedelta(days=1)).astimezone(UTC).date().isoformat()
        cursor = self.db.execute(
            "SELECT id, posted_at, received_at, author, outcome, label, flags FROM cases WHERE received_at >= ?",
            [bound],
        )
        rows = []
        for case_id, posted, received, author, outcome, label, flags in cursor:
            at = parse_time(posted) or parse_time(received)
            if at is None or at < start:
                continue
            rows.append(RadarRow(int(case_id), at, author or "", flow.is_negative(outcome, label), _flags(flags)))
        return rows

    def texts(self, ids: Sequence[int]) -> dict[int, str]:
        result: dict[int, str] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = ",".join("?" * len(chunk))
            for case_id, text in self.db.execute(f"SELECT id, text FROM cases WHERE id IN ({marks})", chunk):
                result[int(case_id)] = text or ""
        return result

    def comments(self, ids: Sequence[int]) -> list[ShownComment]:
        """The comments themselves, newest first, for showing what is going on."""
        shown: list[ShownComment] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT id, coalesce(posted_at, received_at), author, platform, text FROM cases WHERE id IN ({marks})",
                chunk,
            )
            shown += [
                ShownComment(int(i), when or "", author or "", platform or "", text or "")
                for i, when, author, platform, text in rows
            ]
        return sorted(shown, key=lambda c: (parse_time(c.when) or datetime.min.replace(tzinfo=UTC), c.id), reverse=True)

    def known_authors(self, authors: Iterable[str], before: datetime) -> set[str]:
        """Which of ``authors`` (lower case) wrote a comment before ``before`` (posted, else received)."""
        wanted = sorted({a.strip().lower() for a in authors if a.strip()})
        bound = before.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
        known: set[str] = set()
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT DISTINCT lower(author) FROM cases WHERE author COLLATE NOCASE IN ({marks}) "
                "AND coalesce(posted_at, received_at) < ?",
                [*chunk, bound],
            )
            known.update(row[0] for row in rows)
        return known

    def done_follow_ups(self) -> set[str]:
        value = self.store.get_setting(FOLLOW_UPS_KEY, [])
        return {str(v) for v in value} if isinstance(value, list) else set()

    def lessons(self, ids: Sequence[int]) -> list[str]:
        """The lessons written for these cases, oldest first, without repeats."""
        found: dict[str, None] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = ",".join("?" * len(chunk))
            for (text,) in self.db.execute(
                f"SELECT text FROM lessons WHERE case_id IN ({marks}) ORDER BY created_at, id", chunk
            ):
                if text and text.strip():
                    found.setdefault(text.strip(), None)
        return list(found)

    def replies(self, ids: Sequence[int]) -> list[tuple[str, str]]:
        """(status, reply) of these cases, for what was done."""
        result: list[tuple[str, str]] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = ",".join("?" * len(chunk))
            result += [
                (status or "", reply or "")
                for status, reply in self.db.execute(
                    f"SELECT status, reply FROM cases WHERE id IN ({marks}) ORDER BY id", chunk
                )
            ]
        return result


def remember_waves(store: CaseStore, episodes: Sequence[Episode]) -> None:
    """Keep the waves the radar saw (a wave grows while it lasts: the latest view wins)."""
    stored = store.get_setting(WAVES_KEY, {})
    waves: dict[str, Any] = dict(stored) if isinstance(stored, dict) else {}
    changed = False
    for episode in episodes:
        data = episode.to_dict()
        if waves.get(episode.id) != data:
            waves[episode.id] = data
            changed = True
    if changed:
        newest = sorted(waves.items(), key=lambda item: str(item[1].get("since", "")))[-MAX_WAVES:]
        store.set_setting(WAVES_KEY, dict(newest))


def waves_in_month(db: Database, month: str) -> list[dict[str, Any]]:
    """The remembered waves that began in ``month`` ('YYYY-MM'), oldest first, each with
    ``followed_up`` (the owner marked the follow-up as posted)."""
    values = {}
    for key, value in db.execute("SELECT key, value FROM settings WHERE key IN (?, ?)", [WAVES_KEY, FOLLOW_UPS_KEY]):
        try:
            values[key] = json.loads(value)
        except (TypeError, json.JSONDecodeError):
            continue
    waves = values.get(WAVES_KEY)
    done = values.get(FOLLOW_UPS_KEY)
    done_ids = {str(d) for d in done} if isinstance(done, list) else set()
    if not isinstance(waves, dict):
        return []
    found = [
        {**wave, "followed_up": wave_id in done_ids}
        for wave_id, wave in waves.items()
        if isinstance(wave, dict) and str(wave.get("since", "")).startswith(month)
    ]
    return sorted(found, key=lambda w: str(w.get("since", "")))


def drafts(store: CaseStore) -> dict[str, str]:
    value = store.get_setting(DRAFTS_KEY, {})
    return {str(k): v for k, v in value.items() if isinstance(v, str)} if isinstance(value, dict) else {}


def save_draft(store: CaseStore, key: str, text: str) -> None:
    """Keep the owner's edited statement or follow-up for a wave ('' removes it)."""
    kept = drafts(store)
    if text.strip():
        kept[key] = text
    else:
        kept.pop(key, None)
    store.set_setting(DRAFTS_KEY, dict(sorted(kept.items())[-MAX_WAVES:]))


def mark_follow_up_done(store: CaseStore, episode_id: str) -> None:
    """Remember that the owner followed up on a calmed wave (no more reminders for it)."""
    done = RadarQueries(store).done_follow_ups()
    done.add(episode_id)
    store.set_setting(FOLLOW_UPS_KEY, sorted(done))


def _flags(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    try:
        flags = json.loads(value)
    except json.JSONDecodeError:
        return ()
    return tuple(str(f) for f in flags) if isinstance(flags, list) else ()


@dataclass(frozen=True)
class ShownComment:
    id: int
    when: str
    author: str
    platform: str
    text: str


@dataclass(frozen=True)
class FollowUp:
    """A calmed wave and the follow-up post drafted for it."""

    episode: Episode
    draft: str  # the owner's edited version when there is one, else the generated one
    generated: str

    @property
    def key(self) -> str:
        return f"opvolging:{self.episode.id}"

    def to_dict(self) -> dict[str, Any]:
        return {**self.episode.to_dict(), "draft": self.draft}


@dataclass(frozen=True)
class RadarReport:
    """Everything the CLI and the window show: the verdict, and when it is not calm the holding
    statement, the checklist and the pause advice; drafts for calmed waves."""

    result: RadarResult
    statement: str  # the owner's edited version for this wave when there is one, else ``generated``
    generated: str  # the holding statement filled in from the plan or the default
    statement_key: str  # where an edited version is kept (save_draft)
    profile: BusinessProfile
    kind: str
    checklist: tuple[ChecklistItem, ...]
    pause: str
    follow_ups: tuple[FollowUp, ...]
    comments: tuple[ShownComment, ...]  # the involved comments, newest first, for showing them
    pause_message: str  # a transparent message for switching comments off, in the business's tone

    def to_dict(self) -> dict[str, Any]:
        data = self.result.to_dict()
        data["follow_up"] = [f.to_dict() for f in self.follow_ups]
        if self.result.alarming:
            data["kind"] = self.kind
            data["statement"] = self.statement
            data["checklist"] = [{"role": c.task, "who": c.who, "step": c.text} for c in self.checklist]
            data["pause"] = self.pause
            data["pause_message"] = self.pause_message
        return data


def check(store: CaseStore, now: datetime, topic_of: TopicOf) -> RadarReport:
    """The radar over this history at ``now``, with the owner's plan filled in. It writes only to
    remember the waves it found (for the monthly report)."""
    queries = RadarQueries(store)
    result = assess(queries, now, topic_of)
    if not store.read_only:  # viewing a newer version's history: the verdict counts, nothing is kept
        with contextlib.suppress(StoreError):
            remember_waves(store, result.episodes)
    profile = load_profile(store)
    statements = shipped_statements()
    kind = result.episode.kind if result.episode else FALLBACK_KIND
    topic = result.episode.topic if result.episode else ""
    kept = drafts(store)
    follow_ups = []
    for episode in result.follow_ups[-FOLLOW_UP_SHOWN:]:
        text = _follow_up_text(queries, episode, profile)
        follow_ups.append(FollowUp(episode, kept.get(f"opvolging:{episode.id}", text), text))
    generated = statement_for(kind, topic, profile, profile.plan, statements)
    key = f"verklaring:{result.episode.id}" if result.episode else f"verklaring:{iso(result.since or now)[:10]}"
    return RadarReport(
        result,
        kept.get(key, generated),
        generated,
        key,
        profile,
        kind,
        tuple(checklist(profile.plan, statements)),
        statements.pause,
        tuple(follow_ups),
        tuple(queries.comments(result.cases[-MAX_SHOWN:])),
        _pause_message(profile) if result.alarming else "",
    )


def _pause_message(profile: BusinessProfile) -> str:
    from app.domain.drafting import Drafter  # only when the radar alarms: the report reads waves without it

    return Drafter(profile).pause_message()


def _follow_up_text(queries: RadarQueries, episode: Episode, profile: BusinessProfile) -> str:
    replies = queries.replies(list(episode.cases))
    answered = sum(1 for status, reply in replies if reply.strip() or status == "beantwoord")
    we = "we hebben" if profile.voice == "wij" else "ik heb"
    done = []
    if answered:
        done.append(f"{we.capitalize()} {answered} van de {len(replies)} reacties persoonlijk beantwoord.")
    return follow_up_draft(
        episode.topic,
        f"Van {_day(episode.since)} tot {_day(episode.until)}"
        if _day(episode.since) != _day(episode.until)
        else f"Op {_day(episode.since)}",
        len(episode.cases),
        done,
        queries.lessons(list(episode.cases)),
        profile,
    )


def _day(moment: datetime) -> str:
    return f"{moment.day} {month_names('nl')[moment.month - 1]}"  # in a Dutch draft, whatever the window's language
