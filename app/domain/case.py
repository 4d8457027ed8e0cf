"""A handled comment (a case) and the lessons learned from it. No storage here."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from app.domain.categories import PLATFORMS
from app.domain.flowchart import Flowchart, shipped_flowchart
from app.domain.shared import Prediction, Step, now_iso
from app.domain.wizard import WizardSession
from app.errors import ReageerwijzerError


def _with_owner_flags(prediction: Prediction | None, flags: tuple[str, ...]) -> Prediction | None:
    """The prediction as saved: with the flags the owner added at the outcome, so the history,
    report and export show a threat or hate the assistant missed. (Without a prediction, e.g.
    when the assistant did not load, there is no row field for them.)"""
    if prediction is None or tuple(prediction.flags) == flags:
        return prediction
    return replace(prediction, flags=flags)


class CaseError(ReageerwijzerError):
    """A case that cannot be saved as given."""


@dataclass
class Lesson:
    text: str
    tags: list[str] = field(default_factory=list)
    id: int | None = None
    case_id: int | None = None
    created_at: str = field(default_factory=now_iso)


@dataclass
class Case:
    text: str
    platform: str = "overig"
    author: str = ""
    link: str = ""
    posted_at: str | None = None
    received_at: str = field(default_factory=now_iso)
    handled_at: str | None = None
    prediction: Prediction | None = None
    path: list[Step] = field(default_factory=list)
    outcome: str | None = None
    reply: str = ""
    status: str = "open"
    follow_up: str | None = None
    session: dict[str, Any] | None = None
    lessons: list[Lesson] = field(default_factory=list)
    drafted_by: str = ""  # who saved it for approval (a name chosen on this machine, not an account)
    approved_by: str = ""  # who approved it last
    approved_at: str | None = None
    revisions: int = 0  # earlier versions of the reply the history keeps (read from it, never written)
    id: int | None = None
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)

    def validate(self) -> None:
        if not isinstance(self.text, str) or not self.text.strip():
            raise CaseError("een zaak heeft de tekst van de reactie nodig")
        if self.platform not in PLATFORMS:
            raise CaseError(f"onbekend platform '{self.platform}'")
        statuses = shipped_flowchart().status_ids
        if self.status not in statuses:
            raise CaseError(f"onbekende status '{self.status}' (kies uit {', '.join(statuses)})")
        for name in ("posted_at", "received_at", "handled_at", "follow_up", "approved_at"):
            value = getattr(self, name)
            if value:
                try:
                    datetime.fromisoformat(value)
                except (TypeError, ValueError):
                    raise CaseError(f"'{name}' is geen geldige datum: {value!r}") from None

    @property
    def is_negative(self) -> bool:
        """Negative by the flowchart's outcome (without an outcome yet: by the assistant's label)."""
        return self.negative_in(shipped_flowchart())

    def negative_in(self, flow: Flowchart) -> bool:
        return flow.is_negative(self.outcome, self.prediction.label if self.prediction else None)

    @property
    def reply_minutes(self) -> float | None:
        """Minutes from posting (or receiving) to handling, if both are known."""
        start = self.posted_at or self.received_at
        if not (start and self.handled_at):
            return None
        try:
            delta = datetime.fromisoformat(self.handled_at) - datetime.fromisoformat(start)
        except (TypeError, ValueError):
            return None
        return max(0.0, delta.total_seconds() / 60)

    @classmethod
    def from_session(cls, wizard: WizardSession, **fields: Any) -> Case:
        """A case from a wizard walk (finished or not); ``fields`` override what it gives."""
        session = wizard
        comment = session.comment
        outcome = session.outcome
        case = cls(
            text=comment.text,
            platform=comment.platform,
            author=comment.author,
            link=comment.link,
            posted_at=comment.posted_at,
            prediction=_with_owner_flags(session.prediction, session.flags()),
            path=session.path,
            outcome=outcome.id if outcome else None,
            status=outcome.default_status if outcome else "open",
            session=None if outcome else session.to_dict(),
        )
        for key, value in fields.items():
            setattr(case, key, value)
        return case
