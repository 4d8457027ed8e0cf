"""A complaint about a price that went up ('Sûkerbôle van 4,65 naar 4,95. Dertig cent!!!'): a choice the business
made, not a mistake. When the profile says why its prices rose ('Prijzen per 1 januari gemiddeld 5% hoger door
duurder meel, boter en energie'), the reply understands instead of apologising, says that reason in the profile's
words, and does not 'look into what went wrong'; nothing changes when the profile gives no reason."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_text import Part, place_before
from app.domain.profile import BusinessProfile
from app.domain.textnorm import sentences
from app.domain.topics import TopicAnalysis

# The writer says the price went up: from one amount to another ('van 4,65 naar 4,95'), or in words.
_ROSE = re.compile(
    r"\bvan\s+(?:€\s?)?\d+(?:[,.]\d{2})?\s+naar\s+(?:€\s?)?\d+(?:[,.]\d{2})?"
    r"|\b(?:duurder|verhoogd|verhoging|prijsverhoging|omhoog|gestegen|opgeslagen|opslag)\b",
    re.I,
)
# The profile's sentence that says prices rose, and why ('Prijzen ... hoger door duurder meel').
_REASON = re.compile(
    r"\bprij[sz]\w*\b[^.]{0,60}?\b(?:hoger|duurder|verhoogd|gestegen|omhoog|aangepast)\b[^.]{0,40}?"
    r"\b(?:door|vanwege|wegens|omdat)\b",
    re.I,
)


def rise_reason(profile: BusinessProfile, text: str) -> str:
    """The profile's sentence that says why prices rose, without its final full stop, when the writer complains of
    a price that went up; or ''."""
    if not _ROSE.search(text):
        return ""
    fields = (profile.holidays, *(f"{i.answer}" for i in profile.faq), profile.value("return_terms"))
    found = (s.strip().rstrip(".") for field in fields for s in sentences(field) if _REASON.search(s))
    return next(found, "")


class PriceRiseDrafting(DraftBase):
    """The lines of a complaint about a price that went up, with the profile's reason."""

    def _price_rise(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """``parts`` with the profile's reason for the higher prices before the contact, without an apology, an
        inquiry or a proposal; unchanged when the profile gives no reason or it is no price topic."""
        reason = rise_reason(self.profile, text) if topics.topic == "prijs" and not topics.is_safety else ""
        if not reason:
            return parts
        said = reason[:1].lower() + reason[1:] if reason[1:2].islower() else reason  # 'Prijzen ...' → 'prijzen'
        fact = Part("fact", self._line("complaint", "price_rise_reason", seed, {"feit": said}), True)
        # the price empathy understands already ('Ik begrijp dat je schrok van de prijs'): no apology beside it
        kept = [p for p in parts if p.key not in {"apology", "next", "solution", "acknowledge"}]
        return place_before(kept, fact, "channel")
