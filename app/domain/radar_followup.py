"""Following up after the storm, in the monthly report: the waves of a month and whether the
owner already posted what happened, what was done and what changes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.domain.radar import parse_time
from app.domain.report_text import MONTH_NAMES


def _day(value: Any) -> str:
    moment = parse_time(value if isinstance(value, str) else None)
    return f"{moment.day} {MONTH_NAMES[moment.month - 1]}" if moment else "?"


def storm_lines(waves: Sequence[Mapping[str, Any]]) -> list[str]:
    """One sentence per wave (as the radar remembered it), with the reminder when no follow-up was posted."""
    lines = []
    for wave in waves:
        count = len(wave.get("cases") or [])
        topic = str(wave.get("topic") or "één onderwerp")
        line = f"Op {_day(wave.get('since'))} kwam er een golf van {count} negatieve reacties over {topic}."
        if wave.get("followed_up"):
            line += " Daarover is een opvolgbericht geplaatst."
        else:
            line += (
                " Plaats een opvolgbericht: wat er gebeurde, wat je hebt gedaan en wat er verandert "
                "(Reageerwijzer maakt een concept in de crisisradar)."
            )
        lines.append(line)
    return lines
