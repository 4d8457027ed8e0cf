"""What a compliment says about the writer's own health: a serious illness or its treatment ('Toen ik hoorde dat
ik chemo moest'), one now behind them ('Na mijn chemo ...') and a part of the body that is better again ('Na jaren
knieklachten ... zonder pijn'). The illness words are in resources/praise.toml 'illness'."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.datafile import read_toml
from app.domain.textnorm import sentences
from app.domain.topics import shipped_topic_data
from app.errors import DataFileError
from app.resources import resource_path


@lru_cache(maxsize=1)
def _illness() -> frozenset[str]:
    """The words of a serious illness or its treatment (resources/praise.toml 'illness')."""
    path = resource_path("praise.toml")
    words = read_toml(path).get("illness", [])
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise DataFileError(str(path), "'illness' moet een niet-lege lijst met woorden zijn", "illness")
    return frozenset(w.strip().lower() for w in words)


_ME = frozenset({"ik", "mij", "me", "mijn", "m'n"})


def own_illness(text: str) -> bool:
    """Whether the writer tells of their own serious illness or its treatment ('Toen ik hoorde dat ik chemo
    moest'): a sentence with both an illness word and the writer ('mijn dochter is ziek' names someone else's)."""
    for sentence in sentences(text):
        words = re.findall(r"[\w']+", sentence.lower())
        if not _illness() & set(words):
            continue
        others = any(w in {"dochter", "zoon", "man", "vrouw", "moeder", "vader", "zus", "broer"} for w in words)
        if _ME & set(words) and not others:
            return True
    return False


def illness_behind(text: str) -> str:
    """The writer's illness or treatment said as behind them ('Na mijn chemo eindelijk weer ...' → 'mijn chemo',
    'na de bestralingen' → 'de bestralingen'); '' when none is said so."""
    found = re.search(r"\b(?:na|after)\s+(?P<whose>mijn|m'n|mn|de|my)?\s*(?P<what>[\w-]+)", text, re.I)
    if found is None or found.group("what").lower() not in _illness():
        return ""
    whose = found.group("whose") or "de"
    return f"{'mijn' if whose.lower() in _ME | {'mn', 'my'} else 'de'} {found.group('what').lower()}"


# That a body trouble is gone, as the writer says it: 'zonder pijn', 'geen klachten meer', 'weer kunnen fietsen'.
_BETTER = re.compile(
    r"\b(?:zonder\s+(?:pijn|klachten|last)|pijnvrij|klachtenvrij|geen\s+(?:pijn|klachten|last)\s+meer"
    r"|weer\s+(?:\w+\s+)?(?:lopen|fietsen|sporten|bewegen|dansen|wandelen|rennen|werken|slapen|tennissen))\b",
    re.I,
)
_TROUBLE_ENDS = ("klachten", "pijn", "blessure", "problemen", "letsel")


def body_better(text: str, body: str) -> str:
    """The part of the body a compliment says is better again: ``body`` (the writer's own, 'mijn knie') or the
    first half of a trouble word ('Na jaren knieklachten ... zonder pijn' → 'knie'); '' when the writer does not
    say it is better, or names no part."""
    if not _BETTER.search(text):
        return ""
    if body:
        return body
    concept = shipped_topic_data().concept("lichaam")
    parts = sorted(concept.terms if concept else (), key=len, reverse=True)
    words = re.findall(r"[\w']+", text.lower())
    for at, word in enumerate(words):
        if at and words[at - 1] in {"zijn", "z'n", "haar", "d'r", "hun"}:
            continue  # 'zijn rugpijn': someone else's
        part = next((p for p in parts if word.startswith(p) and word[len(p) :] in _TROUBLE_ENDS), "")
        if part:
            return part
    return ""
