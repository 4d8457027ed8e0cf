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
from app.domain.draft_base import DraftBase
from app.domain.draft_facts import key_words
from app.domain.draft_word_match import similar
from app.domain.draft_yes_lead import YES_LEAD
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


_LETTERS = re.compile(r"[^\W\d_]+")  # a word of letters only


def order_verb(faq_question: str) -> str:
    """The verb a lead-time question ends on ('... moet ik een taart bestellen?' → 'bestellen'); '' when it ends on
    no infinitive."""
    last = _LETTERS.findall(faq_question.lower())[-1:]
    return last[0] if last and last[0].endswith("en") and len(last[0]) > 4 else ""


class MadeAheadDrafting(DraftBase):
    """The thing asked to be made, with a slot for the owner, and the FAQ's lead time after it."""

    def _made_ahead(self, faq: tuple[str, float, str], asked: tuple[str, ...]) -> str:
        """'Over een taart in de vorm van een eenhoorn: [vul in: ...]. Wel op tijd bestellen: minstens een week.' when
        the first question asks whether we can make a thing and the entry only says how long ahead to order it
        (app.domain.draft_made_ahead): whether it can be made is the owner's to say; '' otherwise."""
        thing, lead = self._lead_time(asked, faq)
        if not lead:
            return ""
        return f"{self._line('question', 'own_range_about', '', {'onderwerp': thing})} {lead}"

    def _lead_time(self, asked: tuple[str, ...], faq: tuple[str, float, str] | None = None) -> tuple[str, str]:
        """(the thing the first question asks us to make, 'Wel op tijd bestellen: {the FAQ's lead time}') when the
        FAQ entry (``faq``, else any in the profile) asks how long ahead to order; ('', '') otherwise."""
        thing = made_asked(asked[0]) if asked else ""
        # without a matched entry, one about the same thing ('een taart als eenhoorn' ~ '... een taart bestellen?')
        entries = (
            [faq]
            if faq
            else [(f.answer, 0.0, f.question) for f in self.profile.faq if self._same_thing(thing, f.question)]
        )
        entry = next((e for e in entries if asks_lead_time(e[2]) and not YES_LEAD.match(e[0])), None)
        if not thing or entry is None:
            return "", ""
        answer = entry[0].strip()
        answer = answer[:1].lower() + answer[1:] if answer[1:2].islower() else answer
        verb = order_verb(entry[2])
        key = "made_ahead" if verb else "made_ahead_plain"
        return thing, self._line("question", key, "", {"antwoord": answer, "waarde": verb})

    def _same_thing(self, thing: str, question: str) -> bool:
        """Whether a thing asked and a FAQ question share a word, or one word ends in the other ('trouwkaart' ~
        'kaart')."""
        mine, theirs = key_words(thing, self._lemmas_of), key_words(question, self._lemmas_of)
        return any(similar(m, t) or (len(t) > 3 and m.endswith(t)) for m in mine for t in theirs)
