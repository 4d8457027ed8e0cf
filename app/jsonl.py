"""JSON Lines in and out for the headless commands.

Input is read as bytes and decoded per line, so one line with bad UTF-8 or bad
JSON becomes an error object for that line and the rest is still processed.
"""

from __future__ import annotations

import json
import re
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


MAX_LINE_BYTES = 64 * 1024 * 1024  # a longer line is skipped with an error object
_CHUNK = 1024 * 1024


def _raw_lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """The stream's lines; None for a line longer than MAX_LINE_BYTES (which is skipped, not kept)."""
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while True:  # drop the rest of this line without keeping it in memory
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield raw


def parse_json_text(text: str) -> Any:
    """``json.loads`` that raises ValueError (with a Dutch message) for every kind of bad input.

    Besides syntax errors: nesting too deep, numbers too long, NaN/Infinity, and
    lone surrogates (which cannot be written back out as UTF-8).
    """
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ValueError(f"geen geldige JSON ({exc.msg})") from None
    except RecursionError:
        raise ValueError("geen bruikbare JSON (te diep genest)") from None
    except ValueError as exc:
        if "NaN" in str(exc) or "Infinity" in str(exc):
            raise ValueError("geen bruikbare JSON (NaN of Infinity is geen getal in JSON)") from None
        raise ValueError("geen bruikbare JSON (een getal is te lang)") from None
    try:
        json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("tekst met een ongeldig teken (losse surrogaat, bijv. \\ud800)") from None
    except RecursionError:
        raise ValueError("geen bruikbare JSON (te diep genest)") from None
    except ValueError:
        raise ValueError("geen bruikbare JSON (een getal is te groot)") from None
    return data


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed (NaN/Infinity)")


def read_lines(stream: IO[bytes], require_text: bool = True) -> Iterator[Line]:
    """Parse each non-empty line; blank lines are skipped but still counted.

    Never raises for the content of a line: every bad line becomes a Line with an error.
    """
    for number, raw in enumerate(_raw_lines(stream), start=1):
        if raw is None:
            yield Line(number, None, f"regel is te lang (meer dan {MAX_LINE_BYTES // (1024 * 1024)} MB)")
            continue
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield Line(number, None, "regel is geen geldige UTF-8")
            continue
        try:
            data = parse_json_text(text)
        except ValueError as exc:
            yield Line(number, None, str(exc))
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


# Characters that JSON allows raw inside strings but that many line readers (Python's
# str.splitlines, JavaScript) treat as line ends: escaped, so one record stays one line.
_LINE_BREAKS = re.compile("[\x1c-\x1e\x85\u2028\u2029]")


def one_line(text: str) -> str:
    """JSON text with the Unicode line separators escaped (for text made elsewhere, e.g. by SQLite)."""
    if text.isascii() and "\x1c" not in text and "\x1d" not in text and "\x1e" not in text:
        return text  # most lines: nothing to escape, and these checks cost far less than the pattern
    return _LINE_BREAKS.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def dumps(obj: Any) -> str:
    """One output line (no trailing newline)."""
    return one_line(json.dumps(obj, ensure_ascii=False))
