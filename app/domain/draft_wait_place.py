"""Where the writer waited, said back with how long ('40 minuten gewacht op het terras'): the places of
resources/phrase_cues.toml wait_places, in the sentence of the wait or the one before, not one turned away from."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_text import sentence_start
from app.domain.words import alternation


@cache
def _wait_places() -> re.Pattern[str]:
    """A place the writer sat or stood at (resources/phrase_cues.toml wait_places), with any word for its article:
    'op uw terras', 'aan de volle bar'; or the bare place opening the comment or a sentence, as a heading says
    where it all happened ('terras van de Zennebrug zaterdag: ... 20 min op een kaart gewacht')."""
    places = (place.split() for place in phrase_cues().wait_places)
    opens = r"(?:\A\s*|(?<=[.!?] ))"
    said = "|".join(
        rf"(?P<p{i}>{re.escape(p[0])}\s+(?:\w+\s+){{1,2}}?{re.escape(p[-1])}|{opens}{re.escape(p[-1])})\b"
        for i, p in enumerate(places)
    )
    return re.compile(rf"\b(?:{said})", re.I)


def wait_place(text: str, said: re.Match[str]) -> str:
    """The place the writer waited at, as the list says it ('op het terras'); '' when the comment names none
    where it tells the wait ``said``: in that sentence or the one before ('op uw terras gaan zitten. 40 minuten
    gewacht'), not a place they only meant to sit at ('op het terras zitten maar dat was vol, dus binnen') nor
    one of a later wait ('40 minuten gewacht, en daarna stonden we aan de kassa')."""
    for found in _wait_places().finditer(text):
        if found.lastgroup and _waited_there(text, found, said):
            return phrase_cues().wait_places[int(found.lastgroup[1:])]
    return ""


def _waited_there(text: str, place: re.Match[str], said: re.Match[str]) -> bool:
    """Whether ``place`` is where the wait ``said`` was: before it in the same or the sentence before, or after
    it in the same clause; with no word between that turns away from it ('vol', 'binnen', 'daarna')."""
    if place.start() < said.start():
        start = sentence_start(text, place.start())
        between = text[start : said.start()]
        if len(re.findall(r"[.!?]+(?:\s|$)", between)) > 1:  # further back than the sentence before
            return False
    else:
        between = text[said.start() : place.end()]
        if re.search(r"[.!?,;]", between):
            return False
    return not _wait_turns().search(between)


@cache
def _wait_turns() -> re.Pattern[str]:
    """A word that turns away from a place (resources/phrase_cues.toml wait_place_turns): 'vol', 'daarna'."""
    return re.compile(rf"\b(?:{alternation(phrase_cues().wait_place_turns)})\b", re.I)
