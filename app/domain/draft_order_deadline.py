"""The last day to order something for the holidays, from the profile's holiday lines: 'Tot wanneer kan ik nog een
kerststronk bestellen?' ~ 'Kerst- en nieuwjaarsbestellingen (kerststronken, …) ten laatste za 18 december.'"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_facts import key_words
from app.domain.draft_word_match import similar
from app.domain.profile import BusinessProfile

# A question for the last day to order ('Tot wanneer kan ik een kerststronk bestellen?', 'uiterlijk wanneer
# reserveren?'), or whether it is not too late yet ('Kan ik nog een paasbrood bestellen of ben ik te laat?', 'op tijd')
_DEADLINE_ASKED = re.compile(
    r"\b(?:tot\s+wanneer|uiterlijk|ten\s+laatste|laatste\s+dag|deadline|te\s+laat|nog\s+op\s+tijd)\b", re.I
)
# A holiday line that gives one: an ordering word and a last day ('kerststronken ten laatste za 18 december',
# 'Kerststronk bestellen tot zo 19 december').
_ORDER_WORD = re.compile(r"\b(?:\w*bestel\w*|reserv\w*)", re.I)
_LAST_DAY = re.compile(
    r"\b(?:ten\s+laatste|uiterlijk|tot(?:\s+en\s+met)?|vóór|voor)\s+(?:\w+\.?\s+)?\d{1,2}\s+[a-z]{3,}", re.I
)


def order_deadline(question: str, profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """The profile's holiday line with the last day to order what the question asks it for, as the profile says
    it: the one that shares most words with the question, none that shares none when the question names what it
    orders (nor one of several when it names nothing); '' when the question asks no last day to order."""
    if not (_DEADLINE_ASKED.search(question) and _ORDER_WORD.search(question)):
        return ""
    asked = key_words(_ORDER_WORD.sub(" ", question), lemmas_of)
    lines = [f"{d}: {v}" if v else d for d, v in profile.holiday_entries()]
    found = [line for line in lines if _ORDER_WORD.search(line) and _LAST_DAY.search(line)]
    if not found:
        return ""
    # (a word of the line or a compound of it: 'een paasbrunch' ~ 'Paasbrunchpakket voor 2 personen')
    # ... or what the line's orders are for: 'paasbestellingen tot do 22 maart' holds the paasbrood ordered
    shared = {
        line: {w for w in asked if any(similar(w, k) for k in key_words(line, lemmas_of)) or w.startswith(_for(line))}
        for line in found
    }
    best = max(found, key=lambda line: len(shared[line]))
    if (asked and not shared[best]) or (not asked and len(found) > 1):
        return ""  # 'Tot wanneer reserveren voor oudejaar?' is not answered by the line for Christmas cakes
    best = best.strip().rstrip(".")
    return f"{best[:1].upper()}{best[1:]}."


# The orders a line is for, by the first part of its ordering word ('paasbestellingen', 'Kerst- en
# nieuwjaarsbestellingen'): 'paas', 'kerst', 'nieuwjaars'.
_ORDERS_FOR = re.compile(r"\b([^\W\d_]{4,}?)(?:-|s)?(?:bestelling\w*|-\s+en\s+)", re.I)


def _for(line: str) -> tuple[str, ...]:
    """The first parts of a line's ordering words ('paasbestellingen' → 'paas'), lower case; () when none."""
    found = [m.lower() for m in _ORDERS_FOR.findall(line)]
    return tuple(f for f in found if f not in {"be", "the"}) if _ORDER_WORD.search(line) else ()
