"""The name on an order that the writer says was misspelt: the name they spell elsewhere in the comment that the text
on the order ('Gefeliciteerd Tes', 'LOTE') is one or two letters off ('Tess', 'Lotte')."""

from __future__ import annotations

import re

_CAPITALISED = re.compile(r"(?<![\w'‘])(?-i:[A-Z][a-zà-ÿ]{2,})\b")
_CAPS_NAME = re.compile(r"(?<![\w'‘])(?-i:[A-Z]{3,})\b")
# a name in capitals the writer says someone is called ('terwijl ons zoon LUKAS heet', 'hij heet JOREN')
_CALLED_CAPS = re.compile(r"(?<![\w'‘])(?-i:([A-Z]{3,}))\s+(?:heet|heette)\b|\b(?:heet|heette)\s+(?-i:([A-Z]{3,}))\b")
_QUOTED_NAME = re.compile(r"['‘\"“]([A-Z][a-zà-ÿ]{2,})['’\"”]")


def _distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def misspelt_name(text: str, shown: str) -> str:
    """The name the writer spells elsewhere in the comment that the text on the order (``shown``, 'Gefeliciteerd
    Tes', 'LOTE') misspells: a word of it one or two letters off, same first letter ('Tess', 'Lotte') or the one
    inside the other ('Lisa' for 'Isa'); or ''."""
    # the shown text as a whole word only: 'ELIN' is no part of 'met de naam ELINE erop'
    bare = re.escape(shown.strip("'‘’\"“”"))
    rest = re.sub(rf"(?<!\w){bare}(?!\w)", " ", text)
    rest = re.sub(r"\bi\.\s?p\.\s?v\.", "ipv", rest, flags=re.I)  # 'Mila i.p.v. Milla': no sentence ends there
    names = {m.group(0) for m in _CAPITALISED.finditer(rest) if m.start() > 0 and rest[m.start() - 2] not in ".!?"}
    # a name written in capitals as it was ordered ('met de naam ELINE erop'), said as a name: 'Eline'
    names |= {m.group(0).capitalize() for m in _CAPS_NAME.finditer(rest)} if shown.isupper() else set()
    names |= {(m.group(1) or m.group(2)).capitalize() for m in _CALLED_CAPS.finditer(rest)}
    # the name as it should have been, quoted too ('stond er 'Lukas' op in plaats van 'Lucas'')
    names |= {m.group(1) for m in _QUOTED_NAME.finditer(rest)}
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]{3,}", shown)]
    for word in words:
        for name in sorted(names):
            # same first letter ('Tes' for Tess), or a letter more or less around the name ('Lisa' for Isa)
            related = word[0].lower() == name[0].lower() or name.lower() in word.lower() or word.lower() in name.lower()
            near = related and 0 < _distance(word.lower(), name.lower()) <= 2
            if near and not any(w.lower() == name.lower() for w in words):
                return name
    return ""


# The name as it should have been, said by the writer ('Heit heet Hilbrand', 'ze heet gewoon Anouk', 'het moest
# 'Marloes' zijn').
_RIGHT_NAME = re.compile(
    r"\b(?:heet|heette|heten)\s+(?:gewoon\s+|toch\s+|eigenlijk\s+)?['‘\"“]?(?P<a>(?-i:[A-Z][a-zà-ÿ]{2,}))\b"
    r"|\b(?:moest|moet|had)\s+(?:er\s+)?(?:toch\s+|gewoon\s+)?['‘\"“](?P<b>(?-i:[A-Z][a-zà-ÿ]{2,}))['’\"”]",
    re.I,
)


def right_name(text: str, shown: str) -> str:
    """The name the writer says should have been on the order, when the text on it (``shown``) is another one
    altogether ('Staat er 'Proficiat Hielke' op. Heit heet Hilbrand' → 'Hilbrand'); or ''."""
    found = _RIGHT_NAME.search(text)
    name = (found.group("a") or found.group("b")) if found else ""
    return name if name and name.lower() not in shown.lower() else ""
