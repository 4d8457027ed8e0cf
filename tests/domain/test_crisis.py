from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.crisis import ACTIONS, CrisisRun, load_scenario, load_scenarios
from app.errors import DataFileError

SCENARIO = """schema = 1
id = "proef"
title = "Proef"
business = "bakkerij"
incident = "De oven viel uit."
minutes = 10
debrief = ["Erken snel.", "Zet geruchten recht."]

[[messages]]
at = 0
platform = "facebook"
author = "A"
text = "Mijn taart is niet klaar!"
label = "klacht"
action = "erkennen"
priority = 1
why = "Eerste klacht."

[[messages]]
at = 1.5
platform = "x"
author = "B"
text = "Ze gaan failliet hoor ik"
label = "onwaarheid"
action = "rechtzetten"
priority = 1
why = "Gerucht."

[[messages]]
at = 4
platform = "instagram"
author = "C"
text = "haha oven kaputt"
label = "grap_satire"
action = "laten_gaan"
priority = 3
why = "Grapje."
"""


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance_minutes(self, minutes: float, speed: float) -> None:
        self.t += minutes * 60 / speed


@pytest.fixture
def scenario(tmp_path: Path):
    path = tmp_path / "proef.toml"
    path.write_text(SCENARIO, encoding="utf-8")
    return load_scenario(path)


def test_messages_arrive_on_the_simulated_clock(scenario) -> None:
    clock = FakeClock()
    run = CrisisRun(scenario, clock, speed=6)
    run.start()
    assert [m.author for m in run.arrived()] == ["A"]
    clock.advance_minutes(2, 6)
    assert [m.author for m in run.pending()] == ["A", "B"]
    with pytest.raises(ValueError, match="nog niet binnen"):
        run.handle(2, "laten_gaan")


def test_fast_and_right_scores_full_slow_or_wrong_less(scenario) -> None:
    clock = FakeClock()
    run = CrisisRun(scenario, clock, speed=6)
    run.start()
    run.handle(0, "erkennen")
    clock.advance_minutes(2, 6)
    run.handle(1, "rechtzetten")
    clock.advance_minutes(3, 6)
    run.handle(2, "laten_gaan")
    assert run.finished and run.score().score == 100

    clock2 = FakeClock()
    slow = CrisisRun(scenario, clock2, speed=6)
    slow.start()
    clock2.advance_minutes(4.5, 6)  # 4.5 min late for a priority-1 complaint with a 3-min target
    slow.handle(0, "erkennen")
    slow.handle(1, "beantwoorden")  # wrong action
    slow.handle(2, "laten_gaan")
    score = slow.score()
    assert score.correct == 2 and score.handled == 3
    # complaint: 3 × (0.7 + 0.3 × 0.5) = 2.55; rumour 0; joke 1 × 1.0 = 1 → 3.55 / 7
    assert score.score == round(100 * 3.55 / 7)


def test_unhandled_messages_are_missed_when_time_runs_out(scenario) -> None:
    clock = FakeClock()
    run = CrisisRun(scenario, clock, speed=6)
    run.start()
    run.handle(0, "erkennen")
    clock.advance_minutes(11, 6)
    assert run.finished
    score = run.score()
    assert [m.author for m in score.missed] == ["B", "C"]
    assert score.score == round(100 * 3 / 7)


def test_bad_scenarios_are_refused(tmp_path: Path) -> None:
    for old, new, fragment in [
        ('action = "laten_gaan"', 'action = "wegkijken"', "onbekende actie"),
        ("at = 4", "at = 1", "oplopen"),
        ("priority = 3", "priority = 5", "priority"),
        ('id = "proef"', 'id = "anders"', "bestandsnaam"),
    ]:
        path = tmp_path / "proef.toml"
        path.write_text(SCENARIO.replace(old, new), encoding="utf-8")
        with pytest.raises(DataFileError, match=fragment):
            load_scenario(path)


def test_shipped_scenarios() -> None:
    scenarios = load_scenarios()
    assert len(scenarios) >= 2
    for scenario in scenarios:
        actions = {m.action for m in scenario.messages}
        assert {"erkennen", "rechtzetten", "bedanken"} <= actions <= set(ACTIONS)
        assert any(m.priority == 1 for m in scenario.messages)


def test_scenario_schema_errors_name_message_and_field(tmp_path: Path) -> None:
    from typing import get_args

    from app.domain.crisis import ACTIONS, Action

    assert set(get_args(Action)) == set(ACTIONS)
    for old, new, fragment in [
        ("priority = 3", 'priority = "hoog"', "'priority' moet 1, 2 of 3 zijn"),
        ('action = "laten_gaan"', 'acton = "laten_gaan"', "veld 'action' ontbreekt"),
        ('title = "', 'titel = "', "kop: veld 'title' ontbreekt"),
        ("minutes = ", "minuten = 5\nminutes_x = ", "kop: veld 'minutes' ontbreekt"),
    ]:
        path = tmp_path / "proef.toml"
        path.write_text(SCENARIO.replace(old, new, 1), encoding="utf-8")
        with pytest.raises(DataFileError) as info:
            load_scenario(path)
        assert str(info.value).startswith(str(path)) and fragment in str(info.value)


def test_action_names_come_from_the_data_in_the_window_language() -> None:
    from app.domain.i18n import content_language_as

    assert ACTIONS["melden"].startswith("Melden bij het platform")
    with content_language_as("en"):
        assert ACTIONS["melden"].startswith("Report to the platform")
    assert list(ACTIONS) == ["erkennen", "rechtzetten", "beantwoorden", "bedanken", "laten_gaan", "melden"]
