"""One way for the drafting tests to ask for a draft: the real Drafter with the real topic finder."""

from __future__ import annotations

from app.domain.drafting import Draft, Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics


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
