"""A suggestion that asks for another weekday ('alleen op vrijdag. Als 't ook op zaterdag kon, ...'): the wish named
with that day, and whether a fact the profile gives says yes to it: one that names other weekdays but not that one
('Op vrijdag glutenvrij boekweitbrood') does not ('dat kan gelukkig al' would be wrong)."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import WEEKDAY

# 'ook op zaterdag', 'op zaterdag ook', 'ook zaterdags', 'ook 's zondags': another day wished for.
_ALSO_ON = re.compile(rf"\book\s+(?:op\s+)?(?:'s\s+)?(?P<day>{WEEKDAY})s?\b|\bop\s+(?P<day2>{WEEKDAY})\s+ook\b", re.I)
_ANY_DAY = re.compile(rf"\b{WEEKDAY}s?\b", re.I)


def day_wished(text: str) -> str:
    """The weekday a suggestion asks for besides the one it has ('ook op zaterdag' → 'zaterdag'); '' for none."""
    found = _ALSO_ON.search(text)
    return (found.group("day") or found.group("day2")).lower() if found else ""


def wish_of_day(text: str) -> str:
    """The wish for that day, to follow 'je idee': 'om het ook op zaterdag aan te bieden'; '' without one."""
    day = day_wished(text)
    return f"om het ook op {day} aan te bieden" if day else ""


def other_days_only(fact: str, text: str) -> bool:
    """Whether ``fact`` names weekdays but not the one the suggestion asks for: it does not say yes to it."""
    day = day_wished(text)
    days = {d.lower().removesuffix("s") for d in _ANY_DAY.findall(fact)}
    return bool(day) and bool(days) and day not in days
