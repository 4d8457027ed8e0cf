"""Goods held for the customers who ordered them ('die zijn voor wie besteld heeft', 'alles ligt apart voor de
bestellingen'): the business's rule, not a mistake. The reply understands the letdown, says the profile's rule for
reserving (the FAQ answer that holds reserved goods until a time), so the writer knows how to have theirs set aside
next time; no apology, no inquiry and no proposal to fill in. Word list: resources/phrase_cues.toml set_aside."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_base import DraftBase
from app.domain.draft_events import ordered_ahead
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_text import Part, place_before
from app.domain.profile import BusinessProfile
from app.domain.textnorm import sentences
from app.domain.topics import TopicAnalysis
from app.domain.words import alternation

# A FAQ about reserving or ordering ahead ('Kan ik brood laten reserveren?') ...
_RESERVING = re.compile(r"\b(?:reserv\w*|gereserveerd\w*|bestel\w*|besteld\w*|vooraf\s+best\w*)", re.I)
# ... whose answer says how long what is reserved is held ('leggen we opzij tot 12u', 'ligt klaar tot 11 uur').
_HELD = re.compile(r"\b(?:opzij|apart|klaar|bewaren|bewaard|houden\s+we|hou\s+ik)\b[^.;!?]{0,40}?\btot\b", re.I)


@cache
def _set_aside_pattern() -> re.Pattern[str]:
    """What staff says of goods held for others (resources/phrase_cues.toml set_aside)."""
    words = phrase_cues().set_aside
    return re.compile(rf"\b(?:{alternation(words, spaced=True)})\b" if words else "(?!)", re.I)


def held_for_others(text: str) -> bool:
    """Whether the writer was told the goods they came for are held for customers who ordered them ('die zijn voor
    wie besteld heeft'), when the writer had not ordered themself (an order not kept is a mistake)."""
    return not ordered_ahead(text) and any(_set_aside_pattern().search(s) for s in sentences(text))


def reserve_rule(profile: BusinessProfile) -> str:
    """The profile's FAQ answer on reserving that says how long reserved goods are held, without its final full
    stop; or ''."""
    for item in profile.faq:
        answer = item.answer.strip()
        if _RESERVING.search(f"{item.question} {answer}") and _HELD.search(answer):
            answer = re.sub(r"^(?:ja|jawel|zeker)\s*[,.!:;]\s*", "", answer, flags=re.I)  # 'Ja, tot ...' → 'tot ...'
            return answer.rstrip(".")
    return ""


class SetAsideDrafting(DraftBase):
    """The lines of a complaint about goods held for those who ordered them."""

    def _set_aside(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """``parts`` as understanding, the profile's rule for reserving and the contact, for a writer told the
        goods are held for others; unchanged for anything else, or when the profile holds no such rule."""
        rule = reserve_rule(self.profile)
        if topics.is_safety or not rule or not held_for_others(text):
            return parts
        empathy = self._line("complaint", "set_aside", seed)
        fact = self._line("complaint", "set_aside_rule", seed, {"feit": rule[:1].lower() + rule[1:]})
        kept = [p for p in parts if p.key not in {"empathy", "apology", "acknowledge", "next", "solution", "fact"}]
        kept = place_before(kept, Part("fact", fact, True), "channel")
        return [Part("empathy", empathy, True, self._line("complaint", "short", seed)), *kept]
