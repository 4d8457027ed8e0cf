"""The word lists of resources/topic_readers.toml, read and checked once: the words with which the readers of
app/nlp/topic_broken.py, topic_tried.py, topic_waited.py and topic_compared.py read the grammar around a
topic (a thing that broke, a channel tried, what was waited on, a thing only compared to); the one list of units
after a number ([units]) and the words around a counted order ([counted], topic_counted.py)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.schema import Strict, Texts, located, validate
from app.resources import resource_path


class _Broken(Strict):
    broken: Texts
    before_noun: Texts
    new_part: Texts
    wanted_for: Texts
    hurt_articles: Texts
    new_part_articles: Texts
    new_part_list: Texts
    skips: Texts
    piece_articles: Texts
    piece_after_price: Texts
    piece_of: Texts


class _Tried(Strict):
    reaching: Texts
    imperatives: Texts
    clause_ends: Texts
    modals: Texts
    askers: Texts
    messages: Texts
    got: Texts
    sending: Texts
    sent_with: Texts
    no_answer_channels: Texts
    proposing: Texts
    business: Texts
    writer: Texts
    counted: Texts
    repeats: Texts
    machines: Texts
    picked_up: Texts
    taking_contact: Texts


class _Waited(Strict):
    wait: Texts
    clause_ends: Texts
    determiners: Texts
    not_waited: Texts
    numbers: Texts
    writer: Texts
    waited_for: Texts
    stayed: Texts
    posture: Texts


class _Compared(Strict):
    than: Texts
    look_like: Texts
    looks: Texts
    linking: Texts
    determiners: Texts
    fallen_back: Texts
    instead_of: Texts
    likened_subject: Texts
    likened_by: Texts


class _Units(Strict):
    time: Texts
    years: Texts
    measures: Texts
    other: Texts
    people: Texts


class _Counted(Strict):
    deliver: Texts
    before_count: Texts


class _Judged(Strict):
    particles: Texts
    sizes: Texts
    stale: Texts
    trailing: Texts


class _Paid(Strict):
    containers: Texts
    charged: Texts


class _Occasion(Strict):
    became: Texts


class _Failed(Strict):
    predicates: Texts
    links: Texts
    determiners: Texts
    own: Texts
    theirs: Texts
    never_alone: Texts
    prepositions: Texts
    clause_ends: Texts
    not_things: Texts


class _Leave(Strict):
    words: Texts
    theirs: Texts
    own: Texts


class _ReadersModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    broken: _Broken
    tried: _Tried
    waited: _Waited
    compared: _Compared
    units: _Units
    counted: _Counted
    judged: _Judged
    paid: _Paid
    occasion: _Occasion
    failed: _Failed
    leave: _Leave


Words = dict[str, frozenset[str]]


def parse_reader_words(data: dict[str, Any], source: str = "<topic_readers>") -> dict[str, Words]:
    """Per table ('broken', 'tried', 'waited', 'compared') its lists as sets of lower-case words."""
    model = validate(_ReadersModel, data, source, located)
    tables = model.model_dump(exclude={"schema_version"})
    return {
        table: {name: frozenset(w.strip().lower() for w in words) for name, words in lists.items()}
        for table, lists in tables.items()
    }


@lru_cache(maxsize=1)
def reader_words(path: str | Path | None = None) -> dict[str, Words]:
    file = Path(path) if path else resource_path("topic_readers.toml")
    return parse_reader_words(read_toml(file), str(file))


@lru_cache(maxsize=8)
def units(*parts: str) -> frozenset[str]:
    """The units after a number of the parts named ('time', 'years', 'measures', 'other', 'people'; all when none is
    named): the one units list of resources/topic_readers.toml [units]."""
    table = reader_words()["units"]
    return frozenset().union(*(table[p] for p in (parts or tuple(table))))
