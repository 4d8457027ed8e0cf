"""A child's first step the writer tells of ('Onze Mila fietst sinds gisteren zonder zijwieltjes', 'zwemt nu zonder
bandjes'): the step as written, so the thanks can say it back ('Mila nu al zonder zijwieltjes, wat knap!') instead of
a bare 'fijn dat het zo goed ging' (resources/praise.toml 'milestones')."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_praise_held import praise_list
from app.domain.words import word_regex


@lru_cache(maxsize=1)
def _said_back() -> dict[str, str]:
    """praise.toml 'milestones': each step as written, and as the thanks says it back ('nie één traan = zonder één
    traan'; the same words when no '=' is given)."""
    pairs = [item.split("=") for item in praise_list("milestones")]
    return {" ".join(p[0].split()): " ".join(p[-1].split()) for p in pairs}


# Said of what is still to come or did not happen ('wil nog niet zonder zijwieltjes', 'durft nog niet zonder'):
# no step taken yet.
_NOT_YET = re.compile(r"\b(?:nog\s+niet|niet|nooit|durft|durfde|wil|wou|bijna)\s+(?:\w+\s+){0,2}$", re.I)


def milestone(text: str) -> str:
    """The first step ``text`` tells of, as written ('zonder zijwieltjes'); '' when it tells of none or says it is
    not taken yet ('durft nog niet zonder zijwieltjes')."""
    for found in word_regex(tuple(_said_back())).finditer(text):
        if not _NOT_YET.search(text[max(0, found.start() - 40) : found.start()]):
            written = " ".join(found.group(0).split())
            return _said_back().get(written.lower(), written)
    return ""


# Someone else's very first of something ('Onze Mees (2) zijn allereerste knipbeurt', 'haar eerste fietsje'): not a
# first visit or order, nor a time ('zijn eerste keer', 'haar eerste bestelling', 'hun eerste week').
# ... also said alone after a colon or at a sentence start ('ging naar de brugklas, dus: eerste echte fiets!').
_FIRST_OF = re.compile(
    r"(?:\b(?P<whose>zijn|z'n|haar|d'r|hun)\s+|(?:^|[:.!?]\s*)(?=(?i:(?:aller)?eerste)\b))"
    r"(?P<first>(?:aller)?eerste)\s+(?P<real>echte\s+)?(?P<what>[^\W\d_]{4,})\b",
    re.I,
)


def first_of(text: str) -> str:
    """Someone's very first of something, as written ('zijn allereerste knipbeurt', 'dus: eerste echte fiets!' → 'de
    eerste echte fiets'); '' for none, for a first visit, order or time (resources/praise.toml 'first_not')."""
    for found in _FIRST_OF.finditer(text):
        if found.group("what").lower() not in praise_list("first_not"):
            whose = {"z'n": "zijn", "d'r": "haar"}.get(
                (found.group("whose") or "de").lower(), found.group("whose") or "de"
            )
            said = f"{found.group('first')} {found.group('real') or ''}{found.group('what')}".lower()
            return f"{whose.lower()} {' '.join(said.split())}"
    return ""
