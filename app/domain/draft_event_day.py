"""The public event a complaint happened on ('op de Ronde zondag', 'tijdens de Gentse Feesten', 'bij de Beekse
Zomerloop'), said back once in the empathy as the day everything should have gone smoothly. An event by its own
name: up to two capitalised words, the last ending in a word for such an event (resources/phrase_cues.toml
came_from_heads), after 'op', 'bij', 'tijdens' or 'na' and an article; a ride or a party of the writer's own is
the occasion (app/nlp/topic_occasion.py), not an event of everyone's."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_phrase_cues import phrase_cues
from app.domain.words import alternation


@cache
def _event_day() -> re.Pattern[str]:
    named = rf"(?=[A-Z])[\w'’-]*?(?i:{alternation(phrase_cues().came_from_heads)})"
    return re.compile(
        rf"\b(?i:op|bij|tijdens|na)\s+(?P<det>(?i:de|het))\s+(?P<event>(?:[A-Z][\w'’-]*\s+){{0,2}}{named})(?![\w'’-])"
    )


def event_day(text: str) -> str:
    """The event as the reply names it ('de Ronde', 'de Gentse Feesten'); '' when the comment names none."""
    found = _event_day().search(text)
    if found is None:
        return ""
    return f"{found.group('det').lower()} {' '.join(found.group('event').split())}"
