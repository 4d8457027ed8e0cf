"""Approval in a small team: who drafted a reply, who approved it or sent it back, and every later
change to a saved reply. No Qt, no SQL.

Names are chosen on this machine (the last one is remembered); they are not accounts and prove
nothing: anyone at the keyboard can pick any name. What they give a small team is a record of who
said they did what, and when. Which statuses mean "waiting for approval" and "sent back" is data
(``goedkeuring`` in the flowchart's statuses); after approval a case gets its outcome's
``default_status``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.case import Case, CaseError
from app.domain.flowchart import APPROVAL_SENT_BACK, APPROVAL_WAITING, Flowchart
from app.domain.replies import open_slots
from app.domain.shared import now_iso

# What happened to a case (the ``kind`` of a team event).
EVENT_SUBMITTED = "ingediend"
EVENT_APPROVED = "goedgekeurd"
EVENT_SENT_BACK = "teruggestuurd"
EVENT_KINDS = (EVENT_SUBMITTED, EVENT_APPROVED, EVENT_SENT_BACK)
# The history's settings that remember names on this machine.
PERSON_SETTING = "team.person"
PEOPLE_SETTING = "team.people"
MAX_NAME = 60
MAX_COMMENT = 2000
MAX_PEOPLE = 30


class ApprovalError(CaseError):
    """An approval step that cannot be taken as asked."""


@dataclass(frozen=True)
class TeamEvent:
    """One step of the approval: submitted, approved or sent back (with a comment)."""

    kind: str
    by: str
    at: str = field(default_factory=now_iso)
    comment: str = ""
    case_id: int | None = None


@dataclass(frozen=True)
class ReplyRevision:
    """A saved reply as it was before someone changed it, with who changed it and when."""

    previous: str
    by: str
    at: str = field(default_factory=now_iso)
    case_id: int | None = None


@dataclass(frozen=True)
class Before:
    """What the history held for a case before a save."""

    status: str
    reply: str
    finished: bool  # saved as handled (not an unfinished wizard walk)


def clean_name(name: str) -> str:
    """A person's name as typed, tidied: one line, no control characters, at most MAX_NAME long."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in name or "").split())
    if not text:
        raise ApprovalError("kies of typ eerst je naam (een naam op deze computer, geen account)")
    if len(text) > MAX_NAME:
        raise ApprovalError(f"een naam is hoogstens {MAX_NAME} tekens")
    return text


def remembered(people: list[str], name: str) -> list[str]:
    """The names used on this machine, the latest first, without doubles (case-insensitive)."""
    rest = [p for p in people if isinstance(p, str) and p.strip() and p.casefold() != name.casefold()]
    return [name, *rest][:MAX_PEOPLE]


def is_waiting(case: Case, flow: Flowchart) -> bool:
    return flow.approval_role(case.status) == APPROVAL_WAITING


def is_sent_back(case: Case, flow: Flowchart) -> bool:
    return flow.approval_role(case.status) == APPROVAL_SENT_BACK


def on_save(
    case: Case, before: Before | None, by: str, flow: Flowchart
) -> tuple[list[TeamEvent], ReplyRevision | None]:
    """What saving ``case`` over ``before`` records, and the case made ready for it.

    Entering the waiting status records who submitted it (``by``, else who drafted it before);
    such a case has not been handled yet (its reply time runs until approval). A changed reply of
    a case that was saved as handled keeps the previous text as a revision by ``by``.
    """
    now = now_iso()
    events: list[TeamEvent] = []
    if is_waiting(case, flow) and (before is None or flow.approval_role(before.status) != APPROVAL_WAITING):
        case.drafted_by = by or case.drafted_by
        case.approved_by = ""
        case.approved_at = None
        case.handled_at = None
        events.append(TeamEvent(EVENT_SUBMITTED, case.drafted_by, now))
    revision = None
    if before is not None and before.finished and before.reply != case.reply:
        revision = ReplyRevision(before.reply, by, now)
    return events, revision


def submit(case: Case, flow: Flowchart) -> None:
    """Put a handled case up for approval (again, e.g. after it was sent back)."""
    if case.session is not None or case.outcome not in flow.nodes:
        raise ApprovalError(f"zaak {case.id} is nog niet afgerond; maak hem eerst af in de wizard")
    if is_waiting(case, flow):
        raise ApprovalError(f"zaak {case.id} wacht al op goedkeuring")
    case.status = flow.approval_status(APPROVAL_WAITING)


def _must_wait(case: Case, flow: Flowchart) -> None:
    if not is_waiting(case, flow):
        raise ApprovalError(
            f"zaak {case.id} wacht niet op goedkeuring (status: {flow.status_label(case.status).lower()})"
        )


def approve(case: Case, by: str, flow: Flowchart) -> TeamEvent:
    """Approve a waiting reply: the case gets its outcome's default status and counts as handled now."""
    name = clean_name(by)
    _must_wait(case, flow)
    if case.drafted_by and case.drafted_by.casefold() == name.casefold():
        raise ApprovalError(f"{name} stelde dit antwoord zelf op; laat een collega het goedkeuren")
    outcome = flow.nodes.get(case.outcome or "")
    if outcome is None or not outcome.is_outcome:
        raise ApprovalError(f"zaak {case.id} heeft geen uitkomst en kan niet worden goedgekeurd")
    slots = open_slots(case.reply)
    if slots:
        raise ApprovalError(f"het antwoord heeft nog {len(slots)} open plek(ken) [vul in: …]; vul die eerst in")
    now = now_iso()
    case.status = outcome.default_status
    case.approved_by = name
    case.approved_at = now
    case.handled_at = now
    return TeamEvent(EVENT_APPROVED, name, now)


def send_back(case: Case, by: str, comment: str, flow: Flowchart) -> TeamEvent:
    """Send a waiting reply back to whoever drafted it, with what should change."""
    name = clean_name(by)
    _must_wait(case, flow)
    text = (comment or "").strip()
    if not text:
        raise ApprovalError("schrijf erbij wat er anders moet, dan weet de opsteller waarom")
    if len(text) > MAX_COMMENT:
        raise ApprovalError(f"een opmerking is hoogstens {MAX_COMMENT} tekens")
    case.status = flow.approval_status(APPROVAL_SENT_BACK)
    return TeamEvent(EVENT_SENT_BACK, name, now_iso(), text)


@dataclass(frozen=True)
class PersonFigures:
    name: str
    drafted: int = 0
    approved: int = 0
    sent_back: int = 0


@dataclass(frozen=True)
class TeamFigures:
    """The report's team section: per person what they submitted, approved and sent back in the
    month (by the moment it happened), and how many replies wait for approval now."""

    people: tuple[PersonFigures, ...] = ()
    waiting: int = 0

    @property
    def empty(self) -> bool:
        return not self.people and not self.waiting


def team_figures(counts: dict[tuple[str, str], int], waiting: int) -> TeamFigures:
    """From (person, event kind) → count to figures per person, most active first."""
    names: dict[str, str] = {}
    for person, _kind in counts:
        names.setdefault(person.casefold(), person)
    people = []
    for key, name in names.items():

        def total(kind: str, key: str = key) -> int:
            return sum(n for (p, k), n in counts.items() if p.casefold() == key and k == kind)

        people.append(PersonFigures(name, total(EVENT_SUBMITTED), total(EVENT_APPROVED), total(EVENT_SENT_BACK)))
    people.sort(key=lambda p: (-(p.drafted + p.approved + p.sent_back), p.name.casefold()))
    return TeamFigures(tuple(people), waiting)


def team_figures_of(source: object, month: str) -> TeamFigures | None:
    """The report source's team figures for ``month``, if it keeps them (``team_figures``)."""
    figures = getattr(source, "team_figures", None)
    return figures(month) if callable(figures) else None


def team_summary(figures: TeamFigures | None) -> list[str]:
    """Sentences for the report's summary (empty when the team feature is not used)."""
    if figures is None or figures.empty:
        return []
    if figures.waiting == 1:
        return ["Er wacht nu 1 antwoord op goedkeuring."]
    if figures.waiting:
        return [f"Er wachten nu {figures.waiting} antwoorden op goedkeuring."]
    return ["Er wachten nu geen antwoorden op goedkeuring."]
