"""The kind of dish or product the writer named with it ('het vegan menu', 'de glutenvrije taart', 'die
vegetarische lasagne'): kept with the thing, so the reply names what the writer named, not only 'het menu'.
The words are resources/praise.toml 'kinds'; only as written before the noun and in a form a reply can say
after 'de', 'het' or 'je' ('een glutenvrij brood' stays 'brood': 'het glutenvrij brood' is no Dutch).
Also which one the writer named more precisely: a make in brackets ('mijn e-bike (Stromer ST3)') and a precise
word besides a plain one ('haar' ~ 'kapsel', resources/topics.toml [yields])."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.topics import Mention
from app.nlp.praise_words import praise_words


def _sayable(word: str) -> bool:
    """A kind word a reply can say before a noun after 'de'/'het': inflected ('glutenvrije') or a word that
    never takes an -e ('vegan', 'halal')."""
    return word.endswith("e") or not word.endswith(("vrij", "isch", "lijk", "ig"))


def with_filling(doc: Any, things: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """'kaas-hesp croissants', 'ham-kaas broodjes': a thing of two joined by a hyphen, right before another thing, is
    what that thing is made with; one thing, named as the writer did, where the first of the two stood."""
    out = list(things)
    for filling in things:
        if "-" not in filling.text or " " in filling.text or filling.text[:1].isupper():
            continue  # 'een Paw Patrol-taart' is read as one word already
        at = next((t.i + 1 for t in doc if t.lower_ == filling.text), len(doc))
        head = next((p for p in out if at < len(doc) and p.text.split()[0] == doc[at].lower_), None)
        if head is not None and filling in out:
            out[out.index(filling)] = replace(head, text=f"{filling.text} {head.text}")
            out.remove(head)
    return tuple(out)


def with_kind(doc: Any, things: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``things`` with the kind word the writer put right before each ('vegan menu'), and with what each is made
    with ('kaas-hesp croissants', :func:`with_filling`)."""
    kinds = praise_words().kinds
    out = []
    for thing in with_filling(doc, things):
        at = next((t.i for t in doc if t.lower_ == thing.text), None)
        before = doc[at - 1].lower_ if at else ""
        kind = " " not in thing.text and before in kinds and _sayable(before)
        out.append(replace(thing, text=f"{before} {thing.text}") if kind else thing)
    return tuple(out)


def precise_first(products: list[Mention], yields: dict[str, tuple[str, ...]]) -> list[Mention]:
    """'haar haar opgestoken ... een half kapsel': a plain word (resources/topics.toml [yields]) goes after the more
    precise word the writer named too, the thing the complaint or praise is about."""
    out = list(products)
    for word in products:
        precise = next((p for p in out if p.text.lower().endswith(yields.get(word.text.lower(), ()))), None)
        if precise is not None and not precise.guessed and out.index(precise) > out.index(word):
            out.remove(precise)
            out.insert(out.index(word), precise)
    return out


def made_named(doc: Any, products: list[Mention]) -> list[Mention]:
    """'Mijn elektrische fiets (Stromer ST3)': the make the writer put in brackets right after the thing is what
    the reply names ('uw Stromer'); a word in capitals or with digits ('(ST3)', '(XL)') is no make."""
    out = []
    for thing in products:
        words = thing.text.lower().split()
        last = words[-1] if words else None  # a Mention without text has no word to find
        at = next((t.i for t in doc if t.lower_ == last and t.i + 2 < len(doc) and doc[t.i + 1].text == "("), None)
        make = doc[at + 2] if at is not None else None
        # the bracket holds the make and at most a model: '(Stromer ST3)', not '(Riese & Müller, accu ...)'
        inside = [t.text for t in doc[at + 3 : at + 5]] if at is not None else []
        closed = ")" in inside and all(w.isalnum() for w in inside[: inside.index(")")])
        named = make is not None and make.is_alpha and make.is_title and len(make.text) > 2 and closed
        out.append(replace(thing, text=make.text, article="de", plural=False) if named and make else thing)
    return out
