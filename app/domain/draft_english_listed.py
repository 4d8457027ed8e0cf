"""An English complaint that lists several things that went wrong ('Eggs were cold, the coffee refills never came, and
we were asked to leave at 13:30'): the sorry does not pick the first of them as if it were the whole complaint, but
names what the writer booked or ordered ('Booked the Sunday lunch for 6 ...' → 'the Sunday lunch'), or stays neutral."""

from __future__ import annotations

import re

from app.domain.draft_english_complaint import english_complaint_words

# What the writer booked or ordered, as the complaint opens with it ('Booked the anniversary dinner for 2 (€45 pp)').
_BOOKED = re.compile(
    r"\b(?i:booked|reserved|ordered)\s+(?i:a|an|the|our|my)\s+"
    r"(?P<thing>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+(?i:for|at|on|with|from|via|through|by|in|and|but)\b|\s*[(.,;!?]|$)",
)
# A further point after a thing said to be wrong, in the same sentence: joined by a comma, a ';' or 'and', with a
# word that says it went wrong too ('..., the refills never came', '... and the waiter forgot our drinks').
# ('and nobody cared' is how it was met, no further point)
_MORE = re.compile(
    r"^\s*(?:,|;|\band\b)[^.!?]*?\b(?:never|forgot|forgotten|missing|asked to leave|told to leave)\b", re.I
)
# What is booked only to have a place ('Booked a table for 4'): no thing the complaint is about.
_ONLY_A_PLACE = frozenset({"table", "seat", "spot", "place", "room", "booking", "reservation", "slot", "appointment"})


def faults_listed(text: str) -> bool:
    """Whether the first thing an English complaint says was wrong ('Eggs were cold') is one of a list of points in
    its sentence ('Eggs were cold, the coffee refills never came, ...'), not the complaint as a whole."""
    words = english_complaint_words()
    found = next(iter(sorted(words.faulty.finditer(text), key=lambda m: m.start())), None)
    if found is None:
        return False
    rest = text[found.end() :]
    return bool(_MORE.match(rest) or words.faulty.match(re.sub(r"^\s*(?:,|;|\band\b)\s*", "", rest, count=1) or "-"))


def booked_thing(text: str) -> str:
    """What the writer of an English complaint booked or ordered, as the reply names it ('Booked the Mother's Day
    brunch for 4' → "the Mother's Day brunch"); '' when the comment names none."""
    found = _BOOKED.search(text)
    thing = " ".join(found.group("thing").split()) if found else ""
    return f"the {thing}" if thing and thing.split()[-1].lower() not in _ONLY_A_PLACE else ""


# Being sent away before the writer was done ('we were asked to leave at 13:30 for the next sitting'): the time, as
# the writer gave it.
_ASKED_TO_LEAVE = re.compile(
    r"\b(?:we|i)\s+(?:were|was|got)\s+(?:asked|told)\s+to\s+(?:leave|go|free\s+(?:up\s+)?the\s+table|clear\s+the\s+table)"
    r"(?:\s+(?:at|by|around)\s+(?P<time>\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?))?",
    re.I,
)
# ... and nobody had said so when they booked ('which nobody mentioned when we booked', 'no one told us').
_UNTOLD = re.compile(
    r"\b(?:nobody|no one|no-one|never)\s+(?:had\s+)?(?:mentioned|told|said|warned)\b"
    r"|\bwas(?:n't| not)\s+(?:mentioned|told)\b",
    re.I,
)


def asked_to_leave(text: str) -> tuple[str, dict[str, str]] | None:
    """(line key, values) when an English complaint says the writer was asked to leave ('we were asked to leave at
    13:30 for the next sitting'): 'asked_to_leave' with the time (' at 13:30' or ''), '_untold' when nobody had said
    so beforehand; None otherwise."""
    found = _ASKED_TO_LEAVE.search(text)
    if found is None:
        return None
    at = f" at {' '.join(found.group('time').split())}" if found.group("time") else ""
    untold = _UNTOLD.search(text[found.start() :])
    return ("asked_to_leave_untold" if untold else "asked_to_leave"), {"waarde": at}
