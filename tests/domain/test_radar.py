"""The crisis radar's verdict, driven by a fixed 'now' (a fake clock) over in-memory histories."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

import pytest

from app.domain.case import Case
from app.domain.flowchart import shipped_flowchart
from app.domain.radar import RadarRow, assess, parse_time
from app.domain.radar_data import shipped_radar
from app.nlp.topics import analyse_topics
from tests.radar_fixture import BURST_TEXTS, NOW, burst, comment, scattered_month

FLOW = shipped_flowchart()


class FakeSource:
    """The RadarSource over a list of cases (ids by position), as app/store/radar.py gives it."""

    def __init__(self, cases: list[Case]) -> None:
        self.cases = {i + 1: c for i, c in enumerate(cases)}
        self.done: set[str] = set()

    def _at(self, case: Case) -> datetime:
        moment = parse_time(case.posted_at) or parse_time(case.received_at)
        assert moment is not None
        return moment

    def rows_since(self, start: datetime) -> list[RadarRow]:
        return [
            RadarRow(i, self._at(c), c.author, c.is_negative, c.prediction.flags if c.prediction else ())
            for i, c in self.cases.items()
            if self._at(c) >= start
        ]

    def texts(self, ids: Sequence[int]) -> dict[int, str]:
        return {i: self.cases[i].text for i in ids}

    def known_authors(self, authors: Iterable[str], before: datetime) -> set[str]:
        wanted = {a.lower() for a in authors}
        return {c.author.lower() for c in self.cases.values() if c.author.lower() in wanted and self._at(c) < before}

    def done_follow_ups(self) -> set[str]:
        return self.done


def radar(cases: list[Case], now: datetime = NOW, source: FakeSource | None = None):
    return assess(source or FakeSource(cases), now, analyse_topics)


def test_eight_sick_customers_within_80_minutes_is_a_crisis_about_the_kipsalade() -> None:
    result = radar(burst(minutes=80))
    assert result.level in ("verhoogd", "crisis")
    assert result.level == "crisis"  # about health: crisis already at five (radar.toml)
    assert result.episode is not None
    assert result.episode.topic == "de kipsalade"
    assert result.episode.kind == "voedselveiligheid"
    assert set(result.cases) >= set(range(1, 9))
    assert result.since == NOW - timedelta(minutes=80)
    assert any("kipsalade" in reason and "80 minuten" in reason for reason in result.reasons)
    data = result.to_dict()
    assert (
        data["level"] == "crisis" and data["topic"] == "de kipsalade" and data["since"].startswith("2026-03-14T11:40")
    )


def test_a_month_of_scattered_ordinary_complaints_is_calm() -> None:
    result = radar(scattered_month())
    assert result.level == "rustig"
    assert result.reasons == [] and result.cases == [] and result.since is None
    assert result.follow_ups == ()


def test_the_burst_stands_out_against_a_normal_month() -> None:
    result = radar(scattered_month() + burst())
    assert result.level == "crisis"
    rules = {s.rule: s.level for s in result.signals}
    assert rules["burst"] == "crisis" and rules["rate"] != "rustig"


def test_the_same_eight_spread_over_four_days_are_separate_complaints() -> None:
    spread = [comment(c.text, NOW - timedelta(hours=13 * i), author=c.author) for i, c in enumerate(burst())]
    assert radar(scattered_month() + spread).level == "rustig"


def test_a_delivery_burst_gets_the_delivery_kind() -> None:
    texts = [
        "Mijn bestelling is weer niet bezorgd, waar blijft het pakket?",
        "Al drie dagen wachten op de levering van mijn bestelling.",
        "Pakket niet geleverd en niemand neemt op.",
        "Bestelling kwijt, bezorging is echt een ramp bij jullie.",
        "Waarom is mijn bestelling nog steeds niet bezorgd?",
    ]
    cases = [comment(t, NOW - timedelta(minutes=20 * i), author=f"K{i}") for i, t in enumerate(texts)]
    result = radar(scattered_month() + cases)
    assert result.level == "verhoogd"
    assert result.episode is not None and result.episode.kind == "levering"


@pytest.mark.parametrize(("threats", "level"), [(0, "rustig"), (1, "verhoogd"), (3, "crisis")])
def test_threats_raise_the_level(threats: int, level: str) -> None:
    cases = scattered_month() + [
        comment(
            f"Ik weet waar je woont, pas maar op ({i}).",
            NOW - timedelta(hours=i + 1),
            "beledigend",
            f"B{i}",
            ("bedreiging",),
        )
        for i in range(threats)
    ]
    result = radar(cases)
    assert result.level == level
    if threats:
        assert any("bedreiging" in r for r in result.reasons)


def test_an_old_threat_no_longer_counts() -> None:
    old = comment("Ik sla je winkel kort en klein.", NOW - timedelta(days=4), "beledigend", "X", ("bedreiging",))
    assert radar([*scattered_month(), old]).level == "rustig"


def _bombing(known: bool) -> list[Case]:
    month = scattered_month()
    texts = [
        "Slechtste zaak ooit.",
        "Nooit meer.",
        "Waardeloos.",
        "Afzetters!",
        "Echt slecht.",
        "Nul sterren.",
        "Vreselijk.",
    ]
    writers = [f"Nieuwe{i}" for i in range(len(texts))]
    if known:
        month += [comment("Lekker brood", NOW - timedelta(days=20), "positief", w) for w in writers]
    return month + [comment(t, NOW - timedelta(minutes=25 * i), "beledigend", writers[i]) for i, t in enumerate(texts)]


def test_many_new_writers_at_once_is_review_bombing() -> None:
    result = radar(_bombing(known=False))
    bombing = next(s for s in result.signals if s.rule == "bombing")
    assert bombing.level == "verhoogd"
    assert len(bombing.cases) == 7
    assert result.level != "rustig"
    assert any("review bombing" in r for r in result.reasons)


def test_the_same_number_of_known_writers_is_not_bombing() -> None:
    result = radar(_bombing(known=True))
    assert next(s for s in result.signals if s.rule == "bombing").level == "rustig"


def test_a_jump_against_the_own_rate_without_one_topic() -> None:
    quiet = [comment("Jammer.", NOW - timedelta(days=3 * d + 2), author="Vaste") for d in range(9)]
    texts = ["Slecht geholpen.", "Niet tevreden.", "Jammer dit.", "Valt tegen.", "Teleurgesteld.", "Nooit weer."]
    jump = [comment(t, NOW - timedelta(hours=3 * i), author="Vaste") for i, t in enumerate(texts)]
    result = radar(quiet + jump)
    rate = next(s for s in result.signals if s.rule == "rate")
    assert rate.level == "verhoogd" and result.level == "verhoogd"
    assert result.episode is None and result.to_dict()["topic"] is None
    assert "6 negatieve reacties in de laatste 24 uur" in result.reasons[0]
    more = jump + [comment(t, NOW - timedelta(hours=3 * i + 1), author="Vaste") for i, t in enumerate(texts)]
    assert radar(quiet + more).level == "crisis"
    assert radar(quiet + jump[:4]).level == "rustig"  # four: under the minimum, however quiet it was


def test_comments_after_now_are_not_seen() -> None:
    assert radar(burst(end=NOW + timedelta(hours=5))).level == "rustig"


def test_a_crisis_cools_to_raised_when_it_goes_quiet_and_asks_for_a_follow_up_later() -> None:
    cases = scattered_month() + burst()
    assert radar(cases, NOW + timedelta(hours=4)).level == "verhoogd"
    later = radar(cases, NOW + timedelta(days=2))
    assert later.level == "rustig"
    assert len(later.follow_ups) == 1
    episode = later.follow_ups[0]
    assert episode.topic == "de kipsalade" and len(episode.cases) == 8
    source = FakeSource(cases)
    source.done.add(episode.id)
    assert radar(cases, NOW + timedelta(days=2), source).follow_ups == ()


def test_thresholds_come_from_the_data_file() -> None:
    config = shipped_radar()
    assert config.burst.crisis == 8 and config.burst.window_minutes >= 80
    four = burst()[:4]
    assert radar(four).level == "verhoogd"  # safety: burst.verhoogd = 4 ...
    assert radar(burst()[:3]).level == "rustig"


def test_only_comments_that_can_form_a_burst_are_analysed() -> None:
    seen: list[str] = []

    def counting(text: str):
        seen.append(text)
        return analyse_topics(text)

    assess(FakeSource(scattered_month()), NOW, counting)
    assert seen == []  # a normal month needs no topic analysis at all
    assess(FakeSource(scattered_month() + burst()), NOW, counting)
    assert set(BURST_TEXTS) <= set(seen) and len(seen) <= 10  # the burst, and what fell within it
