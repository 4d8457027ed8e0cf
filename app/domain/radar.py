"""The crisis radar: is this more than a few separate complaints?

:func:`assess` reads the recent history through a :class:`RadarSource` (app/store/radar.py) and
weighs four signals, each with thresholds from resources/radar.toml: a burst of negative comments
about one topic or incident, a jump against the shop's own normal rate, threats, and many new
writers at once (review bombing). The highest level wins. Episodes (waves about one topic) that
have calmed down are returned too, so the owner can be reminded to follow up.

Time comes in as ``now``; nothing here reads the clock, so tests drive it with fixed times.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from app.domain.radar_data import FALLBACK_KIND, RadarConfig, shipped_radar
from app.domain.topics import TopicAnalysis

LEVELS = ("rustig", "verhoogd", "crisis")
MAX_ANALYSED = 1500  # at most this many comments get a topic analysis per check (the latest ones)
THREAT_FLAG = "bedreiging"


@dataclass(frozen=True)
class RadarRow:
    """One comment as the radar sees it: when, who, negative or not, its flags."""

    id: int
    at: datetime  # posted, else received; aware (UTC when the history gave no zone)
    author: str
    negative: bool
    flags: tuple[str, ...] = ()


class RadarSource(Protocol):
    def rows_since(self, start: datetime) -> list[RadarRow]: ...
    def texts(self, ids: Sequence[int]) -> dict[int, str]: ...
    def known_authors(self, authors: Iterable[str], before: datetime) -> set[str]: ...
    def done_follow_ups(self) -> set[str]: ...


TopicOf = Callable[[str], TopicAnalysis]


@dataclass(frozen=True)
class Episode:
    """A wave of negative comments about one topic."""

    kind: str  # incident kind id (radar.toml)
    topic: str  # what it is about, as people wrote it ('kipsalade'), else the kind's title
    cases: tuple[int, ...]
    since: datetime
    until: datetime
    peak: int  # most comments within one burst window
    level: str

    @property
    def id(self) -> str:
        return f"{self.kind}@{iso(self.since)}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "topic": self.topic,
            "cases": list(self.cases),
            "since": iso(self.since),
            "until": iso(self.until),
            "peak": self.peak,
        }


@dataclass(frozen=True)
class Signal:
    rule: str  # burst, rate, threats, bombing
    level: str
    reason: str
    cases: tuple[int, ...]


@dataclass(frozen=True)
class RadarResult:
    level: str
    now: datetime
    signals: tuple[Signal, ...] = ()
    episode: Episode | None = None  # the active wave that drives the level, if any
    follow_ups: tuple[Episode, ...] = ()  # calmed waves still waiting for a follow-up post
    since: datetime | None = None
    episodes: tuple[Episode, ...] = ()  # every wave in the lookback period, calm or not

    @property
    def reasons(self) -> list[str]:
        return [s.reason for s in self.signals if s.level != "rustig"]

    @property
    def cases(self) -> list[int]:
        seen: dict[int, None] = {}
        for signal in self.signals:
            if signal.level != "rustig":
                seen.update(dict.fromkeys(signal.cases))
        return sorted(seen)

    @property
    def alarming(self) -> bool:
        return self.level != "rustig"

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "reasons": self.reasons,
            "topic": self.episode.topic if self.episode else None,
            "kind": self.episode.kind if self.episode else None,
            "cases": self.cases,
            "since": iso(self.since) if self.since else None,
            "now": iso(self.now),
            "signals": [
                {"rule": s.rule, "level": s.level, "reason": s.reason, "cases": list(s.cases)} for s in self.signals
            ],
            "follow_up": [e.to_dict() for e in self.follow_ups],
        }


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def parse_time(value: str | None) -> datetime | None:
    """An aware datetime from an ISO string (no zone given: UTC); None when empty or invalid."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def higher(a: str, b: str) -> str:
    return a if LEVELS.index(a) >= LEVELS.index(b) else b


def _level(count: float, verhoogd: float, crisis: float) -> str:
    if count >= crisis:
        return "crisis"
    return "verhoogd" if count >= verhoogd else "rustig"


# ---------------------------------------------------------------- topics


def kind_of(analysis: TopicAnalysis, text: str, config: RadarConfig) -> str:
    """The incident kind of one comment: the first kind whose topic, concept or word matches."""
    words = {w.strip(".,!?;:()\"'").lower() for w in text.split()}
    concepts = {*analysis.safety, *analysis.problems, analysis.concept or ""}
    for kind in config.kinds:
        if (analysis.topic and analysis.topic in kind.topics) or concepts & kind.concepts or words & kind.words:
            return kind.id
    return FALLBACK_KIND


def subject_of(analysis: TopicAnalysis) -> str:
    """What the comment names as the thing it is about ('kipsalade'), else its concept."""
    if analysis.products:
        return analysis.products[0].definite
    return analysis.concept or analysis.topic or ""


def _group(
    rows: Sequence[RadarRow], source: RadarSource, topic_of: TopicOf, config: RadarConfig
) -> dict[str, list[tuple[RadarRow, str]]]:
    """Negative rows grouped by incident kind (with each row's subject); 'algemeen' by subject."""
    texts = source.texts([r.id for r in rows])
    groups: dict[str, list[tuple[RadarRow, str]]] = {}
    for row in rows:
        text = texts.get(row.id, "")
        analysis = topic_of(text)
        kind, subject = kind_of(analysis, text, config), subject_of(analysis)
        if kind == FALLBACK_KIND and not subject:
            continue  # about nothing we can name: the rate signal still counts it
        key = kind if kind != FALLBACK_KIND else f"{kind}:{subject}"
        groups.setdefault(key, []).append((row, subject))
    return groups


# ---------------------------------------------------------------- episodes


def dense(rows: Sequence[RadarRow], window: timedelta, minimum: int) -> list[RadarRow]:
    """The rows that can belong to a burst: at least ``minimum`` rows (any topic) lie within
    ``window`` of them. Only these need a topic analysis; a normal month drops out here."""
    rows = sorted(rows, key=lambda r: r.at)
    kept, low, high = [], 0, 0
    for row in rows:
        while rows[low].at < row.at - window:
            low += 1
        while high < len(rows) and rows[high].at <= row.at + window:
            high += 1
        if high - low >= minimum:
            kept.append(row)
    return kept[-MAX_ANALYSED:]


def _peak(times: Sequence[datetime], window: timedelta) -> int:
    best, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] > window:
            start += 1
        best = max(best, end - start + 1)
    return best


def _runs(items: list[tuple[RadarRow, str]], gap: timedelta) -> list[list[tuple[RadarRow, str]]]:
    items = sorted(items, key=lambda item: item[0].at)
    runs: list[list[tuple[RadarRow, str]]] = []
    for item in items:
        if runs and item[0].at - runs[-1][-1][0].at <= gap:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def find_episodes(
    groups: dict[str, list[tuple[RadarRow, str]]], config: RadarConfig, *, shift: bool = True
) -> list[Episode]:
    """Waves: runs of one group's comments without long gaps, whose busiest window reaches 'verhoogd'."""
    burst, window = config.burst, timedelta(minutes=config.burst.window_minutes)
    episodes = []
    for key, items in groups.items():
        kind = config.kind(key.split(":", 1)[0])
        for run in _runs(items, timedelta(hours=config.episode.gap_hours)):
            peak = _peak([row.at for row, _ in run], window)
            crisis = min(burst.crisis, burst.safety_crisis) if kind.safety else burst.crisis
            level = _level(peak, burst.verhoogd, crisis)
            if level == "rustig":
                continue
            subjects = Counter(subject for _, subject in run if subject)
            topic = subjects.most_common(1)[0][0] if subjects else kind.title
            rows = [row for row, _ in run]
            episodes.append(Episode(kind.id, topic, tuple(r.id for r in rows), rows[0].at, rows[-1].at, peak, level))
    return sorted(episodes, key=lambda e: e.since)


# ---------------------------------------------------------------- signals


def _burst_signal(episode: Episode, now: datetime, config: RadarConfig) -> Signal:
    span = max(1, round((episode.until - episode.since).total_seconds() / 60))
    level = episode.level
    quiet = now - episode.until
    if level == "crisis" and quiet > timedelta(minutes=config.burst.window_minutes):
        level = "verhoogd"  # no new comments for a while: still watch, no longer the peak
    reason = (
        f"{_reactions(len(episode.cases))} over {episode.topic} "
        f"({config.kind(episode.kind).title}) binnen {_duration(span)}"
    )
    if quiet > timedelta(minutes=config.burst.window_minutes):
        reason += f"; de laatste {_duration(round(quiet.total_seconds() / 60))} geleden"
    return Signal("burst", level, reason + ".", episode.cases)


def _reactions(count: int) -> str:
    return f"{count} negatieve {'reactie' if count == 1 else 'reacties'}"


def _duration(minutes: int) -> str:
    if minutes < 120:
        return f"{minutes} minuten"
    hours = minutes / 60
    return f"{hours:.0f} uur" if hours < 48 else f"{hours / 24:.0f} dagen"


def _rate_signal(rows: Sequence[RadarRow], now: datetime, config: RadarConfig) -> Signal:
    rate = config.rate
    window_start = now - timedelta(hours=rate.window_hours)
    base_start = window_start - timedelta(days=rate.baseline_days)
    recent = [r for r in rows if r.negative and r.at > window_start]
    earlier = [r for r in rows if r.negative and base_start <= r.at <= window_start]
    oldest = min((r.at for r in rows), default=window_start)
    covered = max(1.0, min(rate.baseline_days, (window_start - max(oldest, base_start)).total_seconds() / 86400))
    normal = max(rate.minimum_daily, len(earlier) / covered) * rate.window_hours / 24
    factor = len(recent) / normal
    level = "rustig"
    if len(recent) >= rate.crisis_count and factor >= rate.crisis_factor:
        level = "crisis"
    elif len(recent) >= rate.verhoogd_count and factor >= rate.verhoogd_factor:
        level = "verhoogd"
    reason = (
        f"{_reactions(len(recent))} in de laatste {rate.window_hours} uur, "
        f"{factor:.1f} keer zoveel als normaal (normaal: {normal:.1f})."
    ).replace(".", ",", 2)
    return Signal("rate", level, reason, tuple(r.id for r in recent))


def _threat_signal(rows: Sequence[RadarRow], now: datetime, config: RadarConfig) -> Signal:
    start = now - timedelta(hours=config.threats.window_hours)
    threats = [r for r in rows if THREAT_FLAG in r.flags and r.at > start]
    level = _level(len(threats), config.threats.verhoogd, config.threats.crisis)
    word = "bedreiging" if len(threats) == 1 else "bedreigingen"
    reason = f"{len(threats)} {word} in de laatste {config.threats.window_hours} uur: meld ze bij het platform."
    return Signal("threats", level, reason, tuple(r.id for r in threats))


def _bombing_signal(rows: Sequence[RadarRow], now: datetime, source: RadarSource, config: RadarConfig) -> Signal:
    bombing = config.bombing
    start = now - timedelta(hours=bombing.window_hours)
    recent = [r for r in rows if r.negative and r.at > start and r.author.strip()]
    writers = {r.author.strip().lower() for r in recent}
    known = source.known_authors(writers, start) if writers else set()
    new = writers - known
    share = len(new) / len(writers) if writers else 0.0
    level = _level(len(new), bombing.verhoogd, bombing.crisis) if share >= bombing.new_share else "rustig"
    reason = (
        f"{len(new)} van de {len(writers)} negatieve schrijvers in {bombing.window_hours} uur schreven nooit eerder: "
        "kijk of het echte klanten zijn of een gerichte actie (review bombing)."
    )
    return Signal("bombing", level, reason, tuple(r.id for r in recent if r.author.strip().lower() in new))


# ---------------------------------------------------------------- the whole


def assess(source: RadarSource, now: datetime, topic_of: TopicOf, config: RadarConfig | None = None) -> RadarResult:
    """The radar's verdict at ``now`` over the history in ``source``."""
    config = config or shipped_radar()
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    days = max(config.rate.baseline_days + config.rate.window_hours / 24, config.episode.lookback_days)
    rows = [r for r in source.rows_since(now - timedelta(days=days)) if r.at <= now]
    lookback = now - timedelta(days=config.episode.lookback_days)
    negatives = [r for r in rows if r.negative and r.at >= lookback]
    window = timedelta(minutes=config.burst.window_minutes)
    candidates = dense(negatives, window, min(config.burst.verhoogd, config.burst.safety_crisis))
    episodes = find_episodes(_group(candidates, source, topic_of, config), config)
    calm = timedelta(hours=config.episode.calm_hours)
    active = [e for e in episodes if now - e.until < calm]
    done = source.done_follow_ups()
    follow_ups = tuple(e for e in episodes if now - e.until >= calm and e.id not in done)
    signals = [_burst_signal(e, now, config) for e in active]
    signals += [
        _rate_signal(rows, now, config),
        _threat_signal(rows, now, config),
        _bombing_signal(rows, now, source, config),
    ]
    level = "rustig"
    for signal in signals:
        level = higher(signal.level, level)
    signals.sort(key=lambda s: -LEVELS.index(s.level))
    main = max(active, key=lambda e: (LEVELS.index(e.level), e.until), default=None)
    involved = {r.id: r.at for r in rows}
    moments = [involved[c] for s in signals if s.level != "rustig" for c in s.cases if c in involved]
    since = min(moments) if moments and level != "rustig" else None
    return RadarResult(level, now, tuple(signals), main, follow_ups, since, tuple(episodes))
