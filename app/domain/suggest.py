"""From an analysed comment to a full suggestion: path, outcome, advice, draft, checklist.

The assistant's suggestions are followed through the flowchart. Where the chart
says the assistant has no opinion ("can you answer this right away?"), the
profile decides: a question the profile or FAQ answers is answered directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain.drafting import Drafter
from app.domain.flowchart import Flowchart, Node, shipped_flowchart
from app.domain.profile import BusinessProfile


def auto_walk(
    flow: Flowchart, label: str, flags: tuple[str, ...], can_answer: bool
) -> tuple[list[tuple[str, str]], Node]:
    """The path the assistant would take, and where it ends."""
    node = flow.first_question
    path: list[tuple[str, str]] = []
    while node.is_question:
        answer = flow.suggest_answer(node.id, label, flags)
        if answer is None and node.id == "vraag_antwoord":
            answer = "ja" if can_answer else "nee"
        elif answer is None:
            answer = node.answers[-1].id  # the chart's most careful option: let it stand
        path.append((node.id, answer))
        node = flow.node(node.answer(answer).next)
    return path, node


def suggest(
    analysis: Mapping[str, Any],
    text: str,
    *,
    platform: str = "overig",
    author: str = "",
    profile: BusinessProfile | None = None,
    earlier_negative: int = 0,
    flow: Flowchart | None = None,
) -> dict[str, Any]:
    """Everything the CLI's ``suggest`` adds to a classification."""
    flow = flow or shipped_flowchart()
    profile = profile or BusinessProfile()
    drafter = Drafter(profile)
    flags = tuple(analysis.get("flags", ()))
    label = str(analysis["label"])
    path, outcome = auto_walk(flow, label, flags, drafter.knows_answer(text, author=author, platform=platform))
    draft = drafter.draft(
        outcome.id,
        text,
        author=author,
        platform=platform,
        details=analysis.get("details") or {},
        flags=flags,
        earlier_negative=earlier_negative,
    )
    optional = draft.optional
    warnings = list(draft.warnings)
    if outcome.id == "uitkomst_beledigend" and label == "klacht":
        # A threat inside a real complaint: the complaint still deserves a (private) answer.
        optional = drafter.draft(
            "uitkomst_herstel", text, author=author, platform="email", details=analysis.get("details") or {}
        ).text
        warnings.append(
            "Er zit ook een echte klacht in. Overweeg die persoonlijk op te pakken; het concept staat klaar."
        )
    respond = outcome.respond == "ja"
    return {
        "outcome": outcome.id,
        "outcome_title": outcome.title,
        "path": [f"{n}={a}" for n, a in path],
        "respond": respond,
        "advice": outcome.advice_for(flags),
        "draft": draft.text,
        "draft_short": draft.short,
        "draft_optional": optional,
        "slots": draft.slots,
        "checklist": [{"id": c.id, "label": c.label, "help": c.help} for c in flow.checklist] if draft.text else [],
        "warnings": warnings,
        "topic": draft.topic,
        "question_topic": draft.question_topic,
        "limit": draft.limit,
        "status": outcome.default_status,
    }
