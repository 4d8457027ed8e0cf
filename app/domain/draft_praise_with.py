"""What the praised thing was made with, as the writer says it in the same sentence ('Onze verjaardagstaart was top,
die vulling met framboos en pistache!' → ' met framboos en pistache'): the thanks names it, so it reads as an answer
to this comment and not a template ('de taart met framboos en pistache')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain.textnorm import sentences

# 'met speculoos en karamel', 'met de verse frambozen', 'met veel slagroom': one or two things after 'met'.
_WITH = re.compile(
    r"\bmet\s+(?:(?:de|het|die|veel|extra|verse)\s+)?(?P<a>[^\W\d_][\w-]+)"
    r"(?:\s+(?:en|&)\s+(?:(?:de|het|die|veel|extra|verse)\s+)?(?P<b>[^\W\d_][\w-]+))?",
    re.I,
)


def made_with(thing: str, text: str, things: Sequence[str]) -> str:
    """' met A en B' for the first 'met' after ``thing`` in its sentence whose words are both among ``things`` (the
    products the comment names); '' when no such phrase follows it ('de taart met de hele familie gegeten')."""
    others = {t.lower() for t in things if t.lower() != thing.lower()}
    for sentence in sentences(text):
        at = sentence.lower().find(thing.lower())
        if at < 0:
            continue
        found = _WITH.search(sentence, at + len(thing))
        if found is None or found.group("a").lower() not in others:
            return ""
        second = found.group("b")
        if second and second.lower() not in others:
            return ""
        return f" met {found.group('a')}" + (f" en {second}" if second else "")
    return ""
