"""Types shared by the wizard, cases, the store and the window: the assistant's prediction,
an answered step, the suggestion at a question, and the time stamp they carry. No Qt, no flowchart."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.domain.categories import CATEGORIES, FLAGS
from app.errors import ReageerwijzerError


def now_iso() -> str:
    """The current time as an ISO 8601 string in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class WizardError(ReageerwijzerError):
    """An impossible step in the wizard, or a session file that cannot be restored."""


@dataclass(frozen=True)
class Prediction:
    """What the assistant thinks of a comment."""

    label: str
    scores: Mapping[str, float]
    flags: tuple[str, ...] = ()
    model_version: str = ""
    explain: tuple[str, ...] = ()
    uncertain: bool = False  # the assistant is not sure: it offers its two best guesses, not one
    candidates: tuple[str, ...] = ()  # the most likely labels, best first

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "label": self.label,
            "scores": dict(self.scores),
            "flags": list(self.flags),
            "model_version": self.model_version,
            "explain": list(self.explain),
        }
        if self.uncertain:
            data["uncertain"] = True
            data["candidates"] = list(self.candidates)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Prediction:
        label = data.get("label")
        if label not in CATEGORIES:
            raise WizardError(f"onbekende categorie in voorspelling: {label!r}")
        flags = tuple(f for f in data.get("flags", []) if f in FLAGS)
        scores = {k: float(v) for k, v in dict(data.get("scores", {})).items() if k in CATEGORIES}
        candidates = tuple(c for c in data.get("candidates", []) if c in CATEGORIES)
        return cls(
            label,
            scores,
            flags,
            str(data.get("model_version", "")),
            tuple(data.get("explain", [])),
            uncertain=bool(data.get("uncertain", False)),
            candidates=candidates,
        )


@dataclass(frozen=True)
class Suggestion:
    """The assistant's suggestion at one question."""

    answer_id: str
    confidence: float | None
    reason: str  # "label" or the flag that decided it
    # When the assistant is unsure and its two best guesses lead to different answers here,
    # the other answer; the window then pre-selects nothing and shows both.
    alternative: str | None = None

    @property
    def uncertain(self) -> bool:
        return self.alternative is not None


@dataclass(frozen=True)
class Step:
    """One answered question."""

    node_id: str
    answer_id: str
    suggested: str | None = None
    answered_at: str = field(default_factory=now_iso)

    @property
    def against_suggestion(self) -> bool:
        return self.suggested is not None and self.suggested != self.answer_id
