"""The people a complaint names aside, who are not the ones it happened to: one named only for a likeness ('ik lijk op
mijn moeder in 1987') or only as the one who told what caused it ('Mijn zwager zegt dat de remkabel los zat')."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from app.domain.draft_phrase_cues import phrase_cues
from app.domain.topics import TopicAnalysis
from app.domain.words import alternation, possessive_alternation, whole_word


def likened(text: str, person: str) -> bool:
    """Whether the writer names one of their people only to say what they look like ('ik lijk op mijn moeder in
    1987', 'zie eruit als m'n oma', 'I look like my mum'): that person is not hurt by what went wrong."""
    return _likened(person).search(text) is not None


@cache
def _likeness() -> str:
    """A likeness and the writer's own ('lijkt nu op mijn', 'eruit als m'n'): the words in
    resources/phrase_cues.toml, read at first use."""
    cues = phrase_cues()
    return (
        rf"(?:\b(?:{alternation(cues.likened_verbs)})\s+(?:\w+\s+){{0,2}}?op"
        rf"|\b(?:{alternation(cues.likened_as, spaced=True)}))\s+(?:{possessive_alternation()}|me|my)\s+"
    )


@lru_cache(maxsize=256)
def _likened(person: str) -> re.Pattern[str]:
    """The likeness before this person, compiled once per person."""
    return re.compile(rf"{_likeness()}{re.escape(person)}\b", re.I)


def told_only(text: str, person: str) -> bool:
    """Whether every time the writer names this person of theirs, it is as the one who said what caused it
    ('Mijn zwager zegt dat de remkabel los zat', 'volgens m'n buurman zat de kabel los', 'my brother says the cable
    was loose'): the writer's source, not the one who got hurt; not 'mijn dochter zei dat het prikte'."""
    named = len(whole_word(person).findall(text))
    return named > 0 and len(_told(person).findall(text)) == named


@lru_cache(maxsize=256)
def _told(person: str) -> re.Pattern[str]:
    """The person as the one who told (:func:`told_only`), compiled once per person."""
    cues = phrase_cues()
    own, said = rf"(?:{possessive_alternation()}|my)\s+{re.escape(person)}", alternation(cues.told_verbs)
    # the person told of in what they said ('zegt dat zijn arm ...'), or in a later sentence ('Hij is gevallen'):
    # then they are the one it is about (phrase_cues.toml told_person, told_person_later)
    him, later = alternation(cues.told_person), alternation(cues.told_person_later)
    after = rf"(?![^.!?]*\b(?:{him})\b)(?![^.!?]*[.!?].*\b(?:{later})\b)"
    about = rf"(?:(?:dat|da|that)\s+)?(?:{alternation(cues.told_about)})\b{after}"
    return re.compile(
        rf"\b{own}\s+(?:{said})\s+{about}|\b(?:{said})\s+{own}\s+{about}"
        rf"|\b(?:{alternation(cues.told_by, spaced=True)})\s+{own}\b{after}",
        re.I | re.S,
    )


def without_likened(topics: TopicAnalysis, text: str) -> TopicAnalysis:
    """The topics without the people the writer names only for a likeness (:func:`likened`) or only as the one
    who said what caused it (:func:`told_only`)."""
    if not any(likened(text, p) or told_only(text, p) for p in topics.people):
        return topics
    return replace(topics, people=tuple(p for p in topics.people if not (likened(text, p) or told_only(text, p))))
