"""The profile's own price for the thing a price complaint names ('offerte voor een 3D-taart ... 185 euro ... is
dat normaal??' and the FAQ says 'een 3D-taart begint bij € 95 voor 15 personen'): said back as how it is."""

from __future__ import annotations

import re

from app.domain.profile import BusinessProfile
from app.domain.topics import TopicAnalysis

_WORD = re.compile(r"[0-9a-zà-ÿ][0-9a-zà-ÿ-]{2,}")


def listed_price(profile: BusinessProfile, topics: TopicAnalysis, text: str) -> str:
    """The clause of a FAQ answer with a price for a thing the writer named ('een 3D-taart begint bij € 95 voor 15
    personen'), matched on the writer's own word for it (also the compound: '3D-taart'); '' when none."""
    things = {p.text.lower() for p in topics.products if not p.guessed and not p.place}
    said = {w for w in _WORD.findall(text.lower()) if any(w == t or w.endswith(f"-{t}") for t in things)}
    # the most specific word first: '3d-taart' before 'taart'
    for word in sorted(said, key=len, reverse=True):
        for item in profile.faq:
            faq_words = set(_WORD.findall(f"{item.question} {item.answer}".lower()))
            if word not in faq_words or "€" not in item.answer:
                continue
            clause = next((c for c in re.split(r"[;.]\s+", item.answer) if "€" in c and word in c.lower()), "")
            clause = clause or next(c for c in re.split(r"[;.]\s+", item.answer) if "€" in c)
            clause = clause.strip().rstrip(".")
            return clause[:1].lower() + clause[1:] if clause[1:2].islower() else clause
    return ""
