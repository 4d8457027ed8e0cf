"""A thing to use meanwhile for a writer left without their own while it is with the business ('Zonder fiets naar
m'n werk is echt geen pretje'): the profile's FAQ that offers a loan ('Heb je leenfietsen?' 'Ja, duurt de reparatie
langer dan een dag, dan krijg je gratis een leenfiets mee.'), said in the complaint's reply."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_said import brought_in
from app.domain.draft_yes_lead import YES_LEAD, says_no
from app.domain.profile import BusinessProfile
from app.domain.words import MINE, OURS, alternation

# A thing lent or put in the place of the writer's own: 'leenfiets', 'vervangwagen', 'vervangfiets'.
_LOAN = re.compile(r"\b(?:leen|vervang|vervangings)[a-zà-ÿ-]{3,}", re.I)


@cache
def _left_without() -> re.Pattern[str]:
    """The writer without their own (resources/phrase_cues.toml left_without), read at first use."""
    return re.compile(rf"\b(?:{alternation(phrase_cues().left_without)})\b", re.I)


@cache
def _held() -> re.Pattern[str]:
    """The writer's own thing is with the business (phrase_cues.toml held_verbs, held_places, brought_in): 'staat al
    2 weken bij jullie', 'heeft hier 5 weken gestaan', 'sinds 16 maart binnen is', 'Fiets op 2 mei gebracht', or the
    writer waits for their own ('Al drie weken wacht ik op mijn fiets')."""
    cues = phrase_cues()
    verbs, places = alternation(cues.held_verbs), alternation(cues.held_places, spaced=True)
    mine = alternation(tuple(MINE | OURS))
    return re.compile(
        rf"\b(?:(?:{verbs})\b(?:\s+[\w'-]+){{0,4}}?\s+(?:{places})"
        rf"|(?:{places})(?:\s+[\w'-]+){{0,3}}?\s+(?:{verbs})|(?:{places})\s+is"
        rf"|{alternation(cues.brought_in, spaced=True)}"
        rf"|(?:wacht|wachten|wachtte|gewacht)(?:\s+(?:ik|we|wij|al))*\s+op\s+(?:{mine}))\b",
        re.I,
    )


def loan_offer(profile: BusinessProfile, text: str) -> str:
    """The profile's FAQ answer that offers a loan ('duurt de reparatie langer dan een dag, dan krijg je gratis een
    leenfiets mee'), its 'Ja,' left out, when the comment says the writer is without their own while it is with the
    business ('staat al 2 weken bij jullie', 'gebracht'); '' otherwise (a writer who came 'te voet' to buy a tyre),
    and when the FAQ says no ('Nee, we hebben geen leenfietsen', 'Wij hebben geen leenfietsen, sorry.')."""
    # (with the business also as 'er' and how long: 'Mijn e-bike staat er nu 9 dagen', draft_said.brought_in)
    if not _left_without().search(text) or not (_held().search(text) or brought_in(text)):
        return ""
    for item in profile.faq:
        said = YES_LEAD.sub("", item.answer).strip().rstrip(".")
        if _LOAN.search(said) and not says_no(item.answer, in_words=True):
            return said
        # an answer that says no to one thing and offers the loan in a sentence of its own ('We verhuren geen
        # fietsen. Zolang je fiets bij ons in herstelling is, krijg je wel gratis een leenfiets.'): that sentence
        for sentence in re.split(r"(?<=[.!?])\s+", item.answer.strip()):
            if _LOAN.search(sentence) and not says_no(sentence, in_words=True):
                said = YES_LEAD.sub("", sentence).strip().rstrip(".")
                return f"{said[:1].lower()}{said[1:]}" if said[1:2].islower() else said
    return ""
