"""The report's words: month names, percentages, durations and the summary sentences (Dutch)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.approval import team_summary
from app.domain.words import MONTH_NAMES as MONTH_NAMES  # noqa: PLC0414 - re-exported: report.py imports it from here

if TYPE_CHECKING:
    from app.domain.report import MonthReport


def month_label(month: str) -> str:
    year, number = month.split("-")
    return f"{MONTH_NAMES[int(number) - 1]} {year}"


def percent(share: float) -> str:
    return f"{round(share * 100)} %"


def format_minutes(minutes: float) -> str:
    if minutes < 60:
        return f"{max(1, round(minutes))} minuten"
    if minutes < 48 * 60:
        hours = minutes / 60
        return f"{hours:.1f} uur".replace(".", ",")
    return f"{round(minutes / 1440)} dagen"


def summary_lines(report: MonthReport) -> list[str]:
    """A few plain Dutch sentences for the top of the report."""
    if report.empty:
        return [
            f"In {month_label(report.month)} zijn er geen reacties in Reageerwijzer vastgelegd.",
            "Rustige maand, of nog niet alles ingevoerd? "
            "Reacties die je afhandelt met de wizard verschijnen hier vanzelf.",
        ]
    lines = [f"In {month_label(report.month)} kwamen er {report.count} reacties binnen."]
    if report.previous_count is not None:
        diff = report.count - report.previous_count
        if report.previous_count == 0:
            lines[0] += " De maand ervoor waren er geen."
        elif diff > 0:
            lines[0] += f" Dat is {diff} meer dan de maand ervoor ({report.previous_count})."
        elif diff < 0:
            lines[0] += f" Dat is {-diff} minder dan de maand ervoor ({report.previous_count})."
        else:
            lines[0] += " Evenveel als de maand ervoor."
    if report.median_minutes is not None and report.within_hour is not None and report.within_day is not None:
        lines.append(
            f"De helft kreeg binnen {format_minutes(report.median_minutes)} antwoord; "
            f"{percent(report.within_hour)} binnen het uur en {percent(report.within_day)} binnen een dag. "
            "Op sociale media verwachten mensen een antwoord binnen het uur, de meesten in elk geval dezelfde dag."
        )
    unknown = report.count - report.timed
    if unknown:
        lines.append(
            f"Bij {unknown} van de {report.count} reacties is niet bekend wanneer ze geplaatst zijn; "
            "die tellen niet mee voor de reactietijd."
        )
    if report.by_category:
        top, n = report.by_category[0]
        lines.append(f"Het vaakst ging het om: {top} ({n}×).")
    if report.open_follow_ups == 1:
        lines.append("Er staat nog 1 opvolging open.")
    elif report.open_follow_ups:
        lines.append(f"Er staan nog {report.open_follow_ups} opvolgingen open.")
    lines += team_summary(report.team)
    lines += report.storms  # crisis waves and the reminder to follow up (app/domain/radar_followup.py)
    return lines
