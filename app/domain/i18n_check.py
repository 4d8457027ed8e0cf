"""Is every text of the domain translated? The check behind the completeness test and
``packaging/i18n_data.py`` (which also writes the entries a translator still has to fill in)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from app.domain.categories import CATEGORIES, FLAGS, PLATFORMS
from app.domain.datafile import read_toml
from app.domain.i18n import REFERENCE, FieldRules, catalogue, data_problems, localise, table, table_problems, unused
from app.domain.texts import (
    CASE_TEXTS,
    CRISIS_TEXTS,
    FLOWCHART_TEXTS,
    RADAR_TEXTS,
    REPLY_TEXTS,
    SAFETY_TEXTS,
    STATEMENT_TEXTS,
)
from app.domain.training import DIFFICULTIES
from app.resources import resource_path, resources_dir

TABLES = ("names", "report", "radar_reasons", "privacy")
# The sections of names.toml and the codes each must name.
NAMED_CODES: Mapping[str, tuple[str, ...]] = {
    "categories": CATEGORIES,
    "flags": FLAGS,
    "platforms": tuple(PLATFORMS),
    "difficulties": DIFFICULTIES,
}


def data_files() -> Iterator[tuple[str, FieldRules]]:
    """(path relative to resources/, its rules) for every data file with texts for the user."""
    yield "flowchart.toml", FLOWCHART_TEXTS
    yield "replies.toml", REPLY_TEXTS
    root = resources_dir()
    optional = (("safety.toml", SAFETY_TEXTS), ("radar.toml", RADAR_TEXTS), ("statements.toml", STATEMENT_TEXTS))
    for name, rules in optional:  # data files that some branches add
        if (root / name).exists():
            yield name, rules
    for folder, rules in (("crisis", CRISIS_TEXTS), ("cases", CASE_TEXTS)):
        for path in sorted((root / folder).glob("*.toml")):
            yield f"{folder}/{path.name}", rules


def _data(relative: str) -> dict[str, Any]:
    return read_toml(resource_path(*relative.split("/")))


def problems(language: str) -> list[str]:
    """Every Dutch text without a translation, every unclassified field, every table key that is
    missing or has other placeholders, and every code names.toml does not name."""
    found: list[str] = []
    for relative, rules in data_files():
        found += data_problems(relative, _data(relative), rules, language)
    for name in TABLES:
        found += table_problems(name, language) if language != REFERENCE else []
    names = table("names", REFERENCE)
    for section, codes in NAMED_CODES.items():
        have = set(names.get(section, {}))
        if have != set(codes):
            found.append(f"i18n/{REFERENCE}/names.toml: [{section}] moet precies {', '.join(codes)} noemen")
    return found


def leftovers(language: str) -> dict[str, list[str]]:
    """Per data file, the catalogue's Dutch texts the file no longer has (after an edit)."""
    result = {}
    for relative, rules in data_files():
        texts = unused(relative, _data(relative), rules, language)
        if texts:
            result[relative] = texts
    return result


def skeleton(relative: str, rules: FieldRules, language: str) -> str:
    """TOML ``[[text]]`` entries for the texts of one data file that have no translation yet,
    each with where it is used, and the translation left empty for the translator."""
    result = localise(_data(relative), relative, language, rules)
    have = catalogue(relative, language)
    places: dict[str, list[str]] = {}
    for where, dutch in result.missing:
        if dutch not in have:
            places.setdefault(dutch, []).append(where)
    blocks = []
    for dutch, used_at in places.items():
        comment = f"# {', '.join(used_at[:3])}{' …' if len(used_at) > 3 else ''}"
        blocks.append(f'{comment}\n[[text]]\nnl = {_toml(dutch)}\n{language} = ""\n')
    return "\n".join(blocks)


def _toml(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)
