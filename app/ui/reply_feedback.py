"""A reply check (app/domain/reply_check.py) as feedback a trainee can act on: what is there, what is missing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.categories import PLATFORMS
from app.domain.reply_check import CheckResult, ReplyReport
from app.ui.trainee import bad_color, good_color
from app.ui.widgets import esc


def check_name(check: str) -> str:
    names = {
        "empathie": QCoreApplication.translate("ReplyFeedback", "Begrip voor de schrijver"),
        "kanaal": QCoreApplication.translate("ReplyFeedback", "Privé verder"),
        "geen_verwijt": QCoreApplication.translate("ReplyFeedback", "Geen verwijt"),
        "lengte": QCoreApplication.translate("ReplyFeedback", "Lengte"),
        "ondertekend": QCoreApplication.translate("ReplyFeedback", "Als mens ondertekend"),
        "toon": QCoreApplication.translate("ReplyFeedback", "Toon die bij het platform past"),
        "waardering": QCoreApplication.translate("ReplyFeedback", "Waardering"),
        "bron": QCoreApplication.translate("ReplyFeedback", "Bron bij de feiten"),
    }
    return names.get(check, check)


def _missing_text(result: CheckResult, platform: str) -> str:
    name = PLATFORMS.get(platform, platform)
    values = dict(result.values)
    if result.check == "lengte" and result.reason == "te_lang":
        return QCoreApplication.translate(
            "ReplyFeedback", "Te lang voor {platform}: {length} van de {limit} tekens. Schrap wat niet nodig is."
        ).format(platform=name, **values)
    if result.check == "lengte":
        return QCoreApplication.translate(
            "ReplyFeedback",
            "Te kort: {words} woorden. Een antwoord dat de schrijver serieus neemt, heeft er minstens {min} nodig.",
        ).format(**values)
    if result.check == "kanaal" and result.reason == "geen_dm_op_platform":
        return QCoreApplication.translate(
            "ReplyFeedback",
            "Op {platform} kan de schrijver je geen privébericht sturen ('{found}'): geef een mailadres of "
            "telefoonnummer.",
        ).format(platform=name, found=result.found)
    texts = {
        "empathie": QCoreApplication.translate(
            "ReplyFeedback",
            "Toon eerst begrip: laat merken dat je snapt waarom de schrijver baalt, en bied excuses aan waar "
            "iets misging.",
        ),
        "kanaal": QCoreApplication.translate(
            "ReplyFeedback", "Bied aan om privé verder te praten: per privébericht, mail of telefoon."
        ),
        "geen_verwijt": QCoreApplication.translate(
            "ReplyFeedback", "'{found}' legt de schuld bij de schrijver. Laat elk verwijt weg."
        ).format(found=result.found),
        "ondertekend": QCoreApplication.translate(
            "ReplyFeedback", "Sluit af met je voornaam: mensen praten liever met een mens dan met een bedrijf."
        ),
        "toon": QCoreApplication.translate(
            "ReplyFeedback", "'{found}' is briefstijl; op {platform} schrijf je zoals in een gesprek."
        ).format(found=result.found, platform=name),
        "waardering": QCoreApplication.translate(
            "ReplyFeedback", "Laat merken dat je blij bent met het bericht en bedank de schrijver."
        ),
        "bron": QCoreApplication.translate(
            "ReplyFeedback",
            "Zeg waar de feiten vandaan komen, bijvoorbeeld met een link naar je website of een officieel bericht.",
        ),
    }
    return texts.get(result.check, check_name(result.check))


def feedback_html(report: ReplyReport, platform: str) -> str:
    """A heading line and one list item per check: a mark, its name and, when missing, what to do."""
    good, bad = good_color(), bad_color()
    if not report.results:
        return ""
    passed = sum(r.passed for r in report.results)
    lines = []
    for result in report.results:
        if result.passed:
            lines.append(f"<li><span style='color:{good}'>✓</span> {esc(check_name(result.check))}</li>")
        else:
            lines.append(
                f"<li><span style='color:{bad}'>✗</span> <b>{esc(check_name(result.check))}</b>: "
                f"{esc(_missing_text(result, platform))}</li>"
            )
    title = QCoreApplication.translate(
        "ReplyFeedback", "Je antwoord haalt {passed} van de {total} punten waar een goed antwoord aan voldoet."
    ).format(passed=passed, total=len(report.results))
    return f"<p><b>{esc(title)}</b></p><ul>{''.join(lines)}</ul>"


def missing_sentences(report: ReplyReport, platform: str) -> list[str]:
    """What is missing, one sentence each (for tests and the screen reader summary)."""
    return [_missing_text(r, platform) for r in report.missing]
