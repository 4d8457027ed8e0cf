"""The monthly report's team section (HTML for the PDF): per person what they drafted, approved
and sent back this month, and how many replies wait for approval now."""

from __future__ import annotations

import html

from app.domain.approval import TeamFigures, waiting_sentence
from app.domain.report_text import words


def team_section(figures: TeamFigures | None, heading_style: str, cell_style: str) -> list[str]:
    """HTML parts for the report document; nothing when the team feature was not used."""
    if figures is None or figures.empty:
        return []
    team = words()["team"]
    parts = [f"<h2 style='{heading_style}'>{html.escape(team['heading'])}</h2>"]
    parts.append(f"<p>{html.escape(waiting_sentence(figures.waiting))} {html.escape(team['intro'])}</p>")
    if not figures.people:
        return parts
    heads = tuple(html.escape(team[key]) for key in ("name", "drafted", "approved", "sent_back"))
    parts.append("<table cellspacing='0' style='border-collapse:collapse'><tr>")
    parts.extend(
        f"<th align='{'left' if i == 0 else 'right'}' style='{cell_style}'>{head}</th>" for i, head in enumerate(heads)
    )
    parts.append("</tr>")
    for person in figures.people:
        cells = (html.escape(person.name), person.drafted, person.approved, person.sent_back)
        parts.append(
            "<tr>"
            + "".join(
                f"<td align='{'left' if i == 0 else 'right'}' style='{cell_style}'>{value}</td>"
                for i, value in enumerate(cells)
            )
            + "</tr>"
        )
    parts.append("</table>")
    return parts
