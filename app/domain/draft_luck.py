"""Whom the writer wishes luck ('Duimen voor Isa!!', 'succes morgen Bram'): someone of the writer's own, wished
luck back in the thank-you (the words before the name in resources/praise.toml 'wished_well')."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.datafile import read_toml
from app.domain.words import alternation
from app.errors import DataFileError
from app.resources import resource_path


def _alternatives(name: str) -> str:
    """The words of one list in resources/praise.toml as a regex alternation, longest first; a clear error when
    the list is missing, empty or holds something else than words."""
    path = resource_path("praise.toml")
    words = read_toml(path).get(name, [])
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise DataFileError(str(path), f"'{name}' moet een lijst met woorden zijn", name)
    return alternation(tuple(w.strip() for w in words))


@lru_cache(maxsize=1)
def _wished_well() -> re.Pattern[str]:
    phrases = _alternatives("wished_well")
    # the name right after the wish, or after a time word ('succes morgen Bram')
    return re.compile(
        rf"\b(?:{phrases})\s+(?:(?:morgen|vandaag|straks|zaterdag|maandag)\s+)?(?P<naam>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)\b",
        re.I,
    )


def wished_luck(text: str) -> str:
    """The name of the one the writer wishes luck ('Duimen voor Isa!!' → 'Isa'); '' when there is none."""
    for found in _wished_well().finditer(text):
        name = found.group("naam")
        if name[:1].isupper() and name[1:2].islower():
            return name
    return ""


@lru_cache(maxsize=1)
def _trial() -> re.Pattern[str]:
    ends = _alternatives("trials")
    return re.compile(rf"\b(?P<wie>haar|zijn|z'n|zn|d'r|hun)\s+(?P<wat>[a-zà-ÿ-]*(?:{ends}))\b", re.I)


def luck_with(text: str) -> str:
    """What the one wished luck faces, as the writer said it ('omdat ze morgen haar verkeersexamen heeft' → 'haar
    verkeersexamen'; praise.toml 'trials'); '' when the comment names none."""
    found = _trial().search(text)
    if found is None:
        return ""
    who = {"z'n": "zijn", "zn": "zijn", "d'r": "haar"}.get(found.group("wie").lower(), found.group("wie").lower())
    return f"{who} {found.group('wat').lower()}"


@lru_cache(maxsize=1)
def _own_trial() -> re.Pattern[str]:
    ends = _alternatives("trials")
    return re.compile(
        rf"\b(?:naar|voor)\s+(?:mijn|m'n|mn)\s+(?P<wie>(?:eerste|laatste|volgende|grote)\s+)?"
        rf"(?P<wat>[a-zà-ÿ-]*(?:{ends}))\b",
        re.I,
    )


# The trial is behind the writer ('na mijn examen', 'geslaagd'): congratulated elsewhere, not wished luck.
_BEHIND = re.compile(r"\b(?:geslaagd|gehaald|gelukt|achter de rug|ging goed|voorbij)\b", re.I)


def own_trial(text: str) -> str:
    """The trial the writer is on the way to, as said to the writer ('nu met fresh haar naar m'n eerste examen' →
    'je eerste examen'); '' when none is ahead."""
    found = _own_trial().search(text)
    if found is None or _BEHIND.search(text):
        return ""
    which = (found.group("wie") or "").lower()
    return f"{which}{found.group('wat').lower()}"
