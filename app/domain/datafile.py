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
