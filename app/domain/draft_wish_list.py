"""Every idea of a suggestion, in the order the writer gave them ('zet eens water klaar, en misschien een paar boekjes
voor de kinderen'; 'Kunnen jullie niet één avond open blijven? En een fietspomp aan de gevel zou ook plezant zijn'),
each said as the rest of 'je idee ...': a reply names all of them, not only the first."""

from __future__ import annotations

import re

from app.domain.draft_later_hours import evening_said, evening_wish
from app.domain.draft_text import strip_emoji
from app.domain.draft_wish_clause import wish_clause
from app.domain.draft_wish_named import is_pair, joined
from app.domain.draft_wishes import IMPERATIVES, opening_do, wishes
from app.domain.textnorm import sentences
from app.domain.words import WEEKDAY_NAMES

# One more thing wished, joined to an idea in the same sentence: ', en misschien een paar boekjes voor de kinderen',
# 'of anders wat meer stoelen': a noun phrase after 'en'/'of' and a softener, up to the sentence's end.
_ALSO_THING = re.compile(
    r"(?:,\s*|\s)(?:en|of)\s+(?:misschien|eventueel|ook|anders|zeker)\s+(?:nog\s+|ook\s+)?"
    r"(?P<what>(?:een|wat|meer|extra|enkele|nog)\s+[^\W\d_][^.!?,;:]{2,50}?)\s*(?:[.!?,;]|$)",
    re.I,
)
# Where an order ends and the next begins: 'Zet er een ventilator neer of doe de achterdeur open'.
_NEXT_ORDER = re.compile(rf"\s*,?\s+(?:of|en)\s+(?=(?:{'|'.join(sorted(IMPERATIVES))})\b)", re.I)


# An emoji between a sentence and the next ('... waren ze al 'op' 🙄 Zet er dan een reserveersysteem op'): a stop.
_EMOJI_STOP = re.compile(
    r"(?<=[^\s.!?,;:])\s*[\U0001F000-\U0001FAFF\u2600-\u27BF][\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]*"
    r"\s+(?=[A-Z])"
)


def _content(wish: str) -> frozenset[str]:
    """The words of a wish that say what it is (four letters or more), to tell one idea from another."""
    return frozenset(w for w in re.findall(r"[^\W\d_]{4,}", wish.lower()) if w not in {"voor", "zijn"})


def _in_sentence(sentence: str, orders: bool) -> list[str]:
    """The ideas of one sentence: its wish in a shape the readers know, or (``orders``) the orders it opens with,
    and a thing joined to it ('..., en misschien een paar boekjes voor de kinderen')."""
    found = [w for w in wish_clause(sentence).split(" en ook ") if w] if wish_clause(sentence) else []
    if not found and orders:
        given = _NEXT_ORDER.split(sentence.strip())
        found = [w for order in given if (w := evening_said(order) if evening_wish(order) else opening_do(order))]
    also = _ALSO_THING.search(sentence)
    if found and also is not None:
        found.append(f"voor {' '.join(also.group('what').split())}")
    return found


def every_wish(text: str, orders: bool = True) -> list[str]:
    """Every idea of a suggestion, in the writer's order, each as the rest of 'je idee ...' ('om een ventilator neer
    te zetten', 'voor een fietspomp aan de gevel'); one idea said in two shapes counts once. Without ``orders``, a
    sentence that only opens with an order ('Doe zo voort!') names no idea."""
    found: list[str] = []
    plain = strip_emoji(_EMOJI_STOP.sub(". ", text))
    for read in [w for s in sentences(plain) for w in _in_sentence(s, orders)] + wishes(text, limit=3):
        said = " ".join(read.split())
        words = _content(said)
        if said and words and not any(words <= _content(f) or _content(f) <= words for f in found):
            found.append(said)
    return found


def wish_named(text: str, first: str = "") -> str:
    """The ideas of a suggestion joined for a reply ('om ... en ook voor ...'): ``first`` (the wish already read) and
    the next idea that is another one, not one read from an order alone; at most two. Another reading of the
    sentence ``first`` came from is no other idea, but a thing joined to it is ('..., en misschien boekjes')."""
    if not first:
        return joined(every_wish(text))
    if is_pair(first):
        return first
    plain = sentences(strip_emoji(text))
    own = max(plain, key=lambda s: len(_content(first) & _content(s)))
    also = _ALSO_THING.search(own)
    joined_to = f"voor {' '.join(also.group('what').split())}" if also is not None else ""
    for other in every_wish(text, orders=False):
        if _content(other) & _content(first):
            continue
        if other == joined_to or not _content(other) <= _content(own):
            return joined([first, other])
    return first


# The day whose hours the writer finds too short ('op zondag ... maar tot 11u kunt ophalen', 'op zaterdag al om 12u
# dicht'): a weekday after 'op' and a clock time in the same sentence; a time after a plain 'om' is when the writer
# came ('op dinsdag om 9 uur voor een dichte deur'), a closing time only with 'al om' or 'dicht' after it.
_CLOCK = r"\d{1,2}(?:[.:u]\d{2})?\s*(?:u|uur|h)?\b"
_DAY_SHORT = re.compile(
    rf"\bop\s+(?P<dag>{'|'.join(WEEKDAY_NAMES)})\b[^.!?]{{0,60}}?"
    rf"(?:\b(?:tot|vanaf|na|voor|al\s+om)\s+{_CLOCK}|\bom\s+{_CLOCK}\s*(?:al\s+)?(?:dicht|gesloten|toe)\b)",
    re.I,
)


def with_day(text: str, wish: str) -> str:
    """The wish with the day it is about ('voor een sleutelkastje of codeslot' → '... op zondag'), when the comment
    names one weekday whose hours it finds too short and the wish names no weekday; the wish as it is otherwise."""
    days = {m.group("dag").lower() for m in _DAY_SHORT.finditer(text)}
    if not wish or len(days) != 1 or re.search(rf"\b(?:{'|'.join(WEEKDAY_NAMES)})", wish, re.I):
        return wish
    return f"{wish} op {days.pop()}"


# A question that only offers an idea ('Idee: een sleutelkastje of codeslot zodat ...?', 'Misschien een wachtlijst?'):
# a label or a softener, then a thing; no question to answer beside the tip.
_IDEA_ASKED = re.compile(
    r"^\W*(?:(?:een\s+)?(?:idee|ideetje|tip|tipje|suggestie|voorstel|voorstelletje)\s*:\s*|misschien\s+|anders\s+)+"
    r"(?:een|meer|extra|wat)\s+[^?]{2,80}\?\s*$",
    re.I,
)


def offers_idea(question: str) -> bool:
    """Whether a question only offers an idea, which the tip line answers ('Idee: een sleutelkastje ...?')."""
    return _IDEA_ASKED.match(question) is not None
