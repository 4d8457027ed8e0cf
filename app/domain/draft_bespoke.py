"""A question whether the business can make, adapt or promise something to measure ('Kunt u er een maken zonder
suiker?', 'kunde gij een oude koersfiets restaureren?', 'Kunnen jullie een fiets aanpassen?'). Whether it can depends
on the work itself, so when the profile does not answer it the draft promises to look into it and let the writer know
(resources/replies.toml question.bespoke), never an invented yes; the thing is said by its name, also when the
question only points at it ('er een zonder suiker' after 'een stukje kerststronk'). Words in resources/bespoke.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.schema import Strict, Texts, located, validate
from app.domain.textnorm import sentences
from app.domain.words import alternation
from app.resources import resource_path


class _BespokeModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    modals: Texts
    you: Texts
    modals_with_you: Texts
    verbs: Texts
    pointing: Texts
    measure: Texts
    allergy: Texts
    gathering: Texts
    counted: Texts
    event: Texts


@dataclass(frozen=True)
class Bespoke:
    """The patterns of resources/bespoke.toml, compiled once."""

    asked: re.Pattern[str]  # 'Kunt u ... maken?': a modal first, a verb of work to measure last
    pointing: re.Pattern[str]  # 'er een' in 'er een zonder suiker'
    measure: re.Pattern[str]  # 'zonder', 'vegan', 'in de vorm van': what makes a thing one to measure
    gathering: re.Pattern[str]  # 'een koffietafel', 'met 30 man': a gathering to arrange
    gathering_words: re.Pattern[str]  # 'koffietafel', 'rouwmaaltijd': the gathering by its name
    event: re.Pattern[str]  # 'de bovenzaal afhuren', 'de receptie houden': a party held at the business
    event_part: re.Pattern[str]  # the same words also inside a compound ('de Raadzaal', 'geslaagdenfeesten')
    party: re.Pattern[str]  # 'voor zo'n 40 man', '80 personen': a count of people (group 'n')
    allergy: re.Pattern[str]  # 'allergisch', 'coeliakie': what makes a thing without something safety


def _words(words: list[str]) -> str:
    return alternation(tuple(w.strip().lower() for w in words), spaced=True)


def parse_bespoke(data: dict[str, Any], source: str = "<bespoke>") -> Bespoke:
    """The file's lists as patterns; a DataFileError naming the field when one is missing, empty or not text."""
    model = validate(_BespokeModel, data, source, located)
    return Bespoke(
        # the modal with the business after it opens the question (after a greeting or a handle at most); the verb
        # of the work comes last, or before a short rest ('maken zonder suiker?')
        asked=re.compile(
            rf"(?:^|[,:;!?.]\s*|[^\w\s',’-]\s+|\b(?:en|of|maar|hallo|hoi|dag)\s+)"  # (an emoji ends a sentence too)
            rf"(?:(?:{_words(model.modals)})\s+(?:{_words(model.you)})|{_words(model.modals_with_you)})\b"
            rf"[^.!?\n]{{0,120}}?\b(?:{_words(model.verbs)})\b[^.!?\n,]{{0,40}}(?:[?,]|$)",
            re.I,
        ),
        pointing=re.compile(rf"^(?:{_words(model.pointing)})\b\s*", re.I),
        measure=re.compile(rf"\b(?:{_words(model.measure)})\b", re.I),
        allergy=re.compile(rf"\b(?:{_words(model.allergy)})\b", re.I),
        # the word itself, or a count before the people ('30 man', 'een 40-tal mensen')
        gathering=re.compile(
            rf"\b(?:\d+|\w+tal|\d+-tal)\s+(?:{_words(model.counted)})\b|\b(?:{_words(model.gathering)})\b", re.I
        ),
        gathering_words=re.compile(rf"\b(?:{_words(model.gathering)})\b", re.I),
        event=re.compile(rf"\b(?:{_words(model.event)})\b", re.I),
        event_part=re.compile(rf"(?:{_words(model.event)})", re.I),
        party=re.compile(rf"\b(?P<n>\d+)(?:-tal)?\s+(?:{_words(model.counted)})\b", re.I),
    )


@lru_cache(maxsize=1)
def shipped_bespoke(path: str | Path | None = None) -> Bespoke:
    file = Path(path) if path else resource_path("bespoke.toml")
    return parse_bespoke(read_toml(file), str(file))


_HANDLE = re.compile(r"(?<!\w)@\S+\s*")


def bespoke_asked(question: str) -> bool:
    """Whether a question asks the business to make, adapt or promise something to measure ('Kunt u er een maken
    zonder suiker?', 'kunde gij ook een oude koersfiets restaureren?'); not 'Verkopen jullie ...?' nor 'Wat kost
    ...?'."""
    return shipped_bespoke().asked.search(_HANDLE.sub("", question.strip())) is not None


def named_thing(about: str, thing: str) -> str:
    """``about`` with the thing it only points at said by its name ('er een zonder suiker' and 'kerststronk' → 'een
    kerststronk zonder suiker'); ``about`` as it is when it names its thing or no thing is known."""
    found = shipped_bespoke().pointing.match(about)
    if found is None or not thing:
        return about
    rest = about[found.end() :].strip()
    return " ".join(p for p in (f"een {thing}", rest) if p)


def to_measure(question: str, made: str, text: str = "") -> bool:
    """Whether the thing a question asks the business to make (``made``, draft_made_ahead.made_asked) is one to
    measure that must be looked into: said with what it must be without or like ('een verjaardagstaart zonder ei', 'in
    de vorm van een kruisje'), and asked as work to measure ('Kunt u ...?', :func:`bespoke_asked`) or for an allergy
    the comment (``text``) names ('ze is allergisch voor ei'); 'Maken jullie ook pralines zonder suiker?' alone asks
    the business's range, which it knows."""
    words = shipped_bespoke()
    if not made or words.measure.search(question) is None:
        return False
    return bespoke_asked(question) or words.allergy.search(text or question) is not None


def gathering_asked(text: str) -> bool:
    """Whether a comment asks to arrange a gathering ('een koffietafel met een 40-tal mensen', 'met 30 man daarna'),
    which after a loss the business arranges in person."""
    return shipped_bespoke().gathering.search(text) is not None


# From how many people a party held at the business is arranged in person.
_PARTY = 20


def event_asked(text: str) -> bool:
    """Whether a comment asks to hold a party at the business for a large group ('kunnen we jullie bovenzaal afhuren
    voor zo'n 40 man?', 'de receptie houden voor 80 personen'): what can be done and what it costs is arranged in
    person."""
    bespoke = shipped_bespoke()
    counts = [int(m.group("n")) for m in bespoke.party.finditer(text)]
    return bespoke.event.search(text) is not None and any(n >= _PARTY for n in counts)


def party_answered(answer: str, *, first: bool = False) -> bool:
    """Whether a profile's answer (with ``first``: its first sentence) speaks of a party or gathering: by a room or
    party word (also in a compound: 'in de Raadzaal'), a gathering's name ('koffietafel') or a group by its count
    ('Groepen vanaf 10 personen ...', 'tot 40 personen in de serre'); 'Ja, het fietsersmenu voor € 24' does not."""
    said = (sentences(answer.strip()) or [""])[0] if first else answer
    bespoke = shipped_bespoke()
    return any(p.search(said) for p in (bespoke.event_part, bespoke.gathering_words, bespoke.party))
