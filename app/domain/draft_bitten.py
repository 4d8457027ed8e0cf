"""Teeth or dental work broken on something bitten on ('beet op het boontje en er is een stuk van zijn brug
afgebroken', 'op een pit gebeten, kroon eruit'): the draft names both, the thing bitten on and what broke, as the
writer said them (resources/harm.toml [lists] dental, broke_on, bit, bit_stop)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from app.domain.draft_harm_now import harm_words, sentence_words
from app.domain.textnorm import sentences
from app.domain.topics import article_of

# the article a reply says for the writer's ('ne', ''t', 'dat'): 'het boontje', 'een pit'
_ARTICLES = {"een": "een", "ene": "een", "ne": "een", "'n": "een", "de": "de", "die": "de", "den": "de"}
_ARTICLES |= {"het": "het", "'t": "het", "t": "het", "dat": "het", "iets": "iets"}
_PIECE = frozenset({"stuk", "stukje", "hoek", "hoekje", "brok", "brokje", "deel", "deeltje", "piece", "bit"})
_NEARLY = frozenset({"bijna", "haast", "bijkans", "nearly", "almost"})
_OUT = frozenset({"uit", "eruit", "uitgevallen", "los", "losgekomen", "losgeschoten"})


@dataclass(frozen=True)
class Broken:
    part: str  # the dental part as the writer named it: 'brug', 'kies'
    piece: bool  # a piece of it ('een stuk van zijn brug'), not the whole
    out: bool  # it came out or loose ('kroon eruit'), not broke


def bitten_on(text: str) -> str:
    """What the writer's person bit on, with the reply's article ('beet op het boontje' → 'het boontje', 'op ne
    harde pit gebeten' → 'een harde pit'), at most three words; '' when no bite on a thing is told."""
    bite, stop = harm_words("bit"), harm_words("bit_stop")
    for words in sentence_words(text):
        for i, word in enumerate(words):
            if word != "op" or not (bite & set(words[max(0, i - 3) : i]) or bite & set(words[i + 1 : i + 6])):
                continue
            article = _ARTICLES.get(words[i + 1], "") if i + 1 < len(words) else ""
            rest = []
            for after in words[i + 2 : i + 5]:
                if after in stop or after in bite:
                    break
                rest.append(after)
            if article and rest:
                return " ".join((article, *rest))
    return ""


@cache
def _dental() -> frozenset[str]:
    return harm_words("dental")


def broken_dental(text: str) -> Broken | None:
    """The dental part that broke or came out in a sentence that says so ('een stuk van zijn brug afgebroken',
    'mijn kroon is eruit'), or None."""
    broke = harm_words("broke_on") | _OUT
    for sentence in sentences(text):
        words = [w.lower() for w in re.findall(r"[\w'-]+", sentence)]
        at = next((i for i, w in enumerate(words) if w in _dental()), -1)
        if at < 0 or not broke & set(words) or _NEARLY & set(words):  # 'bijna een tand gebroken': nothing broke
            continue
        before = words[max(0, at - 4) : at]
        out = bool(_OUT & set(words)) and not (harm_words("broke_on") - {"af", "eraf"}) & set(words)
        return Broken(words[at], bool(_PIECE & set(before)), out)
    return None


def bitten_values(text: str, person: str, you: str, poss: str) -> dict[str, str]:
    """The values of the safety line for teeth or dental work broken on something bitten on: 'onderwerp' = 'er een
    stuk van de brug van uw vader is afgebroken', 'waarde' = ' op het boontje'; {} when no dental part is told
    broken on a thing bitten. ``person`` is whom it happened to ('uw vader', or ``you``), ``poss`` the reply's 'je'
    or 'uw'."""
    broken = broken_dental(text)
    on = bitten_on(text)
    if broken is None or not on:  # 'over zijn stuur gegaan ... stuk van zijn tand eraf': the fall is the harm
        return {}
    part = broken.part
    own = f"{article_of(part)} {part} van "
    if person.startswith(own):  # 'de kies van uw moeder' asked after already: the part, then her
        person = person.removeprefix(own)
    thing = f"{poss} {part}" if person in {you, ""} else f"{own}{person}"
    verb = "zijn" if part.endswith("en") and not broken.piece else "is"
    happened = "losgekomen" if broken.out else "afgebroken"
    said = f"er een stuk van {thing} is afgebroken" if broken.piece else f"{thing} {verb} {happened}"
    return {"onderwerp": said, "waarde": f" op {on}", "persoon": person or you}
