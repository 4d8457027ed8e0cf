"""JSON Lines in and out for the headless commands.

Input is read as bytes and decoded per line, so one line with bad UTF-8 or bad
JSON becomes an error object for that line and the rest is still processed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.errors import ReageerwijzerError


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    data: dict[str, Any] | None
    error: str | None = None

    def error_object(self) -> dict[str, Any]:
        return {"error": self.error, "line": self.number}


def open_input(path: str | None, stdin: IO[bytes]) -> IO[bytes]:
    """The binary input stream: the file, or stdin for None or '-'."""
    if path in (None, "-"):
        return stdin
    file = Path(path)
    if not file.exists():
        raise ReageerwijzerError(f"bestand niet gevonden: {path}")
    if file.is_dir():
        raise ReageerwijzerError(f"{path} is een map, geen bestand")
    try:
        return file.open("rb")
    except OSError as exc:
        raise ReageerwijzerError(f"kan {path} niet lezen: {exc.strerror}") from None


def read_lines(stream: IO[bytes], require_text: bool = True) -> Iterator[Line]:
    """Parse each non-empty line; blank lines are skipped but still counted."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield Line(number, None, "regel is geen geldige UTF-8")
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Line(number, None, f"geen geldige JSON ({exc.msg})")
            continue
        if not isinstance(data, dict):
            yield Line(number, None, "verwacht een JSON-object per regel")
            continue
        if require_text:
            value = data.get("text")
            if not isinstance(value, str) or not value.strip():
                yield Line(number, None, "veld 'text' ontbreekt of is leeg")
                continue
        yield Line(number, data)


def dumps(obj: Any) -> str:
    """One output line (no trailing newline)."""
    return json.dumps(obj, ensure_ascii=False)
