"""The last touch of a draft's words for its reader: 'je man' to a family answered with 'jullie' (a husband
is one writer's, resources/jullie.toml eigen_partner) and Flemish words for a Flemish business
(resources/flemish.toml: 'Spijtig dat ...', not 'Balen dat ...'), and business words on a business platform
(resources/formal.toml: 'Vervelend dat ...' on LinkedIn)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.domain.draft_flemish import flemish_business, flemish_words
from app.domain.draft_formal import formal_words
from app.domain.draft_text import Part
from app.domain.plural_you import shipped_plural
from app.domain.profile import BusinessProfile
from app.domain.replies import Platform, Tone


def worded(parts: list[Part], profile: BusinessProfile, tone: Tone, platform: Platform | None = None) -> list[Part]:
    """``parts`` with the words their reader expects; the same parts when nothing changes."""
    changes: list[Callable[[str], str]] = []
    if tone.plural and tone.register == "je":
        changes.append(shipped_plural().own_partner)
    if flemish_business(profile):
        changes.append(flemish_words)
    if platform is not None and platform.formal:  # after the Flemish words: 'Spijtig' stays, 'Balen' goes
        changes.append(formal_words)
    if not changes:
        return parts

    def said(text: str) -> str:
        for change in changes:
            text = change(text)
        return text

    return [replace(p, text=said(p.text), short=said(p.short) if p.short else p.short) for p in parts]
