"""The profile's return terms when they offer to put the work right for free ('niet tevreden over je
kleur? Kom binnen een week terug, herstellen is gratis'): said after a complaint about the result."""

from __future__ import annotations

import re

# putting it right, also as a separable verb ('bijknippen', 'knippen we gratis bij', 'werken we kosteloos bij')
_FIX = (
    r"\b(?:herstel\w*|bijwerk\w*|bijknip\w*|bijkleur\w*|bijstel\w*|corrig\w*|overdo\w*|opnieuw)\b"
    r"|\b[a-zà-ÿ]+en\s+(?:we|wij|ik)\s+(?:[a-zà-ÿ]+\s+){0,3}?bij\b"
)
_FREE = r"\b(?:gratis|kosteloos)\b"
_FIXED = re.compile(_FIX, re.I)
_FREE_OF_CHARGE = re.compile(_FREE, re.I)


def free_fix(terms: str) -> str:
    """The terms without their opening question, lower case first ('kom binnen een week terug, herstellen
    is gratis'), or '' when they offer no free fix."""
    if not (_FIXED.search(terms) and _FREE_OF_CHARGE.search(terms)):  # 'knippen we gratis bij': either order
        return ""
    said = terms.rsplit("?", 1)[-1].strip().rstrip(".")
    return said[:1].lower() + said[1:]
