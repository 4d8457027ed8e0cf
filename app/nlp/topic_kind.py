"""The kind of dish or product the writer named with it ('het vegan menu', 'de glutenvrije taart', 'die
vegetarische lasagne'): kept with the thing, so the reply names what the writer named, not only 'het menu'.
The words are resources/praise.toml 'kinds'; only as written before the noun and in a form a reply can say
after 'de', 'het' or 'je' ('een glutenvrij brood' stays 'brood': 'het glutenvrij brood' is no Dutch)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.topics import Mention
from app.nlp.praise_words import praise_words


def _sayable(word: str) -> bool:
    """A kind word a reply can say before a noun after 'de'/'het': inflected ('glutenvrije') or a word that
    never takes an -e ('vegan', 'halal')."""
    return word.endswith("e") or not word.endswith(("vrij", "isch", "lijk", "ig"))


def with_kind(doc: Any, things: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``things`` with the kind word the writer put right before each ('vegan menu')."""
    kinds = praise_words().kinds
    out = []
    for thing in things:
        at = next((t.i for t in doc if t.lower_ == thing.text), None)
        before = doc[at - 1].lower_ if at else ""
        kind = " " not in thing.text and before in kinds and _sayable(before)
        out.append(replace(thing, text=f"{before} {thing.text}") if kind else thing)
    return tuple(out)
