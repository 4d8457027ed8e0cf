"""The headless wizard engine: walk the flowchart for one comment.

A :class:`WizardSession` holds the comment, the assistant's prediction (if any),
and the answers given so far. It can go forward and back, tells which answer the
assistant suggests at the current question, records when the user overrules
that suggestion, and serialises to JSON so an unfinished case can be resumed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from app.domain.categories import FLAGS, PLATFORMS
from app.domain.flowchart import Flowchart, Node
from app.domain.shared import Prediction, Step, Suggestion, WizardError, now_iso

# Re-exported: these lived here before app.domain.shared; imports from app.domain.wizard keep working.
__all__ = [
    "Comment",
    "Prediction",
    "ProposedStep",
    "Step",
    "Suggestion",
    "WizardError",
    "WizardSession",
    "now_iso",
]

SESSION_FORMAT = 1


@dataclass
class Comment:
    """The comment as entered at the intake."""

    text: str
    platform: str = "overig"
    author: str = ""
    posted_at: str | None = None
    link: str = ""

    def __post_init__(self) -> None:
        if self.platform not in PLATFORMS:
            raise WizardError(f"onbekend platform '{self.platform}' (kies uit {', '.join(PLATFORMS)})")


@dataclass(frozen=True)
class ProposedStep:
    """One question on the path the assistant proposes.

    ``answer_id`` is the answer that stands (the user's choice, else the assistant's sure
    suggestion); ``None`` where the assistant is unsure or has no opinion: the walk stops there.
    """

    node: Node
    suggestion: Suggestion | None
    answer_id: str | None
    chosen_by_user: bool = False

    @property
    def open(self) -> bool:
        return self.answer_id is None


class WizardSession:
    """One walk through the flowchart for one comment."""

    def __init__(self, flow: Flowchart, comment: Comment, prediction: Prediction | None = None) -> None:
        self.flow = flow
        self.comment = comment
        self.prediction = prediction
        self.steps: list[Step] = []
        self.started_at = now_iso()
        self.owner_flags: tuple[str, ...] = ()  # flags the owner added at the outcome (a threat the assistant missed)

    # -- where are we

    @property
    def current(self) -> Node:
        """The current question, or the outcome once the walk is finished."""
        node = self.flow.first_question
        for step in self.steps:
            node = self.flow.node(node.answer(step.answer_id).next)
        return node

    @property
    def finished(self) -> bool:
        return self.current.is_outcome

    @property
    def outcome(self) -> Node | None:
        node = self.current
        return node if node.is_outcome else None

    @property
    def path(self) -> list[Step]:
        return list(self.steps)

    @property
    def visited_node_ids(self) -> list[str]:
        """Node ids along the way, including the current node (for the flowchart map)."""
        return [s.node_id for s in self.steps] + [self.current.id]

    def flags(self) -> tuple[str, ...]:
        """The assistant's flags and those the owner added (the owner's word counts as much)."""
        found = self.prediction.flags if self.prediction else ()
        return (*found, *(f for f in self.owner_flags if f not in found))

    def set_owner_flags(self, flags: Iterable[str]) -> None:
        unknown = sorted(set(flags) - set(FLAGS))
        if unknown:
            raise WizardError(f"onbekende vlag '{unknown[0]}' (kies uit {', '.join(FLAGS)})")
        self.owner_flags = tuple(f for f in FLAGS if f in set(flags))

    def advice(self) -> list[str]:
        outcome = self.outcome
        return outcome.advice_for(self.flags()) if outcome else []

    # -- the assistant

    def suggestion(self, node_id: str | None = None) -> Suggestion | None:
        """What the assistant suggests at a question (the current one by default)."""
        if self.prediction is None:
            return None
        node = self.flow.node(node_id) if node_id else self.current
        if not node.is_question:
            return None
        answer_id = self.flow.suggest_answer(node.id, self.prediction.label, self.prediction.flags)
        if answer_id is None:
            return None
        answer = node.answer(answer_id)
        decided_by_flag = next((f for f in answer.flags if f in self.prediction.flags), None)
        if decided_by_flag:
            return Suggestion(answer_id, None, decided_by_flag)
        confidence = sum(self.prediction.scores.get(label, 0.0) for label in answer.labels)
        alternative = None
        if self.prediction.uncertain:
            for other in self.prediction.candidates:
                other_id = self.flow.suggest_answer(node.id, other, self.prediction.flags)
                if other_id is not None and other_id != answer_id:
                    alternative = other_id
                    break
        return Suggestion(answer_id, min(1.0, confidence), "label", alternative)

    def propose(self, chosen: Mapping[str, str] | None = None) -> tuple[list[ProposedStep], Node | None]:
        """The whole path the assistant proposes, from the first question.

        ``chosen`` maps question ids to answers the user picked (they win over the assistant).
        The walk stops at the first question without a choice where the assistant is unsure or
        has no opinion; the outcome is then ``None``.
        """
        chosen = chosen or {}
        steps: list[ProposedStep] = []
        node = self.flow.first_question
        while node.is_question:
            suggestion = self.suggestion(node.id)
            picked = chosen.get(node.id)
            if picked is not None and picked not in {a.id for a in node.answers}:
                picked = None
            answer_id = picked
            if answer_id is None and suggestion is not None and not suggestion.uncertain:
                answer_id = suggestion.answer_id
            steps.append(ProposedStep(node, suggestion, answer_id, picked is not None))
            if answer_id is None:
                return steps, None
            node = self.flow.node(node.answer(answer_id).next)
        return steps, node

    def follow(self, steps: list[ProposedStep]) -> Node:
        """Walk a complete proposed path from the first question (replacing the answers so far)."""
        if not steps or any(s.open for s in steps):
            raise WizardError("het voorgestelde pad is nog niet compleet; kies eerst een antwoord")
        self.steps = []
        for step in steps:
            assert step.answer_id is not None
            self.answer(step.answer_id)
        return self.current

    # -- moving

    def answer(self, answer_id: str) -> Node:
        """Answer the current question; returns the next node."""
        node = self.current
        if not node.is_question:
            raise WizardError("het schema is al doorlopen; ga eerst terug om iets te veranderen")
        try:
            node.answer(answer_id)
        except KeyError:
            options = ", ".join(a.id for a in node.answers)
            raise WizardError(f"'{answer_id}' is geen antwoord op vraag '{node.id}' (kies uit {options})") from None
        suggestion = self.suggestion()
        self.steps.append(Step(node.id, answer_id, suggestion.answer_id if suggestion else None))
        return self.current

    def back(self) -> Node:
        """Undo the last answer; at the first question this does nothing."""
        if self.steps:
            self.steps.pop()
        return self.current

    def at_start(self) -> bool:
        return not self.steps

    # -- persistence

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": SESSION_FORMAT,
            "flow_version": self.flow.version,
            "started_at": self.started_at,
            "comment": asdict(self.comment),
            "prediction": self.prediction.to_dict() if self.prediction else None,
            "steps": [asdict(s) for s in self.steps],
            "owner_flags": list(self.owner_flags),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, flow: Flowchart, data: Mapping[str, Any]) -> WizardSession:
        """Restore a session; steps that no longer fit the flowchart are dropped from there on."""
        if not isinstance(data, Mapping) or data.get("format") != SESSION_FORMAT:
            raise WizardError("dit is geen bewaarde sessie van Reageerwijzer")
        try:
            comment = Comment(**dict(data["comment"]))
        except (KeyError, TypeError) as exc:
            raise WizardError(f"bewaarde sessie zonder geldige reactie ({exc})") from None
        prediction = Prediction.from_dict(data["prediction"]) if data.get("prediction") else None
        session = cls(flow, comment, prediction)
        session.started_at = str(data.get("started_at") or session.started_at)
        owner = data.get("owner_flags")
        session.owner_flags = tuple(f for f in FLAGS if isinstance(owner, list) and f in owner)
        for raw in data.get("steps", []):
            node = session.current
            if not node.is_question or raw.get("node_id") != node.id:
                break
            try:
                node.answer(raw.get("answer_id", ""))
            except KeyError:
                break
            session.steps.append(
                Step(node.id, raw["answer_id"], raw.get("suggested"), str(raw.get("answered_at") or now_iso()))
            )
        return session

    @classmethod
    def from_json(cls, flow: Flowchart, text: str) -> WizardSession:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, TypeError):
            raise WizardError("de bewaarde sessie is beschadigd (geen geldige JSON)") from None
        return cls.from_dict(flow, data)
