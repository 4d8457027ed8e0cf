"""A child charged the full price ('39 euro per persoon, ook voor onze kleine van 4'): when the profile holds a
price for children on the same thing ('nieuwjaarsbrunch € 39 (kinderen tot 12 jaar € 19)'), the reply says that
price, and leaves to the owner what happens with the difference; nothing when the profile holds no such price."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_text import Part, place_before
from app.domain.profile import BusinessProfile
from app.domain.textnorm import sentences

# A child named with an age in the comment ('onze kleine van 4', 'ons zoontje (6)', 'mijn dochter van 8 jaar').
_CHILD = re.compile(
    r"\b(?:kleine|kleintje|kind|kindje|zoontje|dochtertje|zoon|dochter|jongste|peuter|kleuter|kleinzoon|kleindochter)"
    r"\s*(?:\(\s*\d{1,2}\s*\)|van\s+\d{1,2}(?:\s+jaar)?)",
    re.I,
)
# ... and an amount paid in full for them ('39 euro per persoon, ook voor', '€ 32 p.p., ook voor').
_FULL = re.compile(r"(?:€\s?\d+(?:,\d{2})?|\b\d+(?:,\d{2})?\s?(?:euro|eur))[^.!?]{0,40}?\book\s+voor\b", re.I)
# The profile's price for children ('kinderen tot 12 jaar € 19', 'kinderen tot 12 jaar: €14').
_CHILD_PRICE = re.compile(
    r"\b(?P<who>kinderen\s+(?:tot|onder|t/m|jonger\s+dan)\s+\d{1,2}\s+jaar)\s*:?\s*(?P<price>€\s?\d+(?:,\d{2})?)", re.I
)


def child_price(profile: BusinessProfile, text: str) -> tuple[str, str]:
    """(who, price) of the profile's price for children on what the comment is about ('kinderen tot 12 jaar',
    '€ 19'): the sentence it stands in shares a word of four letters or more with the comment; ('', '') else."""
    if not (_CHILD.search(text) and _FULL.search(text)):
        return "", ""
    said = {w.lower() for w in re.findall(r"[^\W\d_]{4,}", text)}
    fields = (profile.holidays, *(f"{i.question} {i.answer}" for i in profile.faq), profile.value("delivery_terms"))
    for sentence in (s for field in fields for s in sentences(field)):
        found = _CHILD_PRICE.search(sentence)
        shared = {w.lower() for w in re.findall(r"[^\W\d_]{4,}", sentence[: found.start()])} & said if found else set()
        if found and shared - {"kinderen", "jaar", "euro"}:
            return found.group("who").lower(), re.sub(r"€\s?", "€ ", found.group("price"))
    return "", ""


class ChildPriceDrafting(DraftBase):
    """The line of a complaint about a child charged the full price."""

    def _child_price(self, parts: list[Part], seed: str, text: str) -> list[Part]:
        """``parts`` with the profile's price for children in the place of the proposal (or before the contact);
        unchanged when the profile holds none."""
        who, price = child_price(self.profile, text)
        if not who:
            return parts
        line = self._line("complaint", "child_price", seed, {"onderwerp": who, "waarde": price})
        if any(p.key == "solution" for p in parts):  # the difference is the proposal to fill in
            return [Part("solution", line, True, line) if p.key == "solution" else p for p in parts]
        return place_before(parts, Part("solution", line, True, line), "channel")
