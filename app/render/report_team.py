"""The monthly report's team section (HTML for the PDF): per person what they drafted, approved
and sent back this month, and how many replies wait for approval now."""

from __future__ import annotations

import html

from app.domain.approval import TeamFigures


def team_section(figures: TeamFigures | None, heading_style: str, cell_style: str) -> list[str]:
    """HTML parts for the report document; nothing when the team feature was not used."""
    if figures is None or figures.empty:
        return []
    parts = [f"<h2 style='{heading_style}'>Opstellen en goedkeuren</h2>"]
    waiting = (
        "Er wacht nu 1 antwoord op goedkeuring."
        if figures.waiting == 1
        else f"Er wachten nu {figures.waiting} antwoorden op goedkeuring."
    )
    parts.append(
        f"<p>{waiting} Wie wat deed deze maand, met de namen zoals ze op deze computer gekozen zijn "
        "(geen accounts: de namen zeggen wie het invulde, niet wie het echt was).</p>"
    )
    if not figures.people:
        return parts
    heads = ("Naam", "Opgesteld", "Goedgekeurd", "Teruggestuurd")
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
