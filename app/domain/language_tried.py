"""Which ways of contact an English writer tried without an answer ('I called three times and emailed twice, no
reply'), and a call back promised and never made."""

from __future__ import annotations

import re

from app.domain.language_asked import UNANSWERED

# A call back promised and not made ("Called twice, 'we'll call you back' – nothing"): the business has the number.
_CALL_BACK_PROMISED = re.compile(
    r"\b(?:we'?ll|we will|will|would|promised to|said they'?d)\s+(?:give\s+(?:you|me)\s+a\s+)?"
    r"call\s*(?:you\s+|me\s+)?back\b",
    re.I,
)


def english_call_back_promised(text: str) -> bool:
    """Whether the writer was promised a call back that never came: 'they said "we'll call you back" – nothing'."""
    return bool(_CALL_BACK_PROMISED.search(text))


def english_tried(text: str) -> tuple[str, ...]:
    """Channels an English writer tried without an answer: 'nobody answers the phone' → ('telefoon',); a call back
    promised and never made counts as the phone tried."""
    found = ["telefoon"] if english_call_back_promised(text) else []
    for match in UNANSWERED.finditer(text):
        # the sentence that says so: 'I called three times and emailed twice about it, no answer at all'
        start = max(text.rfind(".", 0, match.start()), text.rfind("!", 0, match.start()), match.start() - 120, -1)
        channels = _channels_in(text[start + 1 : match.end() + 40])
        if not channels and start >= 0 and not text[start + 1 : match.start()].strip():
            # 'I emailed twice asking for a refund. No reply at all.': a sentence that only says nobody answered
            # tells of the contact in the sentence before it
            before = max(text.rfind(".", 0, start), text.rfind("!", 0, start), text.rfind("?", 0, start), -1)
            channels = _channels_in(text[before + 1 : start])
        found.extend(channels)
    return tuple(dict.fromkeys(found))


def _channels_in(sentence: str) -> list[str]:
    """The channels a sentence names ('I called and emailed' → telefoon, mail)."""
    around = sentence.lower()
    found: list[str] = []
    if re.search(r"\b(?:phone\w*|call\w*|rang|ringing)\b", around):
        found.append("telefoon")
    if re.search(r"\b(?:e-?)?mail(?:s|ed|ing)?\b", around):
        found.append("mail")
    if re.search(r"\b(?:dm|message\w*)\b", around):
        found.append("dm")
    return found
