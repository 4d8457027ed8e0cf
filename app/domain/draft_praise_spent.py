"""The things the compliment praises (TopicAnalysis.praised) are what the thanks names first: a praised thing keeps
its place over the writer's person, the occasion's venue or a trouble named in passing ('De stoofpot was perfect'
at an anniversary dinner: 'Wat leuk dat de stoofpot zo'n succes was op ...'), unless the writer took it back in a
minus point, an idea or a question ('Fijn geknipt! Maar kan er iets aan al die plastic flesjes gedaan worden?')."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.datafile import word_list
from app.domain.topics import Mention, TopicAnalysis
from app.resources import resource_path

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


@lru_cache(maxsize=1)
def _taken_back() -> re.Pattern[str]:
    """The words after which praise turns to a minus point or an idea (resources/praise.toml 'praise_taken_back');
    'alleen maar lof' is no turn."""
    words = sorted(word_list(resource_path("praise.toml"), "praise_taken_back"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)(?<!alleen )(?:{alternatives})(?!\w)(?!\s+maar\b)", re.I)


@lru_cache(maxsize=1)
def _not_things() -> frozenset[str]:
    """The people of the business and the party itself, praised but no thing made or given (resources/praise.toml
    'praised_not_things')."""
    return frozenset(word_list(resource_path("praise.toml"), "praised_not_things"))


def _fairly_said(thing: str, text: str) -> bool:
    """Whether ``thing`` is named at least once outside a question and before any turn in its sentence."""
    word = re.compile(rf"(?<!\w){re.escape(thing)}(?!\w)", re.I)
    for sentence in _SENTENCE.findall(text):
        found = word.search(sentence)
        if found is None or sentence.rstrip(" )'\"’”").endswith("?"):
            continue
        if _taken_back().search(sentence, 0, found.start()) is None:
            return True
    return False


def fair_praised(topics: TopicAnalysis, text: str) -> tuple[Mention, ...]:
    """The praised things the thanks may name: not one the writer misses, criticises or names only after a turn
    to a minus point or an idea or in a question, nor a person, the crew or the party itself ('de ploeg was top',
    'er een feest van gemaakt')."""
    missed = f" {topics.missed.lower()} {topics.criticised.lower()} "
    people = {w.lower() for w in (*topics.people, *topics.kin, *topics.names, topics.owner) if w}
    return tuple(
        p
        for p in topics.praised
        if p.text.strip()  # an empty mention names nothing (and has no last word)
        and f" {p.text.lower()} " not in missed
        and p.text.lower().split()[-1] not in people
        and p.text.lower().split()[-1] not in _not_things()
        and _fairly_said(p.text, text)
    )


def praised_thing(thing: Mention | None, topics: TopicAnalysis, text: str) -> bool:
    """Whether the thanks slot's ``thing`` is a thing the writer praised (:func:`fair_praised`), also when named
    with more ('de tafel en het menuutje', 'de lunch met het wildmenu', 'mijn nieuwe bob')."""
    if thing is None or not thing.text.strip():
        return False
    said = thing.text.lower()
    words = said.split()
    return any(
        said == p.text.lower() or said.startswith(f"{p.text.lower()} ") or words[-1] == p.text.lower()
        for p in fair_praised(topics, text)
    )
