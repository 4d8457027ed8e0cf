"""An insect sting the writer tells of ('mijn man werd in zijn hand gestoken' after 'wespen in de limonade', 'een
bijensteek', 'stung by a wasp'): the draft names the sting and the insect, not an allergic reaction or 'what
happened' (resources/harm.toml [lists] sting_insect, sting_said)."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_bitten import bitten_values
from app.domain.draft_harm_now import harm_words
from app.domain.draft_swallowed import swallowed_thing

# an insect said alone in the singular only after an article or a pointing word ('een wesp', 'die wesp'), so that
# the preposition 'bij' is never a bee
_BEFORE_SINGULAR = frozenset({"een", "ene", "'n", "de", "die", "deze", "a", "the", "that"})
_WORD = re.compile(r"[\w'-]+")


@cache
def _insects() -> tuple[tuple[str, str], ...]:
    """(singular, plural) of each insect that stings, as listed ('wesp=wespen')."""
    pairs = (w.split("=", 1) for w in sorted(harm_words("sting_insect")))
    return tuple((one, many) for one, many in pairs)


def _insect_of(word: str, before: str, said: frozenset[str]) -> str:
    """The singular of the insect ``word`` names ('wespen', 'wespensteek' → 'wesp'), or ''."""
    for one, many in _insects():
        if word == many or (word == one and before in _BEFORE_SINGULAR):
            return one
        if any(word.startswith(stem) and word[len(stem) :] in said for stem in (many, one)):
            return one
    return ""


def sting_insect(text: str) -> str:
    """The insect that stung someone, in the singular ('wesp'), when the writer names a stinging insect and says it
    stung ('gestoken', 'een steek', 'wespensteek'); '' otherwise ('wespen op het terras' alone is no sting)."""
    said = harm_words("sting_said")
    words = [w.lower() for w in _WORD.findall(text)]
    insect = next((found for i, w in enumerate(words) if (found := _insect_of(w, words[i - 1] if i else "", said))), "")
    if not insect:
        return ""
    compound = any(w != insect and w.startswith(insect) and w.endswith(tuple(said)) for w in words)
    return insect if compound or said & set(words) else ""


def hurt_named(key: str, values: dict[str, str], text: str, you: str, poss: str) -> tuple[str, dict[str, str]]:
    """The safety line of an injury and its values, with the harm named as the writer told it: the thing in the
    throat ('het figuurtje bijna ingeslikt': 'letsel_keel'), a sting by the insect ('steek', 'waarde' = 'wesp'), a
    tooth or dental work broken on what was bitten ('letsel_gebit'); else as given."""
    if swallowed := swallowed_thing(text):  # named as the writer did
        return "letsel_keel", {**values, "waarde": swallowed}
    if key != "letsel":  # nobody got hurt ('bijna gevallen'): no sting or broken tooth either
        return key, values
    if insect := sting_insect(text):  # 'in zijn hand gestoken' by one of the wasps
        return "steek", {**values, "waarde": insect}
    if bit := bitten_values(text, values["persoon"], you, poss):  # 'een stuk van zijn brug afgebroken' on the bean
        return "letsel_gebit", {**values, **bit}
    return key, values
