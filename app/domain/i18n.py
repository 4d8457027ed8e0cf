"""The domain's texts in the window's language. Dutch is the default and the reference.

Two kinds of translated text live in ``resources/i18n/<language>/`` (see its README):

- **Catalogues** for the data files (``flowchart.toml``, ``crisis/*.toml``, ``cases/*.toml``):
  ``i18n/en/flowchart.toml`` holds ``[[text]]`` entries with the Dutch text (``nl``) and its
  translation (``en``), like a gettext catalogue. A translation is found by its Dutch text, so
  reordering the Dutch file changes nothing, and a Dutch text that is edited shows up as missing
  instead of keeping a stale translation. Each loader says which of its fields are translated
  (``FieldRules``); :func:`localise` swaps those texts in the raw data before it is validated.
- **Tables** for texts written by the code (category and platform names, the report's
  sentences): ``i18n/nl/names.toml`` and ``i18n/en/names.toml`` with the same keys and the same
  ``{placeholders}``.

A missing translation falls back to the Dutch text at run time (the window never breaks on
one); :func:`problems` lists every missing, stale or unclassified text, and a test fails on any.
The language is chosen once, when the window starts (:func:`set_content_language`); the loaders
(``shipped_flowchart()`` and the like) then load their data in that language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, update_wrapper
from pathlib import Path
from typing import Any, Generic, TypeVar

from app.domain.datafile import read_toml
from app.errors import DataFileError
from app.resources import resource_path

T = TypeVar("T")
REFERENCE = "nl"
LANGUAGES = ("nl", "en")
_current = {"language": REFERENCE}


def content_language() -> str:
    """The language the domain's texts are loaded in ("nl" unless the window chose another)."""
    return _current["language"]


def set_content_language(language: str) -> None:
    """Choose the language of the domain's texts (once, before the data is first loaded)."""
    if language not in LANGUAGES:
        raise ValueError(f"onbekende taal '{language}' (kies uit {', '.join(LANGUAGES)})")
    _current["language"] = language


class PerLanguage(Generic[T]):
    """A loader of shipped data, called as ``loader()`` (the window's language) or ``loader("en")``;
    the data is loaded once per language."""

    def __init__(self, load: Callable[[str], T]) -> None:
        self._load = lru_cache(maxsize=None)(load)
        update_wrapper(self, load)

    def __call__(self, language: str | None = None) -> T:
        return self._load(language or content_language())

    def cache_clear(self) -> None:
        self._load.cache_clear()


@contextmanager
def content_language_as(language: str) -> Iterator[None]:
    """The domain's texts in ``language`` for a while (one CLI command, one test)."""
    previous = content_language()
    set_content_language(language)
    try:
        yield
    finally:
        set_content_language(previous)


# ---------------------------------------------------------------- catalogues for data files


@dataclass(frozen=True)
class FieldRules:
    """Which fields of a data file are translated and which are kept as they are (codes, ids,
    the comments themselves). Patterns are dotted paths; ``*`` stands for any key or list index.
    A text in a field matched by neither is reported by :func:`problems`."""

    translate: tuple[str, ...]
    keep: tuple[str, ...]
    _known: dict[tuple[str, ...], str | None] = field(default_factory=dict, compare=False, repr=False)

    def kind(self, path: Sequence[str]) -> str | None:
        """ "translate", "keep" or None (unclassified) for a field's path (indices as "*")."""
        key = tuple(path)
        if key not in self._known:
            if any(_matches(pattern, key) for pattern in self.translate):
                self._known[key] = "translate"
            elif any(_matches(pattern, key) for pattern in self.keep):
                self._known[key] = "keep"
            else:
                self._known[key] = None
        return self._known[key]


def _matches(pattern: str, path: Sequence[str]) -> bool:
    """``*`` matches one key or index; a final ``**`` matches whatever follows."""
    parts = pattern.split(".")
    if parts[-1] == "**":
        parts, path = parts[:-1], path[: len(parts) - 1]
    return len(parts) == len(path) and all(p in ("*", q) for p, q in zip(parts, path, strict=True))


@dataclass
class Localised:
    """The data with its texts translated, and what could not be translated."""

    data: dict[str, Any]
    missing: list[tuple[str, str]] = field(default_factory=list)  # (where, Dutch text)
    unclassified: list[str] = field(default_factory=list)  # where
    used: set[str] = field(default_factory=set)  # Dutch texts that were found


def catalogue_path(relative: str, language: str) -> str:
    return str(resource_path("i18n", language, *relative.split("/")))


@lru_cache(maxsize=64)
def catalogue(relative: str, language: str) -> Mapping[str, str]:
    """Dutch text → translation for one data file (``relative`` to resources/, e.g. "flowchart.toml").

    The file's shape is checked: ``[[text]]`` tables with exactly ``nl`` and the language's key,
    both text, the Dutch not empty and not twice. An empty translation is not translated yet
    (a translator's to-do, as ``skeleton`` writes it); no file: an empty catalogue."""
    source = catalogue_path(relative, language)
    if not Path(source).exists():
        return {}
    data = read_toml(Path(source))
    unknown = set(data) - {"text"}
    if unknown:
        raise DataFileError(source, f"onbekende tabel '{sorted(unknown)[0]}' (alleen [[text]])")
    entries = data.get("text", [])
    if not isinstance(entries, list):
        raise DataFileError(source, "'text' moet een lijst van [[text]]-tabellen zijn")
    result: dict[str, str] = {}
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        where = f"tekst {number}"
        if not isinstance(entry, dict) or set(entry) != {REFERENCE, language}:
            raise DataFileError(source, f"elke [[text]] heeft precies '{REFERENCE}' en '{language}'", where)
        dutch, translated = entry[REFERENCE], entry[language]
        if not (isinstance(dutch, str) and isinstance(translated, str) and dutch.strip()):
            raise DataFileError(source, f"'{REFERENCE}' en '{language}' moeten allebei tekst zijn", where)
        key = dutch.strip()
        if key in seen:
            raise DataFileError(source, f"deze Nederlandse tekst staat er twee keer in: {key[:60]!r}", where)
        seen.add(key)
        if translated.strip() and _fields(translated) != _fields(dutch):
            raise DataFileError(
                source, f"de vertaling heeft andere {{plekhouders}} dan het Nederlands: {key[:60]!r}", where
            )
        if translated.strip():  # empty: not translated yet (the Dutch text is shown)
            result[key] = translated.strip()
    return result


_FIELD = re.compile(r"\{(\w*)\}")


def _fields(text: str) -> set[str]:
    """The {placeholders} a text is filled in with later (a translation must keep them)."""
    return set(_FIELD.findall(text))


def translated(relative: str, dutch: str, language: str | None = None) -> str:
    """One Dutch text of a data file in the window's language (or the one given), e.g. a note the
    drafter shows next to its (Dutch) draft; the Dutch text itself when there is no translation."""
    language = language or content_language()
    if language == REFERENCE:
        return dutch
    return catalogue(relative, language).get(dutch.strip(), dutch)


def localise(data: Mapping[str, Any], relative: str, language: str, rules: FieldRules) -> Localised:
    """A copy of the raw data of a data file with the fields ``rules`` translate in ``language``.
    A text without a translation stays Dutch and is listed in ``missing``."""
    table = catalogue(relative, language) if language != REFERENCE else {}
    result = Localised({})
    result.data = _walk(data, [], [], table, rules, result, translate=language != REFERENCE)
    return result


def _walk(
    value: Any,
    path: list[str],
    where: list[str],
    table: Mapping[str, str],
    rules: FieldRules,
    result: Localised,
    translate: bool,
) -> Any:
    if isinstance(value, Mapping):
        return {k: _walk(v, [*path, k], [*where, k], table, rules, result, translate) for k, v in value.items()}
    is_text_list = isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)
    if isinstance(value, str) or is_text_list:
        kind = rules.kind(path)
        if kind is None:
            result.unclassified.append(_where(where))
        if kind != "translate" or not translate:
            return value
        texts = [value] if isinstance(value, str) else value
        out = [_translated(text, _where(where), table, result) for text in texts]
        return out[0] if isinstance(value, str) else out
    if isinstance(value, list):
        return [
            _walk(v, [*path, "*"], [*where, _item_name(v, i)], table, rules, result, translate)
            for i, v in enumerate(value)
        ]
    return value


def _where(where: list[str]) -> str:
    """ "nodes[aard].question" for the path nodes, [aard], question."""
    return ".".join(where).replace(".[", "[")


def _item_name(item: Any, index: int) -> str:
    name = item.get("id") if isinstance(item, Mapping) else None
    return f"[{name}]" if isinstance(name, str) else f"[{index + 1}]"


def _translated(text: str, where: str, table: Mapping[str, str], result: Localised) -> str:
    key = text.strip()
    found = table.get(key)
    if found is None:
        result.missing.append((where, key))
        return text
    result.used.add(key)
    return found


# ---------------------------------------------------------------- tables for texts in code


@lru_cache(maxsize=16)
def table(name: str, language: str) -> Mapping[str, Any]:
    """``i18n/<language>/<name>.toml``; a key missing or different from Dutch falls back to Dutch."""
    reference = read_toml(resource_path("i18n", REFERENCE, f"{name}.toml"))
    if language == REFERENCE:
        return reference
    path = resource_path("i18n", language, f"{name}.toml")
    own = read_toml(path) if path.exists() else {}
    return _merged(reference, own)


def _merged(reference: Mapping[str, Any], own: Mapping[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for key, dutch in reference.items():
        value = own.get(key)
        if isinstance(dutch, Mapping):
            merged[key] = _merged(dutch, value if isinstance(value, Mapping) else {})
        else:
            merged[key] = value if _fits(dutch, value) else dutch
    return merged


def _fits(dutch: Any, value: Any) -> bool:
    """A translation can stand in for the Dutch value: same type, same placeholders, same length."""
    if isinstance(dutch, str):
        return isinstance(value, str) and bool(value.strip()) and _fields(value) == _fields(dutch)
    if isinstance(dutch, list):
        return isinstance(value, list) and len(value) == len(dutch) and all(map(_fits, dutch, value))
    return False


def text(name: str, key: str, language: str | None = None) -> Any:
    """One entry of a table in the current (or given) language; "a.b" reaches into a sub-table."""
    value: Any = table(name, language or content_language())
    for part in key.split("."):
        value = value[part]
    return value


class LocalisedNames(Mapping[str, str]):
    """Codes → names, in the current language (a section of ``names.toml``). Iterates over the
    codes in their fixed order, so ``code in NAMES`` and ``list(NAMES)`` work on the codes."""

    def __init__(self, section: str, codes: Iterable[str]) -> None:
        self.section = section
        self.codes = tuple(codes)

    def __getitem__(self, code: str) -> str:
        if code not in self.codes:
            raise KeyError(code)
        names = text("names", self.section)
        return str(names.get(code, code))

    def __iter__(self) -> Iterator[str]:
        return iter(self.codes)

    def __len__(self) -> int:
        return len(self.codes)

    def __contains__(self, code: object) -> bool:
        return code in self.codes


# ---------------------------------------------------------------- completeness


def table_problems(name: str, language: str) -> list[str]:
    """Keys of the Dutch table that the language lacks, or translates with other placeholders."""
    reference = read_toml(resource_path("i18n", REFERENCE, f"{name}.toml"))
    path = resource_path("i18n", language, f"{name}.toml")
    own = read_toml(path) if path.exists() else {}
    found: list[str] = []

    def compare(dutch: Mapping[str, Any], other: Mapping[str, Any], prefix: str) -> None:
        for key, value in dutch.items():
            if isinstance(value, Mapping):
                sub = other.get(key)
                compare(value, sub if isinstance(sub, Mapping) else {}, f"{prefix}{key}.")
            elif not _fits(value, other.get(key)):
                found.append(f"{path}: '{prefix}{key}' ontbreekt of past niet bij het Nederlands")
        for key in other:
            if key not in dutch:
                found.append(f"{path}: '{prefix}{key}' staat niet in de Nederlandse tabel")

    compare(reference, own, "")
    return found


def data_problems(relative: str, data: Mapping[str, Any], rules: FieldRules, language: str) -> list[str]:
    """Every text of a Dutch data file that has no translation, and every field not classified."""
    result = localise(data, relative, language, rules)
    source = catalogue_path(relative, language)
    found = [f"{source}: geen vertaling voor {where}: {dutch[:70]!r}" for where, dutch in result.missing]
    found += [f"{relative}: veld {where} is niet ingedeeld (vertalen of bewaren?)" for where in result.unclassified]
    return found


def unused(relative: str, data: Mapping[str, Any], rules: FieldRules, language: str) -> list[str]:
    """Dutch texts in the catalogue that the data file no longer has (left over after an edit)."""
    result = localise(data, relative, language, rules)
    return [dutch for dutch in catalogue(relative, language) if dutch not in result.used]
