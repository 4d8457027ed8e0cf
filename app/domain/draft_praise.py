"""What a thank-you names: the thing the compliment is about (TopicAnalysis.praised) before the other
things the writer mentioned, two of them joined as one phrase ('het mandje en het belleke')."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from app.domain.datafile import read_toml
from app.domain.topics import Mention, TopicAnalysis
from app.errors import DataFileError
from app.resources import resource_path


def _phrase(mention: Mention, poss: str) -> str:
    return f"{poss} {mention.text}" if mention.own else mention.definite


def praise_first(topics: TopicAnalysis, poss: str) -> TopicAnalysis:
    """``topics`` with the praised things first among the products; two praised things become one
    plural mention ('de lunch en de taart'). Unchanged when nothing praised was found."""
    # the mention the product finder made of the same word knows more (the occasion itself, wished)
    known = {p.text: p for p in topics.products}
    praised = [known.get(p.text, p) for p in topics.praised]
    praised = [p for p in praised if not p.wished]
    if not praised:
        return topics
    rest = tuple(p for p in topics.products if all(p.text != q.text for q in praised))
    first = praised[0]
    if len(praised) > 1 and not first.own:  # 'je fiets' was repaired, 'het lichtje' is new: not one phrase
        # 'het mandje en het belleke': read as one plural thing ('zo in de smaak vielen')
        first = replace(first, text=f"{first.text} en {_phrase(praised[1], poss)}", plural=True)
    return replace(topics, products=(first, *rest))


@lru_cache(maxsize=1)
def _things_at() -> dict[str, frozenset[str]]:
    path = resource_path("praise.toml")
    table = read_toml(path).get("things_at", {})
    if not isinstance(table, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in table.values()
    ):
        raise DataFileError(str(path), "[things_at] moet een soort zaak op een lijst woorden afbeelden", "things_at")
    return {kind.lower(): frozenset(w.lower() for w in words) for kind, words in table.items()}


def things_not_people(topics: TopicAnalysis, kind: str) -> TopicAnalysis:
    """``topics`` without the person words that name a thing at this kind of business ('mijn pony' at a
    hair salon is a fringe: no greeting to it, no 'de pitch van je pony')."""
    words = frozenset().union(*(w for k, w in _things_at().items() if k in kind.lower()))
    if not words or not ({*topics.people, topics.owner} & words):
        return topics
    return replace(
        topics,
        people=tuple(p for p in topics.people if p not in words),
        owner="" if topics.owner in words else topics.owner,
        company=topics.company and not set(topics.people[:1]) & words,
    )


@lru_cache(maxsize=1)
def _occasion_things() -> dict[str, frozenset[str]]:
    path = resource_path("praise.toml")
    table = read_toml(path).get("occasion_things", {})
    if not isinstance(table, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in table.values()
    ):
        raise DataFileError(str(path), "[occasion_things] moet een gelegenheid op een lijst woorden afbeelden")
    return {key: frozenset(w.lower() for w in words) for key, words in table.items()}


def without_occasion_things(topics: TopicAnalysis, kind: str) -> TopicAnalysis:
    """``topics`` without the writer's own things of the occasion ('de ring' at a proposal in a restaurant):
    the business did not make them, so the thanks is not for them."""
    table = _occasion_things()
    things = table.get(topics.occasion, frozenset())
    if not things or any(k in kind.lower() for k in table.get("sold_at", ())):
        return topics
    keep = tuple(p for p in topics.products if p.text.lower() not in things)
    praised = tuple(p for p in topics.praised if p.text.lower() not in things)
    return replace(topics, products=keep, praised=praised)
