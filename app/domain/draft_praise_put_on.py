"""The writer's own old part the business put back on the new or mended thing ('Wannes heeft zijn oude bel uit 1985
erop gezet', 'mijn eigen mandje eraan gehangen', 'haar oude speldje erin gestoken'): a detail that made it, said
back in the thanks."""

from __future__ import annotations

import re

# Whose old or own part, what it is (with 'uit 1985', 'van opa'), and where it went ('erop', 'er weer aan').
_PUT_ON = re.compile(
    r"\b(?P<whose>zijn|z'n|haar|d'r|mijn|m'n|mn|onze|ons)\s+"
    r"(?P<thing>(?:oude|eigen|vertrouwde|originele|trouwe)\s+[^\W\d_][\w-]{2,}"
    r"(?:\s+(?:uit|van)\s+(?:'?\d{2,4}|[^\W\d_]{3,}))?)\s+"
    r"(?:nog\s+|ook\s+)?er\s*(?:weer\s*|terug\s*|gewoon\s*)?(?P<where>op|aan|in|bij)\s+"
    r"(?:\w+\s+)?(?:gezet|gemonteerd|geschroefd|gelegd|gehangen|gestoken|geplaatst|gedaan|gelaten|gehouden)\b",
    re.I,
)
_MINE = frozenset({"mijn", "m'n", "mn", "onze", "ons"})


def put_back_on(text: str, poss: str) -> tuple[str, str]:
    """(the part as the reply says it, where it went): 'zijn oude bel uit 1985 erop gezet' → ('zijn oude bel uit
    1985', 'op'); the writer's own said with ``poss`` ('mijn eigen mandje' → 'je eigen mandje'); ('', '') for none."""
    found = _PUT_ON.search(text)
    if found is None:
        return "", ""
    whose = found.group("whose").lower()
    whose = poss if whose in _MINE else {"z'n": "zijn", "d'r": "haar"}.get(whose, whose)
    return f"{whose} {' '.join(found.group('thing').split())}", found.group("where").lower()
