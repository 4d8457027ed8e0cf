"""The writer's person a rumour says had trouble or paid ('Mijn buurman had opnieuw pech en moest alles nog eens
betalen'): whatever the facts say, that person is asked to come by or call, so the owner can see to it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache

from app.domain.draft_asked import _SOURCE
from app.domain.draft_fact_words import fact_words
from app.domain.textnorm import normalise, sentences
from app.resources import resource_path


@lru_cache(maxsize=1)
def _hurt_words() -> frozenset[str]:
    """resources/fact_words.toml person_hurt: what a person of the writer's had happen to them."""
    raw = tomllib.loads(resource_path("fact_words.toml").read_text(encoding="utf-8")).get("person_hurt")
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and w.strip() for w in raw):
        raise ValueError("fact_words.toml: 'person_hurt' must be a list of words")
    return frozenset(w.strip().lower() for w in raw)


def person_hurt(people: Iterable[str], text: str) -> str:
    """The first of the writer's ``people`` (TopicAnalysis.people: 'buurman', 'zus') in a sentence that says they had
    trouble or paid ('had pech', 'moest alles nog eens betalen'); not who told the rumour ('volgens mijn buurman') nor
    a pet. '' when nobody is."""
    for person in people:
        if fact_words().kind_of.get(person) == "huisdier":
            continue
        for sentence in sentences(text):
            if not re.search(rf"\b{re.escape(person)}\b", sentence, re.I) or _SOURCE.search(sentence):
                continue
            if _hurt_words() & set(normalise(sentence).split()):
                return person
    return ""
