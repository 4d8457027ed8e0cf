"""What the praised work held out against, as the writer says it ('mijn haar bleef perfect zitten ondanks die storm',
'ondanks de drukte toch op tijd'): said back after the thanks ('Zelfs de storm kon er dus niet tegenop!')."""

from __future__ import annotations

import re

from app.domain.textnorm import sentences
from app.domain.topics import article_of

# 'ondanks die storm', 'ondanks de gietende regen', 'ondanks al die regen': the thing, with a word of how bad at most.
_DESPITE = re.compile(
    r"\bondanks\s+(?:al\s+)?(?:de|die|dat|het|deze|dit)\s+(?P<adj>(?:slechte|koude|harde|grote|enorme|hevige|gietende|felle|warme|natte|drukke|lange|strenge|zware)\s+)?(?P<noun>[^\W\d_]{3,})\b",
    re.I,
)


# A sentence that says something went wrong despite it ('ondanks de reservering moesten we wachten'): no praise.
_WRONG = re.compile(r"\b(?:maar|helaas|jammer|niet|geen|nooit|moesten|moest|wachten|gewacht|toch\s+nog)\b", re.I)


def held_against(text: str) -> str:
    """The thing with its article ('de storm', 'het slechte weer'); '' when the writer names none, or says that
    something went wrong despite it."""
    found = next((f for s in sentences(text) if (f := _DESPITE.search(s)) and not _WRONG.search(s)), None)
    if found is None:
        return ""
    noun = found.group("noun").lower()
    adjective = (found.group("adj") or "").lower()
    return f"{article_of(noun)} {adjective}{noun}"
