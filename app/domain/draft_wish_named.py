"""How a thanks names the wishes found: two joined as one, an online wish from someone who cannot call, a day wished."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import WEEKDAY

_PAIR = " en ook "


def joined(found: list[str]) -> str:
    """One wish as it is; two as 'voor een vegetarische variant en ook voor één factuur per maand'."""
    return _PAIR.join(found[:2])


def is_pair(wish: str) -> bool:
    """Whether a wish made by :func:`joined` names two ('je ideeën', not 'je idee')."""
    return any(f"{_PAIR}{word} " in wish for word in ("om", "voor"))


# A wish to book or order online, from someone for whom calling does not work.
_ONLINE_WISH = re.compile(
    r"\b(?:online|digitaal|via\s+(?:de\s+)?(?:site|website|app)|boeken|reserveren|bestellen|afspraak)", re.I
)


_NO_CALLING = re.compile(
    r"\b(?:bellen|telefonisch|telefoon|bel)\b[^.!?]{0,40}\b(?:lukt|kan|kun|krijg|haal|red)\w*\b[^.!?]{0,15}"
    r"\b(?:niet|nooit|never|nooit)\b|\bniet\s+(?:bellen|telefonisch)\b",
    re.I,
)


def cannot_call(wish: str, text: str) -> bool:
    """Whether the wish is to book or order online, from someone for whom calling does not work ('online boeken
    zou een gamechanger zijn, bellen lukt mij never')."""
    return bool(_ONLINE_WISH.search(wish) and _NO_CALLING.search(text))


# A day or part of the week the writer would like as well: 'vrijdagavond zou ook chill zijn', 'op zondag zou
# ook top zijn'.
_DAY_WISH = re.compile(
    rf"\b(?:op\s+)?(?P<day>{WEEKDAY}(?:avond|ochtend|middag|morgen)?|weekend)"
    r"\s+zou(?:den)?\s+(?:het\s+)?(?:(?:ook|echt|wel|heel|erg|best|zeker)\s+){0,3}\w+\s+zijn\b",
    re.I,
)


def day_wished(text: str) -> str:
    """'voor de vrijdagavond' for 'vrijdagavond zou ook chill zijn': the day the suggestion asks for, to name the
    idea by; '' when no day is wished that way."""
    found = _DAY_WISH.search(text)
    return f"voor de {found.group('day').lower()}" if found else ""
