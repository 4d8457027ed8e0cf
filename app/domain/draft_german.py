"""A comment written in German gets the Dutch reply with one fixed, correct German sentence after the greeting
(resources/replies.toml [german]): sorry under a complaint, glad under praise, else a hand held out; never a
translation made up by the assistant. The owner gets a note that the comment is German."""

from __future__ import annotations

from app.domain.draft_text import Part

# The German sentence for each kind of draft (the flowchart's draft kinds); any other kind gets 'help'.
_BY_KIND = {"herstel": "sorry", "bedanken": "praise"}


def german_key(kind: str) -> str:
    """The key in [german] for a draft of this kind ('herstel' → 'sorry')."""
    return _BY_KIND.get(kind, "help")


def with_german(parts: list[Part], line: str) -> list[Part]:
    """``parts`` with the German ``line`` after the greeting (or first when there is none); left out first when the
    reply does not fit the platform."""
    german = Part("german", line, False, "")
    at = 1 if parts and parts[0].key == "greeting" else 0
    return [*parts[:at], german, *parts[at:]]
