"""A comment dictated with its punctuation spoken ('Goedemorgen komma mag ik ... vraagteken Mijn man ...')
written out ('Goedemorgen, mag ik ...? Mijn man ...'), so its questions and sentences are found as in a typed
comment. The spoken words and their marks are in resources/synonyms.toml ([spoken_marks])."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from app.resources import resource_path

_ENDS = {"?", "!", "."}


@lru_cache(maxsize=1)
def spoken_marks() -> dict[str, str]:
    raw = tomllib.loads(resource_path("synonyms.toml").read_text(encoding="utf-8"))
    marks = raw.get("spoken_marks", {})
    if not isinstance(marks, dict) or not all(isinstance(v, str) and v.strip(" ") for v in marks.values()):
        raise ValueError("synonyms.toml: [spoken_marks] must map a spoken word to its punctuation mark")
    return {" ".join(str(k).lower().split()): str(v) for k, v in marks.items()}


@lru_cache(maxsize=1)
def _spoken() -> re.Pattern[str]:
    said = sorted(spoken_marks(), key=len, reverse=True)
    words = [re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in said]
    return re.compile(r"[ \t]*(?<!\w)(?<!\d )(" + "|".join(words) + r")(?!\w)[ \t]*", re.I)


def _mark(found: re.Match[str]) -> str:
    mark = spoken_marks()[" ".join(found.group(1).lower().split())]
    return mark if mark == "\n" else f"{mark} "


def written_out(text: str) -> str:
    """The comment with its spoken punctuation as marks; unchanged when it was not dictated that way (it
    has a question mark of its own, or names no question or exclamation mark and fewer than two marks)."""
    if "?" in text:
        return text
    marks = [_mark(m).strip(" ") for m in _spoken().finditer(text)]
    found, count = set(marks), len(marks)
    # a typed comment that merely says 'een goed punt' keeps its words ('2 komma 5' is a number)
    if not found or (not found & {"?", "!"} and (count < 2 or re.search(r"[,.!]", text))):
        return text
    written = _spoken().sub(_mark, text).strip()
    # a new sentence starts with a capital
    return re.sub(r"([.?!]\s+|\n)(\w)", lambda m: m.group(1) + m.group(2).upper(), written)
