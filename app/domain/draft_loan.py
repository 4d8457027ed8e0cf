"""A thing to use meanwhile for a writer left without their own while it is with the business ('Zonder fiets naar
m'n werk is echt geen pretje'): the profile's FAQ that offers a loan ('Heb je leenfietsen?' 'Ja, duurt de reparatie
langer dan een dag, dan krijg je gratis een leenfiets mee.'), said in the complaint's reply."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_asked import YES_LEAD
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.profile import BusinessProfile
from app.domain.words import alternation

# A thing lent or put in the place of the writer's own: 'leenfiets', 'vervangwagen', 'vervangfiets'.
_LOAN = re.compile(r"\b(?:leen|vervang|vervangings)[a-zà-ÿ-]{3,}", re.I)
_NO = re.compile(r"^\W*(?:nee|neen|helaas)\b", re.I)


@cache
def _left_without() -> re.Pattern[str]:
    """The writer without their own (resources/phrase_cues.toml left_without), read at first use."""
    return re.compile(rf"\b(?:{alternation(phrase_cues().left_without)})\b", re.I)


def loan_offer(profile: BusinessProfile, text: str) -> str:
    """The profile's FAQ answer that offers a loan ('duurt de reparatie langer dan een dag, dan krijg je gratis een
    leenfiets mee'), its 'Ja,' left out, when the comment says the writer is without their own; '' otherwise, and
    when the FAQ says no ('Nee, we hebben geen leenfietsen')."""
    if not _left_without().search(text):
        return ""
    for item in profile.faq:
        said = YES_LEAD.sub("", item.answer).strip().rstrip(".")
        if _LOAN.search(said) and not _NO.match(item.answer):
            return said
    return ""
