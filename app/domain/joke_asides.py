"""The lines of a joke that are no part of its turn, and the words its turn comes after (resources/praise.toml
'asides' and 'turns'): 'Nee geintje, ze zijn het waard. Tot zondag!' steps out of the joke; 'het vlees is zwak
maar de wegge is sterk' turns on what comes after 'maar'."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.datafile import read_toml
from app.errors import DataFileError
from app.resources import resource_path


def _words(key: str) -> frozenset[str]:
    """One list of words of resources/praise.toml, lower case; a clear error when it is no list of words."""
    path = resource_path("praise.toml")
    words = read_toml(path).get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise DataFileError(str(path), f"'{key}' moet een lijst met woorden zijn", key)
    return frozenset(" ".join(w.lower().split()) for w in words)


@lru_cache(maxsize=1)
def _asides() -> frozenset[str]:
    return _words("asides")


@lru_cache(maxsize=1)
def turns() -> frozenset[str]:
    return _words("turns")


def is_aside(sentence: str) -> bool:
    """Whether a sentence steps out of the joke (resources/praise.toml 'asides'): a sign-off ('Tot zondag!', 'tot
    zo') or a take-back ('Nee geintje, ze zijn het waard', 'Grapje, het is het waard'), not a line the joke turns
    on; one word only opens a short one or stands alone ('Tot zondag!', not 'Tot mijn schrik was de taart op')."""
    low = " ".join(sentence.lower().split())
    words = re.findall(r"[\w']+", low)
    for aside in (a.split() for a in _asides()):
        if words[: len(aside)] != aside:
            continue
        if len(aside) > 1 or len(words) <= _SHORT or re.match(rf"\W*{re.escape(aside[0])}\s*[,:;!.]", low):
            return True
    return False


_SHORT = 4
