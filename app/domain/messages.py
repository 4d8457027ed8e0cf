"""Error and status messages from the domain and the store, in the window's language.

The code raises its messages in Dutch, the reference (the CLI prints them as they are). The window
shows them through :func:`user_message`, which looks a message up in the catalogue
``resources/i18n/<language>/messages.toml``: ``[[text]]`` entries whose Dutch text may hold
``{placeholders}`` for the parts the code fills in (a file name, a number, a reason). The parts
filled in are translated in turn where they are messages themselves ("... opgeslagen: {reason}").
A message without an entry is shown in Dutch, as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.i18n import REFERENCE, catalogue, content_language

CATALOGUE = "messages.toml"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_DEPTH = 3  # how deep filled-in parts are translated in turn


@lru_cache(maxsize=4)
def _patterns(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each Dutch message as a pattern (placeholders match any text), most literal text first."""
    found = []
    for dutch, translated in catalogue(CATALOGUE, language).items():
        if not _PLACEHOLDER.search(dutch):
            continue
        parts, names, last = [], set(), 0
        for match in _PLACEHOLDER.finditer(dutch):
            parts.append(re.escape(dutch[last : match.start()]))
            name = match.group(1)
            parts.append(f"(?P={name})" if name in names else f"(?P<{name}>.+?)")
            names.add(name)
            last = match.end()
        parts.append(re.escape(dutch[last:]))
        literal = len(_PLACEHOLDER.sub("", dutch))
        found.append((literal, re.compile("".join(parts), re.DOTALL), translated))
    found.sort(key=lambda item: -item[0])
    return tuple((pattern, translated) for _, pattern, translated in found)


def _fill(translated: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], translated)


def _part(value: str, language: str, depth: int) -> str:
    """A filled-in part, translated where it is a message itself (maybe without its full stop)."""
    if depth >= _DEPTH:
        return value
    found = user_message(value, language, depth + 1)
    if found == value and not value.endswith("."):
        dotted = user_message(value + ".", language, depth + 1)
        if dotted != value + "." and dotted.endswith("."):
            return dotted[:-1]
    return found


def user_message(message: str, language: str | None = None, _depth: int = 0) -> str:
    """``message`` in the window's language (or the one given); as it is when there is no entry."""
    language = language or content_language()
    text = message.strip()
    if language == REFERENCE or not text:
        return message
    exact = catalogue(CATALOGUE, language).get(text)
    if exact is not None:
        return exact
    for pattern, translated in _patterns(language):
        match = pattern.fullmatch(text)
        if match:
            values = {name: _part(value, language, _depth) for name, value in match.groupdict().items()}
            return _fill(translated, values)
    return message
