"""An English question whether the business can do something the profile says nothing about ('And could you order
parts for an HP Velotechnik?', 'Can you also fit a child seat?'): whether it can is looked into, and the writer hears
back by the business's mail or phone (resources/replies.toml english.also_check*), rather than a bare slot for the
owner. Not a question for a fact or a favour of telling ('Could you tell me the price?')."""

from __future__ import annotations

import re

# 'could you (also) order parts for ...?', 'and can you fit ...?', 'would you be able to restore ...?'; 'do you do box
# braids?', 'do you work with curly hair?' (a job done, not 'do you have', 'do you sell', 'do you take cards')
_POSSIBLE = re.compile(
    r"^\W*(?:and\s+|also,?\s+|or\s+)?(?:(?:could|can|would|will)|do(?=\s+(?:you|u)\s+(?:guys\s+)?(?:also\s+)?"
    r"(?!have\b|has\b|sell|stock|take|accept|know|think|need|want|mind|like|open|close|serve|deliver|rent|offer|allow|"
    r"speak|ship|cater|provide|use|make\s+(?:a\s+)?reservations?)))"
    r"\s+(?:you|u)\s+(?:guys\s+)?(?:please\s+|also\s+|maybe\s+)*"
    r"(?:be\s+able\s+to\s+)?(?P<what>[a-z][^?!.]{2,90}?)\s*[?!.]*\s*$",
    re.I,
)
# A verb that asks to be told or sent something, not whether a job can be done ('could you tell me ...').
_TELLING = re.compile(
    r"^(?:tell|let|send|give|confirm|recommend|call|email|mail|text|explain|say|share|check|advise|help)\b", re.I
)
# The writer's own words said from the business's side ('order parts for my bike' → 'order parts for your bike').
_MINE = {"my": "your", "me": "you", "mine": "yours", "i": "you", "our": "your", "us": "you"}


def possible_asked(question: str) -> str:
    """What an English question asks the business whether it can do, said from the business's side ('And could you
    order parts for my HP Velotechnik?' → 'order parts for your HP Velotechnik'); '' for another question."""
    found = _POSSIBLE.match(question.strip())
    if found is None or _TELLING.match(found.group("what")):
        return ""
    words = found.group("what").split()
    return " ".join(_MINE.get(w.lower(), w) for w in words)
