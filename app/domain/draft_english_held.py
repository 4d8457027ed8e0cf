"""What an English compliment says of the work besides the thing: that it was done at the writer's home ('did my
bridal hair at home in Moelingen' → 'your home in ...') and what it held through ('it survived the rain and a
ceilidh' → 'the rain and a ceilidh'), said back in the writer's own words."""

from __future__ import annotations

import re

# The work done at the writer's place: 'did my hair at home', 'fixed the bike at our house in Ghent'; a town after
# it, capitalised, stays with it ('at home in Moelingen').
_AT_HOME = re.compile(
    r"\b(?:did|done|styled|cut|coloured|colored|braided|fixed|repaired|serviced|tuned|set\s+up)\b[^.!?]{0,50}?"
    r"\bat\s+(?P<own>(?:my|our)\s+)?(?P<place>home|house|place|flat)\b"
    r"(?:\s+in\s+(?P<town>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))?",
)
# What the work held through: 'it survived April rain and a ceilidh', 'my curls lasted through the whole party',
# 'the braid held up through ...'; up to the end of the sentence.
_HELD = re.compile(
    r"\b(?P<who>it|they|(?:my|the|our)\s+[a-z]+)\s+(?:(?:even|still|all)\s+)?"
    r"(?:survived|lasted\s+through|held\s+up\s+(?:through|in|during)|stayed\s+put\s+(?:through|during))\s+"
    r"(?P<what>[^.!?\n]{3,90}?)\s*(?=[.!?\n]|$|[^\w\s,'’-])",
    re.I,
)
_PLURAL_WHO = re.compile(r"^(?:they|(?:my|the|our)\s+[a-z]+s)$", re.I)


def done_at_home(text: str) -> str:
    """Where at the writer's the work was done, as the reply says it: 'did my bridal hair at home in Moelingen' →
    'home in Moelingen' (the [english] came_by line says 'your ...'); '' when the comment says no such thing."""
    found = _AT_HOME.search(text)
    if found is None:
        return ""
    town = f" in {found.group('town')}" if found.group("town") else ""
    return f"{found.group('place').lower()}{town}"


def held_through(text: str) -> tuple[str, bool]:
    """What the work held through, with the writer's 'my' said as 'your' ('it survived April-style rain, a ceilidh
    and my new uncles' → 'April-style rain, a ceilidh and your new uncles') and whether what held is more than one
    ('they', 'my curls'); ('', False) when none is said."""
    found = _HELD.search(text)
    if found is None:
        return "", False
    what = re.sub(r"\b(?:my|our)\b", "your", " ".join(found.group("what").split()), flags=re.I)
    return what, bool(_PLURAL_WHO.match(" ".join(found.group("who").split())))
