"""What the writer brought their thing in for, in a joke about a long wait ('Fiets in augustus gebracht voor een nieuwe
bel. Mijn kleinzoon ... misschien kan hij hem dan ophalen 🐌'): the job named in the sorry under the laugh."""

from __future__ import annotations

import re

# 'gebracht voor een nieuwe bel', 'voor een kleine beurt binnengebracht', 'afgegeven voor de reparatie van de rem'.
_BROUGHT_FOR = re.compile(
    r"\b(?:gebracht|binnengebracht|afgegeven|achtergelaten|binnengezet|langsgebracht)\s+voor\s+"
    r"(?P<what>(?:een|de|het)\s+(?:(?:nieuwe?|kleine?|grote?|simpele?)\s+)?[^\W\d_]{3,})"
    r"|\bvoor\s+(?P<what2>(?:een|de|het)\s+(?:(?:nieuwe?|kleine?|grote?|simpele?)\s+)?[^\W\d_]{3,})\s+"
    r"(?:\w+\s+)?(?:gebracht|binnengebracht|afgegeven|achtergelaten|binnengezet|langsgebracht)\b",
    re.I,
)


def brought_for(text: str) -> str:
    """The job the writer brought their thing in for, as written ('een nieuwe bel'); '' when the joke names none."""
    found = _BROUGHT_FOR.search(text)
    return " ".join((found.group("what") or found.group("what2")).split()).lower() if found else ""


# What the writer waits for, compared ('langer wacht tot ze de telefoon opnemen dan ...', 'wachten op mijn bestelling
# langer dan ...'): the first thing named after 'wachten op/tot', in its clause.
_WAITED_FOR = re.compile(
    r"\bwacht(?:en|te|ten|t)?\s+(?:op|tot)\s+(?:[\w']+\s+){0,2}?(?P<det>de|het|mijn|m'n|mn|onze|ons|jullie)\s+"
    r"(?P<what>[^\W\d_]{3,})\b",
    re.I,
)
_MINE = frozenset({"mijn", "m'n", "mn", "onze", "ons"})


def waited_for(text: str, poss: str) -> str:
    """The thing the writer waits for in a wait joke, as the reply names it ('tot ze de telefoon opnemen' → 'de
    telefoon', 'op mijn bestelling' → 'je bestelling' with ``poss``); '' when none is named."""
    found = _WAITED_FOR.search(text)
    if found is None:
        return ""
    det = found.group("det").lower()
    det = poss if det in _MINE else "de" if det == "jullie" else det
    return f"{det} {found.group('what').lower()}"
