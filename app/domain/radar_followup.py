"""Following up after the storm, in the monthly report: the waves of a month and whether the
owner already posted what happened, what was done and what changes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.domain.i18n import translated
from app.domain.radar import parse_time
from app.domain.report_text import month_names, words


def _day(value: Any) -> str:
    moment = parse_time(value if isinstance(value, str) else None)
    return f"{moment.day} {month_names()[moment.month - 1]}" if moment else "?"


def storm_lines(waves: Sequence[Mapping[str, Any]]) -> list[str]:
    """One sentence per wave (as the radar remembered it), with the reminder when no follow-up was
    posted; in the report's language (resources/i18n/<language>/report.toml, [storms])."""
    texts = words()["storms"]
    lines = []
    for wave in waves:
        count = len(wave.get("cases") or [])
        topic = translated("radar.toml", str(wave.get("topic") or "")) or texts["one_topic"]
        line = texts["wave"].format(day=_day(wave.get("since")), count=count, topic=topic)
        line += " " + (texts["followed_up"] if wave.get("followed_up") else texts["follow_up"])
        lines.append(line)
    return lines
