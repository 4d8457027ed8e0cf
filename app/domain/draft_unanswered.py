"""Contact nobody answered (resources/unanswered.toml): whether the writer tried more than once ('drie keer
gemaild', '2 mails gestuurd', 'meerdere berichten'), so the reply says 'je mails', not 'je mail'; and whether
the unanswered contact is the complaint itself ('Drie keer gemaild over de offerte, nooit iets teruggehoord':
the offerte is what the mails were about, not a price the writer finds too high); and a call back the writer
waited for in vain ('niemand belt terug'), perhaps promised ('zou teruggebeld worden'), by the words of its
[callback] table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.details import PHONE
from app.domain.draft_amounts import AMOUNT
from app.domain.draft_text import sentences_and_lines
from app.domain.schema import Strict, Texts, located, validate
from app.domain.topics import TopicAnalysis, shipped_topic_data
from app.domain.words import alternation
from app.resources import resource_path

_Words = Texts


class _CallbackModel(Strict):
    back: _Words
    stems: _Words
    endings: _Words
    verbs: _Words
    whom: _Words
    promised: _Words
    quoted_verbs: _Words
    quoted_whom: _Words
    phoned: _Words
    left: _Words
    to_arrange: _Words
    the_arranged: _Words


@dataclass(frozen=True)
class Callback:
    """The [callback] table as patterns (case-insensitive): a call back awaited, promised, and a call made."""

    awaited: re.Pattern[str]  # 'niemand belt terug', 'bel me terug', 'zou teruggebeld worden'
    promised: re.Pattern[str]  # 'zou terugbellen', "'Greet belt u terug'"
    phoned: re.Pattern[str]  # 'gebeld', 'telefonisch'
    left: re.Pattern[str]  # 'de voicemail ingesproken', 'een bericht achtergelaten': the business has the number
    # 'gebeld om een taart te bestellen', 'geprobeerd te bellen voor een afspraak': a call to arrange something new
    arranging: re.Pattern[str]


def _callback(model: _CallbackModel) -> Callback:
    """The shapes of the sentences around the [callback] words ('ge'/'te' are grammar: 'teruggebeld', 'terug te
    bellen')."""
    back, stems, whom = _alt(model.back), _alt(model.stems), _alt(model.whom)
    quoted = rf"['‘\"“][^'’\"”\n]{{0,40}}\b(?:{_alt(model.quoted_verbs)})\s+(?:(?:{_alt(model.quoted_whom)})\s+)?"
    return Callback(
        re.compile(
            rf"\b(?:{back})\s*(?:ge|te\s+)?(?:{stems})(?:{_alt(model.endings)})?\b"
            rf"|\b(?:{_alt(model.verbs)})\s+(?:(?:{whom})\s+)?(?:{back})\b",
            re.I,
        ),
        re.compile(
            rf"\b(?:{_alt(model.promised)})\b[^.!?]{{0,40}}?\b(?:{back})\s*(?:ge|te\s+)?(?:{stems})"
            rf"|{quoted}(?:{back})\b",
            re.I,
        ),
        re.compile(rf"\b(?:{_alt(model.phoned)})\b", re.I),
        re.compile(rf"\b(?:{_alt(model.left)})\b", re.I),
        _arranging(model),
    )


def _arranging(model: _CallbackModel) -> re.Pattern[str]:
    """A call (a form of 'bellen') with what the writer wanted to arrange after it in the same sentence: 'om (een
    moederdagtaart) te bestellen', 'voor een afspraak'."""
    called = _alt([*model.phoned, *model.verbs])
    gap = r"[^.!?\n]{0,60}?"
    return re.compile(
        rf"\b(?:{called})\b{gap}\bom\s+(?:[^.!?\n]{{0,40}}?\s)?(?:te\s+)?(?:{_alt(model.to_arrange)})\b"
        rf"|\b(?:{called})\b{gap}\bvoor\s+(?:een|'n|nen|ne)\s+(?:{_alt(model.the_arranged)})\b",
        re.I,
    )


def _alt(words: list[str]) -> str:
    return alternation(tuple(w.strip().lower() for w in words))


class _UnansweredModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    counts: _Words
    times: _Words
    plurals: _Words
    several: _Words
    about: _Words
    callback: _CallbackModel


@dataclass(frozen=True)
class UnansweredWords:
    counts: frozenset[str]
    times: frozenset[str]
    plurals: frozenset[str]
    several: tuple[str, ...]
    about: frozenset[str]
    callback: Callback


def parse_unanswered(data: dict[str, Any], source: str = "<unanswered>") -> UnansweredWords:
    model = validate(_UnansweredModel, data, source, located)

    def low(words: list[str]) -> frozenset[str]:
        return frozenset(w.strip().lower() for w in words)

    return UnansweredWords(
        low(model.counts),
        low(model.times),
        low(model.plurals),
        tuple(sorted(low(model.several))),
        low(model.about),
        _callback(model.callback),
    )


@lru_cache(maxsize=1)
def shipped_unanswered(path: str | Path | None = None) -> UnansweredWords:
    file = Path(path) if path else resource_path("unanswered.toml")
    return parse_unanswered(read_toml(file), str(file))


_TOKEN = re.compile(r"[\w'’-]+")


def _tokens(text: str) -> list[str]:
    """The words, with a count glued to its 'x' split off ('3x' → '3', 'x') and ’ as '."""
    out: list[str] = []
    for word in _TOKEN.findall(text.lower().replace("’", "'")):
        glued = re.fullmatch(r"(\d+)(x)", word)
        out.extend(glued.groups() if glued else (word,))
    return out


def tried_several(text: str) -> bool:
    """Whether the writer tried more than once: a plural channel word ('twee mails', 'berichten'), a count with
    'keer' or 'x' ('drie keer gemaild', 'al 3x'), or a word that says it ('herhaaldelijk gemaild')."""
    words = shipped_unanswered()
    tokens = _tokens(text)
    if words.plurals & set(tokens):
        return True
    if any(a in words.counts and b in words.times for a, b in pairwise(tokens)):
        return True
    said = f" {' '.join(tokens)} "
    return any(f" {w} " in said for w in words.several)


def _leads_with_contact(text: str) -> bool:
    """Whether the first sentence tells of the contact or the silence ('Twee mails gestuurd over ...', 'Al weken geen
    antwoord op mijn mails'): what a writer opens with is what they complain about. 'Al twee maanden wordt er geld
    afgeschreven ... Opgezegd per mail, geen reactie' is about the money; the mail is how they tried."""
    first = sentences_and_lines(text.strip(), maxsplit=1)[0]
    said = f" {' '.join(_tokens(first))} "
    data = shipped_topic_data()
    words = [t for c in data.concepts if c.group in {"channel", "unanswered"} for t in c.terms]
    return any(f" {w} " in said for w in (*words, *shipped_unanswered().plurals))


def contact_is_the_complaint(topics: TopicAnalysis, text: str) -> bool:
    """Whether the unanswered mail or message is what the writer complains about: no other problem found, or only
    a price word that names what they wrote about ('gemaild over de offerte'), without an amount or a judgement
    of the price ('te duur'). A call nobody took has lines of its own (the callback)."""
    if not topics.tried or "telefoon" in topics.tried or topics.is_safety or not _leads_with_contact(text):
        return False
    if not topics.problems:
        return True
    if set(topics.problems) != {"prijs"} or AMOUNT.search(text):
        return False
    about = shipped_unanswered().about
    price = shipped_topic_data().concept("prijs")
    said = f" {' '.join(_tokens(text))} "
    # a price word that is not only what the writer asked about: 'veel te duur', 'afzetterij'
    judged = price is not None and any(f" {t} " in said for t in price.terms if t not in about)
    return not judged and any(f" {w} " in said for w in about)


# A number in the international form ('+49 171 2345678'), beside the Dutch and Belgian ones of details.PHONE.
_ANY_PHONE = re.compile(r"(?<![\w+])\+\d{2,3}[\s-]?\d{2,4}(?:[\s-]?\d{2,4}){1,4}(?!\w)")


def called_to_arrange(text: str) -> bool:
    """Whether the writer phoned to order, book or make an appointment ('Al drie keer gebeld om een taart te
    bestellen', 'geprobeerd te bellen voor een afspraak'): a customer the phone missed, called back to arrange it;
    not a call about what was arranged before ('gebeld om mijn afspraak te verzetten', 'gebeld over mijn
    bestelling')."""
    return shipped_unanswered().callback.arranging.search(text) is not None


def number_given(text: str, own: str) -> bool:
    """Whether the writer gives a phone number of their own ('Please call me back: +49 171 2345678', 'bel me op
    0470 12 34 56'): then the business has it and calls; not the business's own number quoted ('ik belde 014-61 27
    83 drie keer')."""
    last = re.sub(r"\D", "", own)[-8:]
    found = [m.group(0) for pattern in (PHONE, _ANY_PHONE) for m in pattern.finditer(text)]
    return any(re.sub(r"\D", "", number)[-8:] != last for number in found)
