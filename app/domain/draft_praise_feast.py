"""What a thanks names besides the thing praised, and what it does not take for it: the public feast the thing was
made for ('120 oranje tompoucen ... wat een start van Koningsdag!' → 'de tompoucen voor Koningsdag'), the way it
names the look or the maker; and the writer's own group ('met de racefietsclub'), company, not a thing praised."""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain.draft_asked import negations
from app.domain.draft_praise_held import praise_list
from app.domain.textnorm import normalise, sentences
from app.domain.topics import TopicAnalysis

# The first letters of a feast's name a thing made for it starts with ('paastaart' for Pasen, 'kerststol' for kerst),
# a doubled vowel read single ('paas' ~ 'Pasen').
_STEM = 3
_DOUBLED = re.compile(r"([aeiou])\1")


def for_feast(subject: str, holiday: str, text: str) -> str:
    """' voor Koningsdag' for the public feast (TopicAnalysis.holiday) a praise names, to follow the thing praised;
    '' when it names none, when the thing's own name says it ('de paastaart') or when the sentence that names the
    day says something is not so ('met Pasen waren ze niet open'), or for a holiday that is a period ('vakantie',
    'de bouwvak': resources/praise.toml 'feast_periods'), no day a thing was made for."""
    if not holiday or subject.lower().endswith(holiday.lower()):
        return ""
    if holiday.lower().endswith(praise_list("feast_periods")):
        return ""
    stem = _DOUBLED.sub(r"\1", max(holiday.split(), key=len).lower())[:_STEM]
    if any(_DOUBLED.sub(r"\1", word).startswith(stem) for word in subject.lower().split()):
        return ""
    said = next((s for s in sentences(text) if holiday.lower() in s.lower()), "")
    if not said or negations() & set(normalise(said).split()):
        return ""
    return f" voor {holiday}"


def without_group(topics: TopicAnalysis) -> TopicAnalysis:
    """``topics`` without the writer's group (TopicAnalysis.group: 'racefietsclub uit Spijkenisse', 'onze tourclub')
    among the things and the things praised: the club came along, what it had or had mended is what is praised."""
    head = topics.group.split()[0].lower() if topics.group.split() else ""
    if not head:
        return topics
    products = tuple(p for p in topics.products if p.text.lower() != head)
    if not any(not (p.guessed or p.wished) for p in products):
        return topics  # nothing else named ('met de club rondgereden op jullie onderhoud'): the thanks stays general
    praised = tuple(p for p in topics.praised if p.text.lower() != head)
    return replace(topics, products=products, praised=praised)
