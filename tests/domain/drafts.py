"""One way for the drafting tests to ask for a draft: the real Drafter with the real topic finder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.domain.drafting import Draft, Drafter
from app.domain.profile import BusinessProfile
from app.domain.suggest import suggest
from app.nlp.details import extract
from app.nlp.topics import analyse_topics
from tests.benchmarks.draft_expectations import questions_of


def draft(profile: BusinessProfile, outcome: str, text: str, platform: str = "facebook", author: str = "Lies") -> Draft:
    """The draft the wizard would make for this comment, outcome, platform and author."""
    return Drafter(profile, analyser=analyse_topics).draft(outcome, text, author=author, platform=platform)


def draft_text(
    profile: BusinessProfile, outcome: str, text: str, platform: str = "facebook", author: str = "Lies"
) -> str:
    """The text of that draft; fails the test when the outcome gets no draft at all."""
    made = draft(profile, outcome, text, platform=platform, author=author)
    assert made.text is not None, f"no draft for {outcome}"
    return made.text


def suggested(
    profile: BusinessProfile,
    text: str,
    label: str = "vraag",
    platform: str = "facebook",
    author: str = "",
    flags: Sequence[str] = (),
) -> str:
    """The draft the assistant suggests for a comment with this label, as the wizard and the rounds ask for it.

    The analysis is built as the draft benchmark builds it (details and questions found in the text); an
    outcome without a main draft gives "".
    """
    analysis: dict[str, Any] = {
        "label": label,
        "flags": list(flags),
        "scores": {},
        "details": extract(text).to_dict(),
        "questions": questions_of(text),
    }
    out = suggest(analysis, text, platform=platform, author=author, profile=profile, analyser=analyse_topics)
    return str(out["draft"] or "")
