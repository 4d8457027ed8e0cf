"""The profile's return terms when they offer to put the work right for free ('niet tevreden over je
kleur? Kom binnen een week terug, herstellen is gratis'): said after a complaint about the result."""

from __future__ import annotations

import re

_FIX = r"\b(?:herstel\w*|bijwerk\w*|corrig\w*|overdo\w*)\b"
_FREE = r"\b(?:gratis|kosteloos)\b"
_FREE_FIX = re.compile(rf"{_FIX}.*{_FREE}|{_FREE}.*{_FIX}", re.I)


def free_fix(terms: str) -> str:
    """The terms without their opening question, lower case first ('kom binnen een week terug, herstellen
    is gratis'), or '' when they offer no free fix."""
    if not _FREE_FIX.search(terms):
        return ""
    said = terms.rsplit("?", 1)[-1].strip().rstrip(".")
    return said[:1].lower() + said[1:]
