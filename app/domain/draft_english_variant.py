"""More of what an English comment named, said with the thing a reply names: the diet version of it ('your famous
stamppot' and later 'the vegan stamppot on request' → 'the vegan stamppot'), a local speciality praised beside it
('the croissants and the Hoornse broeder'); and the close of a reply to a writer who comes every week."""

from __future__ import annotations

import re

from app.domain.draft_english_praise import regional_product
from app.domain.draft_text import Part

# A diet a dish is made for ('vegan', 'gluten-free', 'dairy free', 'vegetarian').
_DIET = (
    r"(?:vegan|vegetarian|veggie|plant-based|halal|kosher"
    r"|(?:gluten|dairy|lactose|nut|peanut|egg|sugar|wheat|milk)[- ]?free)"
)


def diet_variant(about: str, text: str) -> str:
    """``about`` ('our stamppot') as the diet version the comment names of it ('the vegan stamppot'); ``about``
    itself when the comment names no diet right before its last word, or ``about`` names the diet already."""
    noun = about.rsplit(maxsplit=1)[-1] if about else ""
    if not noun or re.search(rf"\b{_DIET}\b", about, re.I):
        return about
    found = re.search(rf"\b(?P<diet>{_DIET})\s+{re.escape(noun)}\b", text, re.I)
    return f"the {found.group('diet').lower()} {noun}" if found else about


def named_more(kind: str, about: str, text: str) -> str:
    """``about`` as a reply of this draft kind names it: in a complaint its diet version, in praise with a local
    speciality named beside it ('the croissants and the Hoornse broeder')."""
    if kind == "herstel":  # 'the vegan stamppot was forgotten': that dish, not 'our stamppot'
        return diet_variant(about, text)
    local = regional_product(text, about) if kind == "bedanken" else ""
    return (f"{about} and {local}" if about else local) if local else about


def regular_closed(parts: list[Part]) -> list[Part]:
    """The parts of a thank-you without the general close ('See you next time!') when the day the writer comes every
    week closes it ('See you again on Saturday!')."""
    regular = any(p.key == "regular" for p in parts)
    return [p for p in parts if not (regular and p.key == "closing")]
