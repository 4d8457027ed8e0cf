"""Business words on a business platform (resources/formal.toml): on LinkedIn 'Balen dat ...' reads 'Vervelend
dat ...' and 'lief bericht' reads 'mooi bericht', also for a business that says 'je'."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.draft_flemish import WordSwaps
from app.domain.schema import Strict, Text, located, validate
from app.resources import resource_path


class _FormalModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    woorden: Annotated[dict[Text, Text], Field(min_length=1)]


def parse_formal(data: dict[str, Any], source: str = "<formal>") -> WordSwaps:
    """The swaps of resources/formal.toml: the business word for each loose one."""
    return WordSwaps.of(validate(_FormalModel, data, source, located).woorden)


@lru_cache(maxsize=1)
def shipped_formal(path: str | Path | None = None) -> WordSwaps:
    file = Path(path) if path else resource_path("formal.toml")
    return parse_formal(read_toml(file), str(file))


def formal_words(text: str) -> str:
    return shipped_formal().words(text)
