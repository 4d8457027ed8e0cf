"""A rumour of misconduct quoted in the owner's slot without the accusation ('de kok ontslagen omdat hij dronken in de
keuken stond' → 'de kok ontslagen'): a reply never says an insult or an accusation back (resources/fact_words.toml
accused_words)."""

from __future__ import annotations

from app.domain.draft_fact_words import fact_words
from app.domain.draft_rumour_denies import without_reason
from app.domain.textnorm import normalise


def accuses(text: str) -> bool:
    """Whether ``text`` holds a word of misconduct or an insult ('dronken', 'oplichters', 'ratten')."""
    return bool(fact_words().accused_words & set(normalise(text).split()))


def spared(quote: str) -> str:
    """The quote as it may stand in a reply: unchanged without an accusation; without its clause of why when that
    holds the accusation ('ontslagen omdat hij dronken was' → 'ontslagen'); '' when the claim itself accuses ('ze
    bedriegen hun klanten'): then the slot asks for the facts without quoting it."""
    if not quote or not accuses(quote):
        return quote
    kept = without_reason(quote).rstrip(" ,.;:")
    return kept if kept and not accuses(kept) else ""
