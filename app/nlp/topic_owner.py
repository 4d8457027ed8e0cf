"""Whose the occasion or the thing is, among the writer's people: 'mijn zoontje Daan (6)', 'het afscheid van
onze Yasmin', 'Daan z'n zesde verjaardag' (split off app/nlp/topic_people.py)."""

from __future__ import annotations

from typing import Any

from app.domain.draft_fact_words import fact_words
from app.domain.privacy_names import first_names
from app.domain.topics import TopicData
from app.nlp.topic_match import Matches
from app.nlp.topic_names import PARTICIPLE_STARTS
from app.nlp.topic_people import more_than_one, owned
from app.nlp.topic_words import NOT_NAMES, POSSESSIVE, THEIR

# Words between 'van' and a name that are no title of the person: 'van de Ria', 'van een Kees'.
_NOT_TITLES = POSSESSIVE | THEIR | {"de", "het", "een", "die", "dat", "deze"}


def named_people(m: Matches, kin_names: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The writer's people named right after the person word: 'mijn zoontje Daan (6)' → ('zoontje',
    'Daan'), 'onze collega Hans'; the first name said for each."""
    doc = m.doc
    found: dict[str, str] = {}
    for s, e in sorted(m.spans.get("naaste", [])):
        if e < len(doc) and doc[e].text in kin_names and owned(doc, s):
            names = _joined_names(doc, e, kin_names) if more_than_one(doc[s].lower_) else str(doc[e].text)
            found.setdefault(str(doc[s].lower_), names)
    return tuple(found.items())


def _joined_names(doc: Any, i: int, kin_names: tuple[str, ...]) -> str:
    """The name at ``i`` with the names of the writer's own joined to it: 'onze tweeling Fenna en Siem' →
    'Fenna en Siem', 'mijn dochters Lore, Fien en Mats' → 'Lore, Fien en Mats'."""
    names, j = [str(doc[i].text)], i + 1
    while j + 1 < len(doc) and doc[j].lower_ in {"en", "&", ","} and doc[j + 1].text in kin_names:
        names.append(str(doc[j + 1].text))
        j += 2
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"


def owner_name(m: Matches, owner: str, kin_names: tuple[str, ...]) -> str:
    """The name of the occasion's owner said right after the person word: 'het afscheid van onze collega
    Hans' → 'Hans', 'mijn dochter Lisa trouwt' → 'Lisa'; '' when not said."""
    if not owner or owner[:1].isupper():
        return ""
    return dict(named_people(m, kin_names)).get(owner, "")


def _first_name_after_van(window: Any) -> str:
    """'van Rita': 'van' and a first name of the list that is only a name; also after one word of what the
    person is ('het afscheid van juf Ria', 'het jubileum van collega Kees'): the name."""
    if len(window) < 2 or window[0].lower_ != "van":
        return ""
    titled = len(window) == 3 and window[1].is_lower and window[1].is_alpha and window[1].lower_ not in _NOT_TITLES
    name = window[2] if titled else window[1]
    return str(name.text) if name.is_title and (name.lower_ in first_names()[0] or _named_again(name)) else ""


def _a_name(token: Any) -> bool:
    """A capitalised word that may be a name: letters only, no word of the list of capitalised non-names."""
    return bool(token.is_title and token.is_alpha and token.lower_ not in NOT_NAMES and len(token.text) >= 3)


def _named_again(name: Any) -> bool:
    """Whether a capitalised word is a name the list does not know because the writer names it again elsewhere, as
    a name ('de laatste werkdag van Roelie ... Roelie, geniet ervan!'): a word, no word of the list of things
    capitalised that are no names, said capitalised once more away from it."""
    if not name.is_alpha or name.lower_ in NOT_NAMES or len(name.text) < 3:
        return False
    return any(t.i != name.i and t.text == name.text for t in name.doc)


def named_owner(m: Matches, data: TopicData, kin_names: tuple[str, ...]) -> str:
    """'het afscheid van onze Yasmin': the occasion belongs to Yasmin; so does 'Daan z'n zesde
    verjaardag' (a name, its own possessive, at most one word, the occasion), and 'onze Daan ... de avond
    voor zijn eerste schooldag' (a third person's possessive with one name of the writer's own said)."""
    doc = m.doc
    for c in data.concepts:
        if c.group != "occasion":
            continue
        for start, _ in m.spans.get(c.id, []):
            if len(set(kin_names)) == 1 and start > 0 and doc[start - 1].lower_ in THEIR:
                return kin_names[0]
            # 'Onze Fien ging vandaag voor 't eerst naar school': the one of the writer's who went
            before = {t.text for t in doc[max(0, start - 5) : start]}
            if len(set(kin_names)) == 1 and doc[start].lower_ == "voor" and kin_names[0] in before:
                return kin_names[0]
            for k in (start - 1, start - 2):
                named = k >= 1 and doc[k].lower_ in THEIR and doc[k - 1].is_title and doc[k - 1].is_alpha
                if named and doc[k - 1].lower_ not in NOT_NAMES and (k == start - 1 or doc[k + 1].is_lower):
                    return str(doc[k - 1].text)
        for _, end in m.spans.get(c.id, []):
            # ("de vormseltaart voor ons Jens", "een communietaart besteld voor onze Daan", "communiekapsel bij
            # ons Lisa thuis": what was made for the occasion, for whom; one participle may stand between)
            participle = end < len(doc) and doc[end].is_lower and doc[end].lower_.startswith(PARTICIPLE_STARTS)
            skip = 1 if participle else 0
            window = doc[end + skip : end + skip + 3]
            of_ours = len(window) == 3 and window[0].lower_ in {"van", "voor", "bij"} and window[1].lower_ in POSSESSIVE
            if of_ours and window[2].text in kin_names:
                return str(window[2].text)
            # 'afscheid van onze vlootbeheerder Arie': one word of what the person is between ('van onze collega ...')
            role = doc[end + skip + 3] if of_ours and end + skip + 3 < len(doc) else None
            named = role is not None and (role.text in kin_names or _a_name(role))
            if role is not None and named and window[2].is_lower and window[2].is_alpha:
                return str(role.text)
            # 'afscheid van Rita', 'het jubileum van Kees': a first name right after the occasion is its owner
            if name := _first_name_after_van(window if not participle else doc[0:0]):
                return name
    return ""


def occasion_owner(m: Matches, data: TopicData, kin_names: tuple[str, ...], occasion: str) -> str:
    """Whose the occasion is among the writer's people named around it ('het afscheid van onze Yasmin', 'ons Wout
    ..., hij wordt 6'); '' without an occasion."""
    people = _not_pets(m, kin_names)
    return (named_owner(m, data, people) or pronoun_owner(m, people, occasion)) if occasion else ""


def _not_pets(m: Matches, kin_names: tuple[str, ...]) -> tuple[str, ...]:
    """The writer's people without their pets: 'de taart met haar pony Caramel erop' names an animal, no one
    whose feast it is ('onze rescuehond Pip', 'our dog Max' too)."""
    animals = fact_words().animals
    pets = {
        t.text.rstrip(".")
        for t in m.doc
        if t.i > 0 and any(m.doc[t.i - 1].lower_.endswith(a) for a in animals | {"dog", "cat", "horse"})
    }
    return tuple(k for k in kin_names if k not in pets)


def pronoun_owner(m: Matches, kin_names: tuple[str, ...], occasion: str) -> str:
    """'voor ons Wout als verrassing, hij wordt 6', 'voor zijn 12de verjaardag een koersfiets voor onzen Arne': the
    birthday of the one person the writer named, said with a pronoun before 'wordt' or 'werd' or with 'zijn' or
    'haar' before the birthday (never the writer's own then); '' for another occasion, or when more people or none
    are named."""
    doc = m.doc
    if occasion != "verjaardag" or len(set(kin_names)) != 1:
        return ""
    for i in range(len(doc) - 1):
        if doc[i].lower_ in {"hij", "zij", "ze"} and doc[i + 1].lower_ in {"wordt", "werd"}:
            return kin_names[0]
        if doc[i].lower_ in THEIR and any(t.lower_.startswith("verjaardag") for t in doc[i + 1 : i + 3]):
            return kin_names[0]
    return ""


# Words after 'met' that make it company, not a side dish: 'de hond met zijn baasje', 'het konijn met de kinderen'.
_COMPANY = frozenset({"de", "het", "een", "zijn", "z'n", "haar", "d'r", "hun", "ons", "onze", "mijn", "m'n", "mn"})


def served_animals(doc: Any) -> set[int]:
    """Positions of animal words served as a dish: 'het konijn met pruimen' (an animal with a bare side after
    'met'), not a pet ('ons konijn met ...') nor an animal with company ('de hond met zijn baasje')."""
    animals = fact_words().animals
    return {
        t.i
        for t in doc[:-2]
        if t.lower_ in animals
        and not (t.i > 0 and doc[t.i - 1].lower_ in POSSESSIVE)
        and doc[t.i + 1].lower_ == "met"
        and doc[t.i + 2].is_alpha
        and doc[t.i + 2].is_lower
        and doc[t.i + 2].lower_ not in _COMPANY
    }
