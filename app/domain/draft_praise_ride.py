"""The ride or run a compliment tells of after the work: '62 km zonder zere knieën', '85 km langs de Maas naar
Maastricht en terug', 'zondag 60 km door het Geuldal', as the thanks says it back."""

from __future__ import annotations

import re

# A distance done: a number of km, not a delivery area or a speed ('binnen 15 km', '25 km/u'), not the point where
# the trouble began ('last van zijn rug na 60 km'), nor one still to come ('morgen 100 km', 'wil 50 km').
_DISTANCE = re.compile(
    r"(?<![\w/.,])(?P<pre>\w+\s+)?(?P<km>\d{1,3}(?:[.,]\d)?)\s?(?:km|kilometer|kilometers)\b(?!\s*/|\s*per\b)"
    r"(?=(?P<rest>[^.!?,;:()\n#@]*))",
    re.I,
)
_NOT_DONE_BEFORE = frozenset(
    {"na", "binnen", "per", "tot", "om", "op", "vanaf", "morgen", "wil", "willen", "ga", "gaan", "gaat", "moet"}
)
# Where the rest of the distance's phrase stops: a clause, the writer's own words (said back they would be wrong),
# or a verb of the writer's ('... en NUL pijn in mijn rug', '85 km, ik was kapot').
_STOPS = frozenset(
    {
        *("en", "maar", "want", "dus", "omdat", "terwijl", "toen", "als", "dat", "die", "wat", "waar"),
        *("ik", "'k", "k", "we", "wij", "ge", "gij", "je", "jij", "u", "hij", "ze", "zij", "mijn", "m'n", "mn"),
        *("mien", "onze", "ons", "ik", "is", "was", "waren", "zijn", "ben", "heb", "had", "hebben", "gedaan"),
        *("gefietst", "gereden", "gelopen", "afgelegd", "getrapt", "erbij", "gewoon", "echt", "zo", "nog"),
    }
)
# 'en terug', 'heen en terug': part of the ride
_BACK = re.compile(r"^(?:heen\s+)?en\s+terug\b", re.I)


def ride_said(text: str) -> str:
    """'62 km zonder zere knieën' for 'Zadel ... afgesteld, 62 km zonder zere knieën', '85 km langs de Maas naar
    Maastricht en terug' for 'onze eerste lange rit ..., 85 km langs de Maas naar Maastricht en terug'; '' when the
    comment names no distance done (a delivery area, a speed, where a pain began, a question) or only a number."""
    for found in _DISTANCE.finditer(text):
        pre = (found.group("pre") or "").strip().lower()
        if pre in _NOT_DONE_BEFORE or "?" in text[found.end() : found.end() + 2]:
            continue
        words: list[str] = []
        rest = found.group("rest").split()
        at = 0
        while at < len(rest) and len(words) < 8:
            word = rest[at]
            if _BACK.match(" ".join(rest[at : at + 3])):
                back = 3 if rest[at].lower() == "heen" else 2
                words += rest[at : at + back]
                at += back
                continue
            if word.lower() in _STOPS or not re.fullmatch(r"[^\W\d_][\w'’-]*|\d+", word):
                break
            words.append(word)
            at += 1
        while words and words[-1].lower() in {"de", "het", "een", "naar", "langs", "door", "over", "met", "van"}:
            words.pop()  # a phrase cut off after its preposition says nothing
        if words:  # ('loop weer 10 km': a distance alone says too little to say back)
            return " ".join([f"{found.group('km')} km", *words])
    return ""
