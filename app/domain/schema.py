"""Schema validation of the TOML data files with pydantic, and errors that name file, place and field.

A model describes the shape of a file (which fields, their types, which are required, which
values are allowed); :func:`validate` checks raw TOML data against it and turns the first problem
into a one-line Dutch :class:`~app.errors.DataFileError`. Checks that need more than one field
(references between nodes, cycles, coverage of the categories) stay with each file's loader.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails

from app.errors import DataFileError

Ident = Annotated[str, Field(min_length=1, pattern=r"^[a-z0-9_]+$")]
Text = Annotated[str, Field(min_length=1, pattern=r"\S")]  # required text: not empty, not only spaces
Texts = Annotated[list[Text], Field(min_length=1)]  # a required list of required texts (words, sentences)

M = TypeVar("M", bound=BaseModel)
# Turns the location of an error (a path into the raw data) into "knooppunt 'grap', antwoord 'ja'".
Describe = Callable[[Mapping[str, Any], Sequence[int | str]], tuple[str | None, str]]


class Strict(BaseModel):
    """Exact types (no '1' for 1, no 'yes' for true), unknown fields refused, values never changed."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


def validate(
    model: type[M],
    data: Mapping[str, Any],
    source: str,
    describe: Describe,
    hints: Mapping[str, str] | None = None,
) -> M:
    """``data`` checked against ``model``; the first problem raises DataFileError. ``hints`` give
    a field's own message (what the field should look like) instead of the generic one."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where, field = describe(data, first["loc"])
        hint = (hints or {}).get(field) if first["type"] != "missing" else None
        message = hint or problem(first, field)
        raise DataFileError(source, message, where) from None


def located(data: Any, loc: Sequence[int | str]) -> tuple[str | None, str]:
    """(where, field) for an error at ``loc`` in a data file of tables and lists of tables: "shapes[2]"
    and the item's field, or the table and its key. The ``Describe`` of files that need nothing more."""
    if len(loc) >= 2 and isinstance(loc[1], int):
        return f"{loc[0]}[{loc[1]}]", str(loc[2]) if len(loc) > 2 else str(loc[0])
    return (str(loc[0]) if loc else None), str(loc[-1]) if loc else "?"


# pydantic's error types, as one Dutch sentence each ({field}: the field, {value}: what was found).
_MESSAGES = {
    "missing": "veld '{field}' ontbreekt",
    "extra_forbidden": "onbekend veld '{field}' (tikfout?)",
    "string_type": "veld '{field}' moet tekst zijn",
    "string_sub_type": "veld '{field}' moet tekst zijn",
    "bool_type": "veld '{field}' moet true of false zijn",
    "bool_parsing": "veld '{field}' moet true of false zijn",
    "int_type": "veld '{field}' moet een geheel getal zijn",
    "int_parsing": "veld '{field}' moet een geheel getal zijn",
    "int_from_float": "veld '{field}' moet een geheel getal zijn",
    "list_type": "veld '{field}' moet een lijst zijn",
    "tuple_type": "veld '{field}' moet een lijst zijn",
    "dict_type": "'{field}' moet een tabel zijn",
    "model_type": "'{field}' moet een tabel zijn",
    "model_attributes_type": "'{field}' moet een tabel zijn",
    "string_too_short": "veld '{field}' is leeg",
    "string_pattern_mismatch": "veld '{field}' ('{value}') mag alleen kleine letters, cijfers en _ bevatten",
    "too_short": "'{field}' ontbreekt of is leeg (minstens {min_length} nodig)",
    "too_long": "'{field}' heeft te veel items (hoogstens {max_length})",
    "literal_error": "'{field}' moet een van {expected} zijn, gevonden: {value!r}",
    "union_tag_invalid": "onbekend soort {tag!r} (kies uit {expected_tags})",
    "union_tag_not_found": "veld 'kind' ontbreekt",
    "greater_than_equal": "veld '{field}' ligt buiten het toegestane bereik ({value!r})",
    "less_than": "veld '{field}' ligt buiten het toegestane bereik ({value!r})",
}


def problem(error: ErrorDetails, field: str) -> str:
    """One Dutch sentence for one pydantic error about ``field``."""
    kind = error["type"]
    value = error.get("input")
    if kind == "string_pattern_mismatch" and isinstance(value, str) and not value.strip():
        kind = "string_too_short"  # only spaces: as good as empty
    template = _MESSAGES.get(kind)
    if template is None:
        return f"veld '{field}': {error['msg']}"
    values = {"min_length": 1, "max_length": "?", "expected": "", "tag": value, "expected_tags": ""}
    values.update(error.get("ctx") or {})
    for key in ("expected", "expected_tags"):  # pydantic lists choices in English: "'a', 'b' or 'c'"
        values[key] = str(values[key]).replace(" or ", " of ")
    return template.format(**values, field=field, value=value)
