"""Where the foreign thing was found, as the writer said it ('een lange haar in mijn crème brûlée'), so the
reply names that dish and not a noun from another sentence ('een haar in het toilet')."""

from __future__ import annotations

import re

_FOUND = re.compile(
    r"\b(?:haar|haren|glas|glasscherf|plastic|metaal|splinter|vlieg|made|insect|steentje|wesp|schroefje|stukje\s+\w+)"
    r"\s+(?:\w+\s+){0,2}?in\s+(?P<wie>mijn|m'n|mn|ons|onze|de|het|zijn|haar|z'n|d'r)\s+"
    r"(?P<wat>[\wÀ-ÿ-]+(?:\s+[\wÀ-ÿ-]+)?)",
    re.I,
)
_STOP = frozenset(
    {"van", "en", "die", "dat", "toen", "maar", "zitten", "zat", "gevonden", "gezien", "aangetroffen", "te", "was"}
    | {"is", "waar", "vond", "zag", "gedronken", "gegeten", "verstopt", "ook", "nog", "bij"}
)
_MINE = frozenset({"mijn", "m'n", "mn", "ons", "onze"})


def found_in(text: str, poss: str) -> str:
    """'uw crème brûlée' for 'een lange haar in mijn crème brûlée' (``poss`` = the reader's possessive), or ''."""
    found = _FOUND.search(text)
    if found is None:
        return ""
    words: list[str] = []
    for word in found.group("wat").split():
        if word.lower() in _STOP:
            break
        words.append(word)
    if not words:
        return ""
    who = found.group("wie").lower()
    return f"{poss if who in _MINE else who} {' '.join(words)}"


def near_found(text: str, person: str) -> bool:
    """Whether ``person`` is named in the sentence where the thing was found ('het ijsje van mijn dochter')."""
    found = _FOUND.search(text)
    if found is None:
        return True
    start = max(text.rfind(c, 0, found.start()) for c in ".!?") + 1
    ends = [i for i in (text.find(c, found.end()) for c in ".!?") if i >= 0]
    return person.lower() in text[start : min(ends) if ends else len(text)].lower()
