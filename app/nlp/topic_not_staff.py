"""Capitalised words the name finder (app.nlp.topic_names.names) takes for no one of the staff: the one wished
luck, the writer's companions and the writers who sign, a make of bike or car, a thing of the writer's people and
the last word of a place's name. Words in resources/praise.toml."""

from __future__ import annotations

import re
from typing import Any

from app.domain.privacy_names import first_names, not_names
from app.nlp.praise_words import praise_words
from app.nlp.topic_words import POSSESSIVE, THEIR, staff_role

# What stands between a greeting and the writers' names: 'Groetjes van Douwe', 'Liefs, Tim'.
_SIGNED_BEFORE = frozenset({"van", ",", ":", "-"})
# Where a sentence starts: the word after these opens it ('Dank aan Kees' is no place).
_ENDS = frozenset({".", "!", "?", ":", "…", ";"})


def not_staff(doc: Any, i: int) -> bool:
    """A capitalised word that is no one of the staff: the one wished luck ('Duimen voor Isa!!', 'Succes
    Bram'), the one with whom the writer says or did it ('Luc en ik zeggen merci', 'met Tom en mij'), 'mijn'
    in a dialect before a noun ('Mien moeke van 92'), the writers who sign ('Groetjes van Douwe en Anouk'), a
    thing of the writer's people ('de oude Eddy Merckx van mijn vader'), the first word of a thing's name ('Eddy
    Merckx-koersfiets') or (part of) a place ('in Voorne aan Zee', 'in Beveren')."""
    words = praise_words()
    before = [t.lower_ for t in doc[max(0, i - 3) : i]]
    if any(" ".join(before[k:]) in words.wished_well for k in range(len(before))):
        return True
    after = [t.lower_ for t in doc[i + 1 : i + 3]]
    if after[:2] in (["en", "ik"], ["en", "mij"], ["en", "ikzelf"]) or before[-2:] in (["ik", "en"], ["mij", "en"]):
        return True
    follows = doc[i + 1] if i + 1 < len(doc) else None
    if doc[i].lower_ in words.dialect_mine and follows is not None and follows.is_alpha and follows.is_lower:
        return True
    return _signed(doc, i) or _of_own_people(doc, i) or _place_part(doc, i) or _placed(doc, i) or _thing_named(doc, i)


def _placed(doc: Any, i: int) -> bool:
    """'de lunch in Beveren', 'ons feest in Kasteel Cortewalle', 'Jelle Hoekstra uit Uithuizen': a capitalised word
    (alone or at the end of a run of them) after a preposition of place names where, never someone to pass praise
    to (not 'bij Lies', where the salon is named by its hairdresser, nor 'Jonas uit de werkplaats')."""
    at = i - 1
    while at > 0 and doc[at].is_alpha and doc[at].text[:1].isupper() and doc[at - 1].text not in _ENDS:
        at -= 1
    return at < i and at >= 0 and doc[at].lower_ in praise_words().place_prepositions


def _thing_named(doc: Any, i: int) -> bool:
    """'de oude Eddy Merckx-koersfiets', 'een Vaderdag-taart': a capitalised word before a compound that ends in
    a common noun is the first word of a thing's name, no person."""
    follows = doc[i + 1].text if i + 1 < len(doc) else ""
    return re.fullmatch(r"[A-Z][\w']*-[a-z]{3,}", follows) is not None


def _signed(doc: Any, i: int) -> bool:
    """'Groetjes van Douwe en Anouk', 'Liefs, Tim & Eva': the names after a greeting are the writers'."""
    if i > 1 and doc[i - 1].lower_ in {"en", "&", "and"} and doc[i - 2].text[:1].isupper():
        return _signed(doc, i - 2)
    return i > 1 and doc[i - 1].lower_ in _SIGNED_BEFORE and doc[i - 2].lower_ in praise_words().signed_by


def _of_own_people(doc: Any, i: int) -> bool:
    """'de oude Eddy Merckx van mijn vader', 'Lisa van mijn werk': a capitalised word (with a second one, a
    surname or a model) followed by 'van' and the writer's possessive is the writer's people's, never of the
    business (not 'Sanne van onze kapster' ... a job after it is the business's)."""
    at = i + 1
    while at < len(doc) and at <= i + 2 and doc[at].is_alpha and doc[at].text[:1].isupper():
        at += 1
    if at + 2 >= len(doc) or doc[at].lower_ != "van" or doc[at + 1].lower_ not in POSSESSIVE | THEIR:
        return False
    return not staff_role(doc[at + 2].lower_)


def _place_part(doc: Any, i: int) -> bool:
    """'in Voorne aan Zee', 'Bergen op Zoom', 'Alphen aan den Rijn': a capitalised word after a place-name link
    that follows another capitalised word inside a sentence is the end of a place's name (not 'Dank aan Kees',
    where the first word opens the sentence, nor 'Jelle aan de toonbank', nor a greeting 'Groetjes aan Manon')."""
    words = praise_words()
    at = i - 1
    if at > 0 and doc[at].lower_ == "den":
        at -= 1
    if at < 1 or doc[at].lower_ not in words.place_links:
        return False
    head = doc[at - 1]
    inside = at - 1 > 0 and doc[at - 2].text not in _ENDS and not doc[at - 2].is_space
    capital = head.is_alpha and head.text[:1].isupper() and not head.text.isupper()
    # ('Groetjes aan Manon', 'Liefs aan Ine': a greeting sent to someone, no place; after an emoji too)
    person = head.lower_ in first_names()[0] or head.lower_ in words.compliments or head.lower_ in words.signed_by
    return inside and capital and not person


def brand(doc: Any, i: int) -> bool:
    """'een Gazelle', 'een nieuwe Ridley', 'mijn tweedehands Cube': a capitalised word after 'een' or after an
    adjective that says a thing was bought new or used names a make, not a person; so does a make the word list
    knows after the writer's possessive ('mijn Ridley binnengebracht')."""
    before = doc[i - 1].lower_ if i > 0 else ""
    if before == "een" or (before in POSSESSIVE and doc[i].lower_ in not_names()):
        return True
    # 'op zijn oude Fordson', 'met haar trouwe Batavus': an age or a use told of something owned
    whose = doc[i - 2].lower_ if i > 1 else ""
    if whose in POSSESSIVE | THEIR | {"hun"} and before in praise_words().owned_adjectives:
        return True
    return before in praise_words().thing_adjectives
