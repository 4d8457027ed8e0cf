"""The labelled comments of the draft test rounds as corpus examples.

The rounds in ``tests/data/draft_expectations*.toml`` were written by the team (webcare
professionals writing blind, in their own words) with the category and flags each comment
should get: the closest thing we have to how customers really write. ``nl_model/import_rounds.py``
writes them to ``nl_model/corpus/parts/rondes.jsonl`` so the classifier learns from them too.
Rounds after the cut stay out, so they can measure the whole chain on text it never saw.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from app.domain.categories import CATEGORIES, FLAGS
from app.errors import DataFileError
from app.nlp.corpus import Example

LAST_ROUND = 84  # r85 and later measure the chain on text the classifier never saw


def round_number(path: Path) -> int:
    """1 for ``draft_expectations.toml``, N for ``draft_expectations_rN.toml``."""
    match = re.fullmatch(r"draft_expectations(?:_r(\d+))?\.toml", path.name)
    if match is None:
        raise DataFileError(path.name, "geen bestand van een concepttestronde")
    return int(match.group(1) or 1)


def round_files(folder: Path, upto: int = LAST_ROUND) -> list[Path]:
    """The round files of rounds 1..upto, in round order."""
    paths = [p for p in folder.glob("draft_expectations*.toml") if round_number(p) <= upto]
    return sorted(paths, key=round_number)


def file_examples(path: Path) -> list[Example]:
    """Every case of one round file as (text, label, flags), in file order."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    examples: list[Example] = []
    for case in data.get("case", []):
        label, flags = case.get("label"), tuple(sorted(case.get("flags", [])))
        if label not in CATEGORIES or not set(flags) <= set(FLAGS) or not str(case.get("text", "")).strip():
            raise DataFileError(path.name, "geen tekst, of label of vlag onbekend", str(case.get("id", "?")))
        examples.append(Example(case["text"], label, flags))
    return examples


def round_examples(folder: Path, upto: int = LAST_ROUND) -> list[Example]:
    """Every case of rounds 1..upto as (text, label, flags), in round order and then file order."""
    return [example for path in round_files(folder, upto) for example in file_examples(path)]
