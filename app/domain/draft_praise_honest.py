"""The honesty a compliment praises: 'eerlijk advies', 'Eerlijke prijs (€ 85)', 'een correcte prijs', said back
('Eerlijk advies: zo hoort het ook!'); never one denied ('geen eerlijke prijs') or asked about."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_praise_held import praise_list
from app.domain.words import alternation


@lru_cache(maxsize=1)
def _honest() -> re.Pattern[str]:
    """'eerlijk advies', 'eerlijke prijzen', 'correcte prijsofferte': an honest adjective before what was honest."""
    adjectives = alternation(praise_list("honest_adjectives"))
    things = alternation(praise_list("honest_things"))
    return re.compile(rf"(?<![\w-])(?P<adj>{adjectives})\s+(?P<ding>[\w-]*?(?:{things}))(?![\w-])", re.I)


def _denied(before: str) -> bool:
    """Whether the words before the match in its sentence deny it ('geen eerlijke prijs', 'niet echt eerlijk')."""
    words = set(re.findall(r"[^\W\d_]+", before.lower())[-3:])
    return bool(words & set(praise_list("honest_not")))


def honest_said(text: str) -> str:
    """'Eerlijk advies' for '... en eerlijk advies: ...', 'Een eerlijke prijs' for 'Eerlijke prijs (€ 85)', as the
    start of a sentence; '' when the comment praises no honesty, denies it or asks about it."""
    for found in _honest().finditer(text):
        start = max(text.rfind(stop, 0, found.start()) for stop in ".!?\n")
        end = min((i for i in (text.find(s, found.end()) for s in ".!?\n") if i >= 0), default=len(text))
        if _denied(text[start + 1 : found.start()]) or text[end : end + 1] == "?":
            continue
        adj, thing = found.group("adj").lower(), found.group("ding").lower()
        # 'eerlijke prijs' → 'een eerlijke prijs'; 'eerlijk advies' (a het-word, as written), 'eerlijke prijzen' stay
        single = adj.endswith("e") and not thing.endswith("en")
        said = f"{'een ' if single else ''}{adj} {thing}"
        return said[:1].upper() + said[1:]
    return ""
