"""How long the writer has been coming, as said ('al veertig jaar klant', 'sinds 1998'; split off
app/nlp/topic_occasion.py)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from app.nlp.token_span import around

# A Dutch cardinal written out: 'twaalf', 'veertig', 'vijfentwintig' (the whole class, built, not listed).
_CARDINAL = re.compile(
    r"^(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien"
    r"|zeventien|achttien|negentien|honderd|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig))$"
)
# The writer, or the writer's household or firm, in the clause: 'ik kom', 'laten wij', 'onze fietsen'.
_WE = frozenset({"ik", "we", "wij", "ons", "onze", "mijn", "m'n", "mij", "me"})
# The writer is a customer: 'Al 30 jaar klant', 'vaste klant', 'trouwe klant'.
_CUSTOMER = ("klant", "klanten", "klantje")
_CLAUSE_ENDS = frozenset({".", "!", "?", ",", ";", ":", "…", "maar"})
# A thing at rest for years: 'de fiets stond al vijf jaar in de schuur', 'lag er al jaren': how long it stood unused,
# not how long the writer has been coming.
_AT_REST = frozenset(
    {"stond", "staat", "stonden", "staan", "lag", "ligt", "lagen", "liggen", "hing", "hangt", "hingen", "hangen"}
    | {"stilstond", "stilstaat", "stilgestaan", "gestaan", "gelegen", "gehangen", "verstopt", "weggestopt"}
)


def loyalty(doc: Any) -> str:
    """How long the writer has been coming, as said: 'ik kom nu al veertig jaar bij u' → 'al veertig jaar',
    'Al jaren tevreden klant' → 'al jaren', 'klant sinds 1998' → 'sinds 1998', 'Beste kapper, al 12 jaar!' →
    'al 12 jaar'. Only in a clause about the writer (a first person or 'klant') that denies nothing: not 'ik
    eet al twintig jaar geen vlees', not 'Hoekstra bakt al een jaar niet zelf', nor of a thing at rest ('de fiets
    van mijn opa stond al vijf jaar in de schuur'). '' when none."""
    for token in doc:
        said = _span_of_years(doc, token.i)
        if not said:
            continue
        start, end = _clause(doc, token.i)
        words = {t.lower_ for t in doc[start:end]}
        # 'ik eet al twintig jaar geen vlees': a denial right after it is what lasted, not the visits
        if {t.lower_ for t in doc[token.i : token.i + len(said.split()) + 3]} & {"geen", "niet", "nooit"}:
            continue
        # 'de Gazelle van mijn opa stond al vijf jaar in de schuur': a thing at rest, no visits
        if {t.lower_ for t in doc[max(start, token.i - 3) : token.i]} & _AT_REST:
            continue
        about_writer = bool(words & _WE) or any(w.startswith(_CUSTOMER) for w in words) or _coming_here(doc, start, end)
        # 'Als Zeeuwse al acht jaar elke zes weken de grens over voor Lize': a habit of coming, no one else doing it
        about_writer = about_writer or (bool(words & _EVERY) and not words & _OTHERS)
        alone = end - start <= len(said.split()) + 1  # 'Beste kapper van Herentals, al 12 jaar!'
        if about_writer or alone:
            return said
    return ""


# A habit, in a clause of nobody else ('al acht jaar elke zes weken ...'; not 'jullie bakken al jaren elke dag').
_EVERY = frozenset({"elke", "iedere", "ieder"})
_OTHERS = frozenset({"jullie", "u", "ge", "gij", "hij", "zij", "ze", "het", "hun", "zijn"})


# Where the writer comes to, said without 'ik': 'Al twaalf jaar ... elke ochtend eerst hierheen', 'al jaren bij jullie'.
_HERE = frozenset({"hierheen", "hiernaartoe", "naarhier"})
_TO_YOU = frozenset({("bij", "jullie"), ("naar", "jullie"), ("bij", "u"), ("naar", "u")})


def _coming_here(doc: Any, start: int, end: int) -> bool:
    """Whether the clause says the writer comes here, with 'ik' left out ('Al twaalf jaar elk jaar met Pinksteren
    in Ouddorp en elke ochtend eerst hierheen', 'al jaren bij jullie'); not 'Jullie bakken al jaren zelf'."""
    words = [t.lower_ for t in doc[start:end]]
    return bool(_HERE & set(words)) or any(pair in _TO_YOU for pair in pairwise(words))


def _span_of_years(doc: Any, i: int) -> str:
    """'al veertig jaar', 'al 12 jaar', 'al jaren', 'sinds 1998' starting at token ``i``, or '15 jaar' of '15
    jaar klant'; '' otherwise."""
    word = doc[i].lower_
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None:
        return ""
    customer = i + 2 < len(doc) and doc[i + 2].lower_.startswith(_CUSTOMER) and nxt.lower_ == "jaar"
    if customer and (doc[i].text.isdigit() or _CARDINAL.match(word)) and (i == 0 or doc[i - 1].lower_ != "al"):
        return f"{doc[i].text} jaar"  # '15 jaar klant geweest'
    if word == "al" and nxt.lower_ in {"jaren", "jarenlang", "decennia"}:
        return f"al {nxt.lower_}"
    if word == "sinds" and re.fullmatch(r"(?:19|20)\d\d", nxt.text):
        return f"sinds {nxt.text}"
    if word != "al" or i + 2 >= len(doc) or doc[i + 2].lower_ != "jaar":
        return ""
    number = nxt.text if nxt.text.isdigit() and 0 < int(nxt.text) < 100 else ""
    number = number or (nxt.lower_ if _CARDINAL.match(nxt.lower_) and nxt.lower_ != "een" else "")
    return f"al {number} jaar" if number else ""


def _clause(doc: Any, i: int) -> tuple[int, int]:
    """The clause around token ``i``: from after the last comma or sentence end before it to the next one."""
    return around(doc, i, i, lambda token: token.lower_ in _CLAUSE_ENDS)
