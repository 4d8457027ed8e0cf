"""A FAQ answer that sets a rumour straight without a yes or no: the rumour denies what the business does ('Lotte
knipt geen kinderen meer') and an answer states that it does it ('Kinderen tot en met 12 jaar knip ik voor
€ 19,50.'), without a negation of its own and in two of the rumour's key words."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.domain.draft_asked import negations
from app.domain.draft_facts import key_words
from app.domain.draft_yes_lead import YES_OR_NO
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise

# An answer that opens with its yes or no is judged with its question (draft_rumour.py), not here.


def affirming_answer(lemmas: Iterable[str], profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """The first FAQ answer that says, as a plain statement, that the business does what a denying rumour names
    (two or more key words of the rumour in it: 'kind' and 'knippen'); '' when no answer does."""
    said = key_words(" ".join(lemmas), lemmas_of)
    for item in profile.faq:
        answer = item.answer.strip()
        if not answer or YES_OR_NO.match(answer) or negations() & set(normalise(answer).split()):
            continue
        if sum(any(_alike(word, other) for other in said) for word in key_words(answer, lemmas_of)) >= 2:
            return answer
    return ""


def _alike(word: str, other: str) -> bool:
    """The same word, or one with a verb ending the lemmas left on ('knip' ~ 'knipt', 'bak' ~ 'bakt')."""
    short, long = sorted((word, other), key=len)
    return word == other or (len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 1)
