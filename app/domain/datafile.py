"""Reading the TOML data files in resources/, with errors that name the file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from app.errors import DataFileError


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; a missing, unreadable, non-UTF-8 or invalid file raises DataFileError."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataFileError(name, "bestand niet gevonden") from None
    except OSError as exc:
        raise DataFileError(name, f"kan het bestand niet lezen ({exc.strerror})") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DataFileError(name, "het bestand is geen UTF-8-tekst") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(name, f"geen geldige TOML: {exc}") from None


def word_list(path: Path, key: str) -> tuple[str, ...]:
    """The list ``key`` of a TOML data file as words in lower case with single spaces; a DataFileError naming the
    file and key when it is missing, empty or holds anything but non-blank strings."""
    words = read_toml(path).get(key)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise DataFileError(str(path), f"'{key}' moet een niet-lege lijst met woorden zijn", key)
    return tuple(" ".join(w.lower().split()) for w in words)
