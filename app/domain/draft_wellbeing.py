"""What a complaint says about how things stand now, so the draft does not ask or offer the wrong
thing: the person harmed is fine again ('Hij is gelukkig weer opgeknapt'), the writer asks to be
called back ('Bel me dan gewoon, 06-...')."""

from __future__ import annotations

import re
from collections.abc import Callable

# A verb of being or going, then within a few words 'weer/inmiddels/gelukkig' + a word for well.
_RECOVERED = re.compile(
    r"\b(?:gaat|ging|is|zijn|was|voelt|voelde|knapte|knapt)\b[^.!?]{0,30}?"
    r"\b(?:weer|inmiddels|gelukkig)\s+(?:\w+\s+)?(?:goed|beter|opgeknapt|hersteld|in orde|de oude|op)\b",
    re.IGNORECASE,
)
# 'Bel me dan gewoon', 'bel mij even terug': the writer asks to be called.
_CALL_ME = re.compile(r"(?:^|[.!?]\s*|\bdus\s+)bel\s+(?:me|mij|ons)\b", re.IGNORECASE)
# Several of the party were hurt or ill: 'vier van de zes', 'alle drie', 'drie van ons'.
_SEVERAL = re.compile(
    r"\b(?:alle(?:maal)?\s+(?:twee|drie|vier|vijf|zes|zeven|acht|\d{1,3})\b|(?:twee|drie|vier|vijf|zes|zeven|acht|\d{1,3})"
    r"\s+van\s+(?:de|ons|onze|hen)\b)",
    re.I,
)
# The question after the person that a recovered writer must not get.
_HOW_ARE = re.compile(r"\s*(?:Hoe (?:gaat het|is het) nu(?: met (?P<wie>[^?]+))?\?|Is iedereen in orde\?)")


def said_recovered(text: str) -> bool:
    return _RECOVERED.search(text) is not None


def several_hurt(text: str) -> bool:
    return _SEVERAL.search(text) is not None


def asks_to_be_called(text: str) -> bool:
    return _CALL_ME.search(text) is not None


def without_how_are(line: str, say: Callable[[str], str]) -> str:
    """The line with 'Hoe gaat het nu met X?' replaced by ``say(X)`` ('' for the writer themselves):
    'Gelukkig gaat het weer goed met X.'"""
    return _HOW_ARE.sub(lambda found: " " + say((found.group("wie") or "").strip()), line, count=1).strip()
