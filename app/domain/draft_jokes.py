"""Shapes of a comment found by a pattern, each naming the sentences in replies.toml that answer it:
the shapes of a joke (resources/jokes.toml: a transformation 'binnen als Chewbacca, buiten als
filmster', a mock accusation, a score 'Paard 1, mijn rug 0', an exaggeration, a comparison) and the
second points of a complaint (resources/complaint_cues.toml: nobody called first, no news since,
the wrong thing served, rushed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.privacy_names import first_names
from app.domain.replies import shipped_templates
from app.domain.schema import Strict, Text, located, validate
from app.errors import DataFileError
from app.resources import resource_path


class _ShapeModel(Strict):
    id: Text
    pattern: Text


class _JokesModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    shapes: Annotated[list[_ShapeModel], Field(min_length=1)]


@dataclass(frozen=True)
class JokeShape:
    id: str
    pattern: re.Pattern[str]

    def values(self, text: str) -> dict[str, str] | None:
        """The named groups ({van}, {naar}, {waarde}) when the comment has this shape, else None."""
        found = self.pattern.search(text)
        if found is None:
            return None
        return {k: _in_sentence(text, found, k) for k, v in found.groupdict().items() if v}


def _in_sentence(text: str, found: re.Match[str], group: str) -> str:
    """The group's words as said inside a sentence: a common word that opened the writer's sentence loses its
    capital ('... dan uit de herstelling. Wachtlijst langer dan ...' → 'wachtlijst'), a name keeps it."""
    value = " ".join(found.group(group).split())
    last = text[: found.start(group)].rstrip()[-1:]
    # a sentence ends at its stop or an emoji ('... bij jullie 😂 Wachtlijst ...')
    opens = not last or last in ".!?" or not (last.isalnum() or last in ",;:'\"‘’-()&/")
    if opens and value[:1].isupper() and value[1:2].islower() and value.split()[0].lower() not in first_names()[0]:
        return value[:1].lower() + value[1:]
    return value


def parse_jokes(
    data: dict[str, Any],
    source: str = "<jokes>",
    section: str = "joke",
    groups: frozenset[str] = frozenset({"van", "naar"}),
) -> tuple[JokeShape, ...]:
    """The shapes in order; each pattern must compile, use only ``groups`` and have as id a key of
    ``section`` in replies.toml."""
    model = validate(_JokesModel, data, source, located)
    known = frozenset(shipped_templates().sections[section])
    shapes = []
    for i, raw in enumerate(model.shapes):
        where = f"shapes[{i}]"
        if raw.id not in known:
            raise DataFileError(source, f"'{raw.id}' staat niet in [{section}] van replies.toml", where)
        try:
            pattern = re.compile(raw.pattern, re.I)
        except re.error as exc:
            raise DataFileError(source, f"ongeldig patroon: {exc}", where) from None
        unknown = set(pattern.groupindex) - groups
        if unknown:
            raise DataFileError(source, f"onbekende groep in het patroon: {sorted(unknown)[0]}", where)
        shapes.append(JokeShape(raw.id, pattern))
    return tuple(shapes)


def load_jokes(path: str | Path | None = None) -> tuple[JokeShape, ...]:
    file = Path(path) if path else resource_path("jokes.toml")
    return parse_jokes(read_toml(file), str(file))


@lru_cache(maxsize=1)
def shipped_jokes() -> tuple[JokeShape, ...]:
    return load_jokes()


@lru_cache(maxsize=1)
def shipped_complaint_cues() -> tuple[JokeShape, ...]:
    """Second points of a complaint (resources/complaint_cues.toml), each a key of [complaint_cue]."""
    file = resource_path("complaint_cues.toml")
    # staat: how a part is ('knie open'); cue: where the remark is in a shape that checks the whole comment first
    groups = frozenset({"waarde", "tweede", "staat", "deel2", "staat2", "cue"})
    return parse_jokes(read_toml(file), str(file), "complaint_cue", groups)


def april_fool(text: str) -> bool:
    """Whether a comment tells of an April fool's joke ('1 aprilgrap', 'op 1 april', 'aprilvis'; resources/jokes.toml
    april_fool)."""
    return any(s.id == "april_fool" and s.pattern.search(text) is not None for s in shipped_jokes())
