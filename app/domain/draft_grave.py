"""How grave a safety case is (resources/severity.toml): after an ambulance, an epipen, stitches or a broken
arm a draft opens seriously ('Wat vreselijk om te lezen ...') and never lightly ('Wat schrikken', 'Balen')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator

from app.domain.datafile import read_toml
from app.domain.schema import Strict, Texts, located, validate
from app.resources import resource_path


class _SeverityModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    ernstig: Texts
    licht: Texts

    @field_validator("ernstig")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern, re.I)
            except re.error as error:
                raise ValueError(f"'{pattern}' is geen geldige reguliere expressie: {error}") from error
        return patterns


@dataclass(frozen=True)
class Severity:
    grave: re.Pattern[str]
    light: tuple[str, ...]  # lower case

    def is_grave(self, text: str) -> bool:
        return self.grave.search(text) is not None

    def opens_lightly(self, line: str) -> bool:
        start = line.lstrip().lower()
        return any(
            start.startswith(opening) and not start[len(opening) : len(opening) + 1].isalpha() for opening in self.light
        )


def parse_severity(data: dict[str, Any], source: str = "<severity>") -> Severity:
    model = validate(_SeverityModel, data, source, located)
    joined = "|".join(f"(?:{p})" for p in model.ernstig)
    return Severity(re.compile(rf"(?<!\w)(?:{joined})(?!\w)", re.I), tuple(w.strip().lower() for w in model.licht))


@lru_cache(maxsize=1)
def shipped_severity(path: str | Path | None = None) -> Severity:
    file = Path(path) if path else resource_path("severity.toml")
    return parse_severity(read_toml(file), str(file))


def grave(text: str) -> bool:
    """Whether the comment tells of a grave outcome: an ambulance, 112, the hospital or emergency room, an epipen
    or adrenaline, stitches, a broken bone, unconsciousness, burns."""
    return shipped_severity().is_grave(text)


def opens_lightly(line: str) -> bool:
    """Whether a line opens lightly ('Wat schrikken, ...', 'Balen dat ...')."""
    return shipped_severity().opens_lightly(line)
