"""A question whether the business can make something special ('kunnen jullie een taart in de vorm van een eenhoorn
maken?') that the FAQ only answers with how long ahead to order ('Hoe lang van tevoren moet ik een taart bestellen?'):
the lead time says nothing about whether it can be made, so the draft names the thing with an open slot for the owner
first and the lead time after it, as what follows. Words in resources/made_ahead.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.draft_asked import negations
from app.domain.schema import Strict, Texts, located, validate
from app.domain.words import alternation, stop_words
from app.resources import resource_path


class _MadeAheadModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    make_verbs: Texts
    modals: Texts
    pronouns: Texts
    fillers: Texts
    how_long: Texts
    ahead: Texts


@dataclass(frozen=True)
class MadeAhead:
    """The patterns of resources/made_ahead.toml, compiled once."""

    verb_last: re.Pattern[str]  # 'kunnen jullie ook een taart in de vorm van een eenhoorn maken?'
    verb_first: re.Pattern[str]  # 'bakken jullie ook taarten met een foto erop?'
    how_long: re.Pattern[str]
    ahead: re.Pattern[str]


def _words(words: list[str]) -> str:
    return alternation(tuple(w.strip().lower() for w in words), spaced=True)


def parse_made_ahead(data: dict[str, Any], source: str = "<made_ahead>") -> MadeAhead:
    """The file's lists as patterns; a DataFileError naming the field when one is missing, empty or not text."""
    model = validate(_MadeAheadModel, data, source, located)
    make, modal, you = _words(model.make_verbs), _words(model.modals), _words(model.pronouns)
    fill = rf"(?:(?:{_words(model.fillers)})\s+)*"
    thing = r"(?P<thing>[^.!?\n]{3,80}?)"
    return MadeAhead(
        verb_last=re.compile(
            rf"\b(?:{modal})\s+(?:{you})\s+{fill}{thing}\s+(?:{make})\b(?P<rest>[^.!?\n]{{0,60}}?)\s*\?", re.I
        ),
        # 'bakken jullie ook ...?', 'could you make ...?'
        verb_first=re.compile(
            rf"(?:^|[.!?]\s*|\b(?:{modal})\s+(?:{you})\s+)(?:{make})\s+(?:(?:{you})\s+)?{fill}{thing}\s*\?", re.I
        ),
        how_long=re.compile(rf"\b(?:{_words(model.how_long)})\b", re.I),
        ahead=re.compile(rf"\b(?:{_words(model.ahead)})\b", re.I),
    )


@lru_cache(maxsize=1)
def shipped_made_ahead(path: str | Path | None = None) -> MadeAhead:
    file = Path(path) if path else resource_path("made_ahead.toml")
    return parse_made_ahead(read_toml(file), str(file))


def made_asked(question: str) -> str:
    """What a question asks the business to make, as the writer wrote it ('kunnen jullie ook een taart in de vorm van
    een eenhoorn maken??' → 'een taart in de vorm van een eenhoorn'); '' when it asks no such thing."""
    words = shipped_made_ahead()
    found = words.verb_last.search(question) or words.verb_first.search(question)
    if not found:
        return ""
    rest = found.groupdict().get("rest") or ""  # 'een taart maken in de vorm van een eenhoorn?'
    said = " ".join(f"{found['thing']} {rest}".split())
    words_said = [w.strip("'’").lower() for w in said.split()]
    if not words_said or words_said[0] in negations() or all(w in stop_words() for w in words_said):
        return ""  # 'Kunnen jullie dat maken?', 'Kunnen jullie niet gewoon op tijd je werk maken?': no thing to make
    return said


def asks_lead_time(faq_question: str) -> bool:
    """Whether a FAQ question asks how long ahead ('Hoe lang van tevoren moet ik een taart bestellen?')."""
    words = shipped_made_ahead()
    return bool(words.how_long.search(faq_question) and words.ahead.search(faq_question))


def order_verb(faq_question: str) -> str:
    """The verb a lead-time question ends on ('... moet ik een taart bestellen?' → 'bestellen'); '' when it ends on
    no infinitive."""
    last = re.findall(r"[^\W\d_]+", faq_question.lower())[-1:]
    return last[0] if last and last[0].endswith("en") and len(last[0]) > 4 else ""
