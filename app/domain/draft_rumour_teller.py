"""The clause that says who told a rumour and what that person is ('zegt m'n zwager die d'r vroeger bezorgde', 'heb
ik van een neef die daar gewerkt heeft'): what it names is the teller's job, not what the rumour is about, so a
profile field named only there ('bezorgen') is no subject of the reply."""

from __future__ import annotations

import re
from collections.abc import Iterable

# 'zegt m'n zwager die ...', 'volgens een collega die ...', 'heb ik van een neef die ...': a teller and the relative
# clause about them, to the end of its clause.
_TELLER = re.compile(
    r"\b(?:zegt|zei|zeggen|vertelde|vertelt|volgens|van)\s+(?:m'n|mijn|me|mn|ne|nen|een|onze|ons|de)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+\s+die\s+[^.!?,;]*",
    re.I,
)
# The first letters of a term that name it in any form ('bezorg' in 'bezorgde', 'bezorgen', 'bezorging').
_STEM = 6


def teller_clause(text: str) -> str:
    """The clauses of ``text`` that describe who told the rumour ('zegt m'n zwager die d'r vroeger bezorgde'), joined;
    '' when it has none."""
    return " ".join(m.group(0) for m in _TELLER.finditer(text))


def named_by_teller_only(terms: Iterable[str], text: str) -> bool:
    """Whether the words of a subject (its concept's ``terms``) are named in the teller's clause and nowhere else."""
    told = [found.group(0) for found in _TELLER.finditer(text)]
    if not told:
        return False
    clause, rest = " ".join(told), text
    for said in told:
        rest = rest.replace(said, " ")
    stems = {t.lower()[:_STEM] for t in terms if " " not in t and len(t) >= _STEM}

    def named(part: str) -> bool:
        return any(w.startswith(s) for w in re.findall(r"[^\W\d_]+", part.lower()) for s in stems)

    return named(clause) and not named(rest)
