"""The report's words: month names, percentages, durations and the summary sentences.

The texts are in resources/i18n/<language>/report.toml (Dutch the reference); every function
speaks the window's language unless given another (the CLI's ``report --lang``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.domain.approval import team_summary
from app.domain.i18n import content_language, table

if TYPE_CHECKING:
    from app.domain.report import MonthReport


def words(language: str | None = None) -> Any:
    """The report's texts (report.toml) in the given language or the window's."""
    return table("report", language or content_language())


def month_names(language: str | None = None) -> tuple[str, ...]:
    return tuple(words(language)["months"])


def month_label(month: str, language: str | None = None) -> str:
    year, number = month.split("-")
    w = words(language)
    return str(w["month"]).format(name=w["months"][int(number) - 1], year=year)


def report_title(month: str, language: str | None = None) -> str:
    return str(words(language)["title"]).format(month=month_label(month, language))


def percent(share: float, language: str | None = None) -> str:
    return str(words(language)["percent"]).format(n=round(share * 100))


def decimal(value: float, language: str | None = None) -> str:
    """One decimal, with the language's decimal separator."""
    return f"{value:.1f}".replace(".", str(words(language)["decimal_separator"]))


def format_minutes(minutes: float, language: str | None = None) -> str:
    w = words(language)
    if minutes < 60:
        n = max(1, round(minutes))
        return str(w["minute_one"]) if n == 1 else str(w["minutes"]).format(n=n)
    if minutes < 48 * 60:
        return str(w["hours"]).format(n=decimal(minutes / 60, language))
    return str(w["days"]).format(n=round(minutes / 1440))


def short_duration(minutes: float | None, language: str | None = None) -> str:
    """A response time in a table cell: "35 min", "1,2 u" (or "1.2 h"), "3 d"; "" when unknown."""
    if minutes is None:
        return ""
    w = words(language)
    if minutes < 60:
        return str(w["minutes_short"]).format(n=f"{minutes:.0f}")
    if minutes < 48 * 60:
        return str(w["hours_short"]).format(n=decimal(minutes / 60, language))
    return str(w["days_short"]).format(n=f"{minutes / 1440:.0f}")


def summary_lines(report: MonthReport, language: str | None = None) -> list[str]:
    """A few plain sentences for the top of the report."""
    s = words(language)["summary"]
    month = month_label(report.month, language)
    if report.empty:
        return [s["empty"].format(month=month), s["empty_hint"]]
    first = [(s["received_one"] if report.count == 1 else s["received"]).format(month=month, count=report.count)]
    if report.previous_count is not None:
        diff = report.count - report.previous_count
        if report.previous_count == 0:
            first.append(s["previous_none"])
        elif diff > 0:
            first.append(s["previous_more"].format(diff=diff, previous=report.previous_count))
        elif diff < 0:
            first.append(s["previous_less"].format(diff=-diff, previous=report.previous_count))
        else:
            first.append(s["previous_same"])
    lines = [" ".join(first)]
    if report.median_minutes is not None and report.within_hour is not None and report.within_day is not None:
        lines.append(
            s["speed"].format(
                median=format_minutes(report.median_minutes, language),
                hour=percent(report.within_hour, language),
                day=percent(report.within_day, language),
            )
        )
    unknown = report.count - report.timed
    if unknown:
        lines.append(
            f"Bij {unknown} van de {report.count} reacties is niet bekend wanneer ze geplaatst zijn; "
            "die tellen niet mee voor de reactietijd."
        )
    if report.by_category:
        top, n = report.by_category[0]
        lines.append(s["top"].format(category=top, count=n))
    if report.open_follow_ups == 1:
        lines.append(s["follow_up_one"])
    elif report.open_follow_ups:
        lines.append(s["follow_ups"].format(count=report.open_follow_ups))
    lines += team_summary(report.team)
    lines += report.storms  # crisis waves and the reminder to follow up (app/domain/radar_followup.py)
    return [str(line) for line in lines]
