"""A holiday line's value in its parts, and the parts that make an exception for one day ('herfstvakantie: gewoon
open, behalve woensdag 1 november gesloten'): what holds on that day, and what on the line's other days."""

from __future__ import annotations

import re

# The word that opens the part of a line's value that makes an exception for one day ('gewoon open, behalve woensdag
# 1 november gesloten'): what follows it holds on that day only.
EXCEPT_LEAD = re.compile(r"^\s*(?:behalve|uitgezonderd|except)\b[\s,:]*", re.I)
_VALUE_PARTS = re.compile(r"[,;]\s*(?![^(]*\))")


def value_parts(value: str) -> list[str]:
    """A holiday value in its parts between commas and semicolons (not those between brackets)."""
    return [p.strip() for p in _VALUE_PARTS.split(value.strip().rstrip(".")) if p.strip()]


def without_exceptions(value: str) -> str:
    """A holiday value without the parts that make an exception for a day ('gewoon open, behalve woensdag 1 november
    gesloten' → 'gewoon open'): what holds on the line's other days."""
    return ", ".join(p for p in value_parts(value) if not EXCEPT_LEAD.match(p))
