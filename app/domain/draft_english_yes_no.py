"""An English yes/no question answered by saying it back ('Do you repair e-bikes?' → 'Yes, we repair e-bikes'):
the question's shape, the writer's words turned to the business's ('my bike' → 'your bike'), the statement, and
whether the rest of the profile's Dutch answer holds a detail the writer needs."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import week_days
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES, word_set

# A Dutch answer that starts with yes or no ('Ja, al ons vlees is halal', Flemish 'Neen, we verhuren geen fietsen').
YES_NO = re.compile(r"^\s*(jazeker|zeker|ja|neen|nee)\b[\s,;:!.]*", re.I)
# A short English yes/no question the answer can say back: 'Do you repair e-bikes?', 'Can I get a
# loaner bike?', 'Is there parking nearby?'.
YES_NO_QUESTION = re.compile(
    r"^(?:\W*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))\b[^,!.?]{0,20}[,!.]+)?\W*"
    r"(?:(?P<aux>do|can|could|will|would|are|is)\s+(?P<who>you|i|we|there|it)"
    r"|(?P<be>are|is)\s+(?P<thing>(?:the\s+|your\s+|a\s+)?(?!you\b|i\b|we\b|there\b|it\b)[a-z-]{3,}))"
    r"\s+(?P<rest>[\w'’-]+(?:\s+[\w'’&-]+){0,10})\s*\?",
    re.I,
)
# The writer's words said back by the business ('my bike' → 'your bike'); {v:..|..} by voice.
SAID_BACK = {"my": "your", "mine": "yours", "me": "you", "i": "you", "our": "your", "myself": "yourself"}
# 'Do you have anything vegan?', 'any gluten-free cakes?': said back with a yes as what there is ('we have something
# vegan'); with a no it stays ('we do not have any ...')
_SOME = {"anything": "something", "any": "some"}
OURS = {
    "your": ("my", "our"),
    "yours": ("mine", "ours"),
    "you": ("me", "us"),
    "yourself": ("myself", "ourselves"),
    "yourselves": ("myself", "ourselves"),
}


def as_statement(aux: str, who: str, rest: str, yes: bool, *, alone: bool) -> str:
    """A yes/no question turned into the business's statement: ('do', 'you', 'repair e-bikes') →
    'we repair e-bikes'; ('can', 'i', 'bring my dog') → 'you can bring your dog'; no: '... cannot ...'.
    The writer's 'my' becomes 'your', their 'your' the business's own ('my' when ``alone``, else 'our')."""
    if who.lower() == "you":  # 'do you guys repair ...': the address is not part of what is done
        rest = re.sub(r"^(?:guys|folks|all|two)\s+", "", rest, flags=re.I)
    back = SAID_BACK | _SOME if yes else SAID_BACK
    said = " ".join(back.get(w.lower()) or OURS.get(w.lower(), ("", ""))[0 if alone else 1] or w for w in rest.split())
    subject = {"you": "I" if alone else "we", "i": "you", "we": "you"}.get(who, who)
    if aux == "do":
        verb = "" if yes else "do not"
    elif aux in {"are", "is"}:
        verb = "am" if subject == "I" else "are" if subject in {"we", "you"} else aux
        verb = verb if yes else f"{verb} not"
    else:
        modal = {"could": "can", "would": "will"}.get(aux, aux)
        verb = modal if yes else {"can": "cannot", "will": "will not"}[modal]
    return " ".join(w for w in (subject, verb, said) if w)


# Words of a Dutch answer that say when or how long ahead (besides a weekday or a month): a detail.
_WHEN_WORDS = word_set(
    "ochtend ochtends middag middags avond avonds weekend weekends dagelijks wekelijks vooraf voorhand tevoren"
)


def has_detail(answer: str) -> bool:
    """Whether the rest of a Dutch answer holds a detail the writer needs: a number (price, age, time),
    a day or month that limits it ('elke vrijdag', 'alleen in het weekend'), or when to order ('op
    voorhand'): it stays in the draft. A day it also applies on ('ook op zaterdag') is no limit."""
    if re.search(r"\d", answer):
        return True
    words = normalise(answer).split()
    days = week_days()
    for at, w in enumerate(words):
        when = w in _WHEN_WORDS or w.startswith(days) or w.rstrip("s") in days or w in MONTH_NAMES
        if when and "ook" not in words[max(0, at - 3) : at]:
            return True
    return False
