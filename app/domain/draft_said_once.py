"""Feelings and wishes a draft says once (resources/said_once.toml): after 'Wat een schrik moet dat geweest
zijn' a line about the injury says 'Zo'n snee is echt niet niks', not 'daar schrik je van'; after 'ik hoop
dat het snel geneest' no second hope or get-well wish."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.schema import Ident, Strict, Texts, located, validate
from app.resources import resource_path


class _SaidOnceModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    families: Annotated[dict[Ident, Texts], Field(min_length=1)]


def parse_said_once(data: dict[str, Any], source: str = "<said_once>") -> dict[str, frozenset[str]]:
    model = validate(_SaidOnceModel, data, source, located)
    return {name: frozenset(w.strip().lower() for w in words) for name, words in model.families.items()}


@lru_cache(maxsize=1)
def shipped_said_once(path: str | Path | None = None) -> dict[str, frozenset[str]]:
    file = Path(path) if path else resource_path("said_once.toml")
    return parse_said_once(read_toml(file), str(file))


def feelings(text: str) -> frozenset[str]:
    """The families of feeling and wishing a text says ('daar schrik je van' → {'schrik'})."""
    words = set(re.findall(r"\w+", text.lower()))
    return frozenset(name for name, family in shipped_said_once().items() if words & family)


def repeats_feeling(line: str, said: str) -> bool:
    """Whether ``line`` says a feeling or wish again that ``said`` says already."""
    return bool(feelings(line) & feelings(said))


def opens_with_said_word(line: str, said: str) -> bool:
    """Whether ``line`` opens (after 'Wat'/'En') with a word of four letters or more that ``said`` has already
    ('Wat een fijn bericht ... Fijn om voor De Kroos te mogen werken': the second 'fijn' drags; not 'We', 'Ik')."""
    opening = re.findall(r"\w+", re.sub(r"^(?:Wat|En)\s+", "", line))[:1]
    return bool(opening) and len(opening[0]) >= 4 and opening[0].lower() in set(re.findall(r"\w+", said.lower()))
