"""A thing to use meanwhile for a writer left without their own while it is with the business ('Zonder fiets naar
m'n werk is echt geen pretje'): the profile's FAQ that offers a loan ('Heb je leenfietsen?' 'Ja, duurt de reparatie
langer dan een dag, dan krijg je gratis een leenfiets mee.'), said in the complaint's reply."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_held import brought_in
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_yes_lead import YES_LEAD, says_no
from app.domain.profile import BusinessProfile
from app.domain.textnorm import sentences
from app.domain.words import alternation

# A thing lent or put in the place of the writer's own: 'leenfiets', 'vervangwagen', 'vervangfiets'.
_LOAN = re.compile(r"\b(?:leen|vervang|vervangings)[a-zà-ÿ-]{3,}", re.I)
# The writer must wait for the repair's part ('Nu moet ik 3 weken wachten op een nieuw display'): the job is not done,
# so they are without it meanwhile, also when it is not said to stand at the business.
_WAIT_FOR_PART = re.compile(
    r"\b(?:moet|moeten|moest|moesten)\s+(?:ik|we|wij)\s+(?:nog\s+)?(?:\w+\s+){0,3}?wachten\s+op\b", re.I
)


@cache
def _left_without() -> re.Pattern[str]:
    """The writer without their own (resources/phrase_cues.toml left_without), read at first use."""
    return re.compile(rf"\b(?:{alternation(phrase_cues().left_without)})\b", re.I)


def loan_offer(profile: BusinessProfile, text: str) -> str:
    """The profile's FAQ answer that offers a loan ('duurt de reparatie langer dan een dag, dan krijg je gratis een
    leenfiets mee'), its 'Ja,' left out, when the comment says the writer is without their own while it is with the
    business ('staat al 2 weken bij jullie', 'gebracht'); '' otherwise (a writer who came 'te voet' to buy a tyre),
    and when the FAQ says no ('Nee, we hebben geen leenfietsen', 'Wij hebben geen leenfietsen, sorry.')."""
    # (with the business also as 'er' and how long: 'Mijn e-bike staat er nu 9 dagen', draft_held.held)
    if not _left_without().search(text) or not (brought_in(text, loosely=True) or _WAIT_FOR_PART.search(text)):
        return ""
    for item in profile.faq:
        said = YES_LEAD.sub("", item.answer).strip().rstrip(".")
        if _LOAN.search(said) and not says_no(item.answer, in_words=True):
            return said
        asked = _LOAN.search(item.question)
        if asked and YES_LEAD.match(item.answer) and not says_no(item.answer, in_words=True):
            # 'Krijg ik een leenfiets?' 'Ja, gratis bij reparaties die langer dan een dag duren': the loan named
            return f"een {asked.group(0).lower()}, {said[:1].lower()}{said[1:]}" if said[1:2].islower() else ""
        # an answer that says no to one thing and offers the loan in a sentence of its own ('We verhuren geen
        # fietsen. Zolang je fiets bij ons in herstelling is, krijg je wel gratis een leenfiets.'): that sentence
        for sentence in sentences(item.answer.strip()):
            if _LOAN.search(sentence) and not says_no(sentence, in_words=True):
                said = YES_LEAD.sub("", sentence).strip().rstrip(".")
                return f"{said[:1].lower()}{said[1:]}" if said[1:2].islower() else said
    return ""
