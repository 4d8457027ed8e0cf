"""Whether a FAQ entry for a group of people by age or sex ('Wat kost een kinderknipbeurt?', 'Hebben jullie een
damesfiets?') is for the writer: only when the comment names such a person, an age or a party."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_fact_words import fact_words
from app.domain.draft_facts import key_words
from app.domain.draft_questions_about import asked_about
from app.domain.profile import FaqItem
from app.domain.textnorm import normalise


def for_group_unnamed(text: str, people: Iterable[str], entry: FaqItem) -> bool:
    """Whether a FAQ entry is for a group of people by age or sex ('Wat kost een kinderknipbeurt?', 'Hebben jullie
    een damesfiets?': resources/fact_words.toml people_groups) while the comment names no person, no age and no such
    group, not even by a word of the same stem ('meisje' ~ 'meisjes'): 'Wat kost een knipbeurt?' asks no
    children's price."""
    groups = tuple(fact_words().people_groups)
    said = normalise(text)
    if not [w for w in normalise(entry.question).split() if w.startswith(groups)]:
        return False
    stems = {g[:4] for g in groups}
    named = [w for w in said.split() if w.startswith(groups) or w[:4] in stems]
    aged = bool(_AGE.search(said) or _AGE_AFTER.search(text))
    return not named and not list(people) and not aged and not _PARTY.search(said)


# An age the writer names ('van 6', 'is 5', 'wordt 4', '9 jaar').
_AGE = re.compile(r"\b(?:van|is|wordt|word|ben|zijn)\s+\d{1,2}\b|\b\d{1,2}\s*(?:jaar|jr|maanden)\b")
# ... or between brackets after a name or a person, in the text as written ('haar broertje Jens (7)').
_AGE_AFTER = re.compile(r"[^\W\d_]\s*\(\d{1,2}\)")
# A party the writer names by its size ('met 14', '12 personen', 'met z'n tienen'): a group's entry is for them.
_PARTY = re.compile(
    r"\b\d{1,3}\s*(?:personen|pers|mensen|man|gasten|people|[a-z]+(?:'|\s)?s|[a-z]+en)\b|\bmet\s+(?:z'?n\s+)?\d{1,3}\b|\bz'?n\s+\w+en\b"
)


# A thing named with its article: 'een patroon', 'de pony', 'het lijntje'.
_A_THING = re.compile(r"^(?:een|de|het|'n|ne|nen|'t)\s+[^\W\d_]{3,}", re.I)


def thing_unnamed(
    question: str, entry: FaqItem, people: Iterable[str], lemmas_of: Callable[[str], Iterable[str]], poss: str = "je"
) -> bool:
    """Whether a FAQ entry meets a question only in the people it is for ('Knipt u ook kinderen?' ~ 'knipt u ook een
    patroon in de zijkant voor mijn zoon van 9?'), while the question asks about a thing of its own that the entry
    never names: the people a thing is for are not the thing, so the entry does not answer it. False when the
    question names no such thing ('knipt u ook mijn zoon van 9?') or the entry names it."""
    about = asked_about((question,), poss)
    # (a thing named with its article, 'een patroon in de zijkant'; not 'iets voor kinderen', 'zulke kleine kinderen',
    # whose people are what is asked)
    if not _A_THING.match(about):
        return False
    groups = key_words(" ".join((*people, *fact_words().people_groups)), lemmas_of)
    # (a name is who, not what: 'haar broertje Jens (7)')
    names = key_words(" ".join(re.findall(r"(?<!^)\b[A-Z][a-zà-ÿ]+", about)), lemmas_of)
    wanted = key_words(about, lemmas_of) - groups - names - fact_words().number_words
    said = key_words(f"{entry.question} {entry.answer}", lemmas_of)
    # (the question names the people the entry is for: 'voor mijn zoon'; another question beside it that names only a
    # thing is not met by the entry at all)
    words = re.findall(r"[^\W\d_]+", question.lower())
    named = [w for w in words if w in set(people) or w.startswith(tuple(fact_words().people_groups))]
    if not wanted or not named or not said & groups:
        return False
    return not any(a[:5] == w[:5] or a in w or w in a for a in wanted for w in said)
