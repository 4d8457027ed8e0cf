"""One apology per complaint reply: the sentences that say sorry are not stacked."""

from __future__ import annotations

import re

from app.domain.draft_text import Part

# Words that say sorry: one sentence with one of them is enough in a reply.
APOLOGY = re.compile(r"\b(?:sorry|excuses|spijt)\b", re.I)


def one_apology(parts: list[Part], channel: str, topic_id: str, also: list[str]) -> tuple[list[Part], str, str]:
    """One apology per reply, not a stack ('Onze excuses. ... spijt ons echt. ... Het spijt me'): an empathy that
    says sorry already ('Dat het zelfs in tranen eindigde, spijt me enorm') takes the apology's place, and the
    line on an unanswered mail or call (``also`` holds it said without sorry, one per such line) then only admits
    it ('En dat u ook nog geen antwoord kreeg, had niet mogen gebeuren') when the reply says sorry elsewhere
    (safety, a funeral, the empathy)."""
    said = any(p.key == "empathy" and APOLOGY.search(p.text) for p in parts)
    if said:
        parts = [p for p in parts if p.key != "apology"]
    said = said or any(p.key == "apology" and APOLOGY.search(p.text) for p in parts)
    if said:
        lines = iter(also)
        parts = [Part("tried", next(lines, p.text), p.essential, p.short) if p.key == "tried" else p for p in parts]
    return parts, channel, topic_id
