"""Bikes in a question about parking: whether it asks where to leave or charge the writer's bikes (bikes_put), the
word it names them by (bikes_word), the part of the parking fact that names bikes (bike_part) and whether a parking
fact that names none is no answer (bikes_unanswered); the words from resources/fact_words.toml (bike_words,
bike_put_verbs, car_words)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_fact_words import fact_words

# A word, hyphenated ones whole ('e-bikes'), and the endings of a word for bikes, also in a compound ('racefiets',
# 'mountainbikes', 'huurtandem'): bikes_word and bikes_put.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BIKE_ENDS = ("fiets", "fietsen", "bike", "bikes", "tandem", "tandems")


def bikes_word(question: str) -> str:
    """The word a question names the writer's bikes by ('e-bikes', 'fietsen', 'racefiets'), lower case; '' when none."""
    return next((w for w in _WORD.findall(question.lower()) if w.endswith(_BIKE_ENDS)), "")


def bikes_put(question: str) -> bool:
    """Whether a question asks where to leave or charge the writer's bikes while there ('Kunnen we onze e-bikes
    ergens veilig neerzetten?', 'is there somewhere safe to leave our e-bikes while we eat?', 'Waar kunnen we de
    fietsen kwijt?'): a bike word (resources/fact_words.toml bike_words, also in a compound: 'elektrische fietsen',
    'ebikes') and a verb of bike_put_verbs in one question sentence; a question about a car too is not only so."""
    words = fact_words()
    for sentence in re.findall(r"[^.!?]*\?", question.lower()):
        said = _WORD.findall(sentence)
        bikes = any(w in words.bike_words or w.endswith(_BIKE_ENDS) for w in said)
        pairs = {" ".join(said[i : i + 2]) for i in range(len(said) - 1)}
        put = bool(words.bike_put_verbs & (set(said) | pairs))
        if bikes and put and not words.car_words & set(said):
            return True
    return False


def bikes_unanswered(subject: str, lemmas: Iterable[str], value: str) -> bool:
    """Whether a question asks where to put bikes ('een plaats om 45 fietsen te stallen?', no car named) and the
    parking fact names none ('eigen parking achter de brasserie (20 plaatsen)'): that fact is no answer."""
    said, bikes = set(lemmas), fact_words().bike_words
    wanted = subject == "parkeren" and bikes & said and not fact_words().car_words & said
    return bool(wanted) and not any(b in value.lower() for b in bikes)


def charge_unanswered(question: str, value: str) -> bool:
    """Whether a question asks to charge a battery ('is there somewhere we can charge four e-bike batteries?',
    resources/fact_words.toml charge_words) and the parking fact ``value`` names no charging ('eigen parking (25
    plaatsen) en een overdekte fietsenstalling', no word holding one of charge_told): that fact is no answer."""
    words = fact_words()
    said = _WORD.findall(question.lower())
    pairs = {" ".join(said[i : i + 2]) for i in range(len(said) - 1)}
    asked = bool(words.charge_words & (set(said) | pairs))
    return asked and not any(t in value.lower() for t in words.charge_told)


def bike_part(value: str) -> str:
    """The part of a parking fact, between semicolons, that names bikes ('fietsenstalling naast het terras' of 'eigen
    parkeerterrein met 30 plaatsen; fietsenstalling naast het terras'): a bike word anywhere in it ('fiets' in
    'fietsenboxen'); '' when no part or every part does."""
    bikes = fact_words().bike_words
    parts = [p.strip() for p in value.split(";") if p.strip()]
    named = [p for p in parts if any(b in p.lower() for b in bikes)]
    return "; ".join(named) if named and len(named) < len(parts) else ""
