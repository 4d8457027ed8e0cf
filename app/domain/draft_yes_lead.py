"""A FAQ answer's yes or no: the 'Ja,' it opens with, whether it says no, a yes for other days, an open question's
fit."""

from __future__ import annotations

import re

from app.domain.draft_cues import draft_cues
from app.domain.draft_fact_words import week_days
from app.domain.textnorm import normalise

# The words of a yes an answer opens with (the no words differ by use: below).
_YES = "ja|jazeker|zeker"
# A FAQ answer that opens with a yes: "Ja, ...", "Zeker: ...".
YES_LEAD = re.compile(rf"^\s*(?:{_YES})\s*[,;:]\s*(?=\w)", re.I)
# ... with a yes or a no: "Nee, ..." (a Flemish "Neen, ..." is said as it stands).
YES_NO_LEAD = re.compile(rf"^\s*(?:{_YES}|nee)\s*[,;:]\s*(?=\w)", re.I)
# ... with a yes and its stop before anything, also a price ('Ja, € 100 per fiets'): the yes to take off.
YES_STOP = re.compile(rf"^\s*(?:{_YES})\s*[,;:]\s*", re.I)
# ... with a yes or a no as its first word, with or without a stop ('Ja € 100', 'Nee.', 'Neen, ...').
YES_OR_NO = re.compile(rf"^\s*(?:{_YES}|nee|neen)\b", re.I)


def says_no(answer: str, *, in_words: bool = False) -> bool:
    """Whether a FAQ answer says no: it opens with 'Nee', 'Neen' or 'Helaas' (draft_cues.toml no_lead). With
    ``in_words``, for an answer that is offered as it is ('Goed om te weten: ...'), also when it does not open with
    a yes and its first sentence says what is not so (not_words: 'Wij hebben geen leenfietsen, sorry.'), other than
    a word that says yes (not_a_no: 'Geen probleem, ...'). Without it 'Wij verhuren geen fietsen in de winter, wel
    van Pasen ...' still gets the month said first ('In november lukt dat helaas niet: ...')."""
    cues = draft_cues()
    lead = cues.no_lead.search(answer)
    if lead is not None and not re.search(r"\w", answer[: lead.start()]):  # the first word
        return True
    if not in_words or YES_LEAD.match(answer):
        return False
    first = cues.not_a_no.sub(" ", re.split(r"[.!?;]", answer, maxsplit=1)[0].lower())
    return bool(set(re.findall(r"[\w'-]+", first)) & cues.not_words)


def other_days_yes(answer: str, text: str) -> str:
    """The one weekday a comment names when a yes answer names weekdays and not that one ('donderdag' and
    'Ja, op dinsdag en vrijdag glutenvrij brood'): the yes is not for the writer's day; '' otherwise."""
    if not YES_LEAD.match(answer):
        return ""
    week = week_days()
    named = {d for d in week if re.search(rf"\b{d}", normalise(text))}
    said = {d for d in week if re.search(rf"\b{d}", normalise(answer))}
    return next(iter(named)) if len(named) == 1 and said and not named & said else ""


def without_yes(answer: str) -> str:
    """'Ja, op dinsdag ...' → 'Op dinsdag ...'."""
    lead = YES_LEAD.match(answer)
    return answer[lead.end() :][:1].upper() + answer[lead.end() + 1 :] if lead else answer


_OPEN_QUESTION = re.compile(
    # (also joined to a question before it: 'En hoelang op voorhand moet ik bestellen?')
    r"^\W*(?:(?:en|of|maar)\s+)?(?:(?:tot|vanaf|om|sinds)\s+)?(?:hoe|wat|wanneer|waar|welke|hoeveel|hoelang|wie|waarom)\b",
    re.I,
)


def fit_open_question(answer: str, asked: tuple[str, ...]) -> str:
    """'Hoe lang van tevoren ...?' is not answered with 'Ja, ...': the FAQ's yes goes when the writer
    asked an open question ('Ja, minstens twee dagen van tevoren' → 'Minstens twee dagen van tevoren')."""
    if not asked or not _OPEN_QUESTION.match(asked[0]):
        return answer
    # nor with 'Nee, ...': 'Hoelang duurt plakken?' is not answered 'Nee, een band plak ik terwijl je wacht'
    no = re.match(r"^nee\s*[,;:]\s*(?=\w)", answer, re.I)
    return answer[no.end() :][:1].upper() + answer[no.end() + 1 :] if no else without_yes(answer)
