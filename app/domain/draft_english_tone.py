"""How an English draft sounds read aloud: no more than two exclamation marks in its body ('What a lovely message,
thank you! Congratulations on your 40th! ... We will pass this on to Nora! See you next time!' reads as a
template shouting); the later ones become full stops, the first ones (the thanks, the congratulation) stay."""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain.draft_text import Part

MAX_EXCLAIMED = 2
# An exclamation mark that ends a sentence, outside a slot ('[vul in: ...!]') and a quote ('‘...!’').
_EXCLAIMED = re.compile(r"!(?=\s|$)")
_KEPT = re.compile(r"\[[^\]]*\]|‘[^’]*’")


def fewer_exclamations(parts: list[Part], most: int = MAX_EXCLAIMED) -> list[Part]:
    """The body ``parts`` with at most ``most`` exclamation marks ending a sentence, counted in order; the greeting
    ('Hi!') and the sign-off are not the body and are left as they are."""
    seen = 0
    out: list[Part] = []
    for part in parts:
        if part.key in {"greeting", "sign"} or not part.text:
            out.append(part)
            continue
        kept = [(m.start(), m.end()) for m in _KEPT.finditer(part.text)]

        def said(found: re.Match[str], kept: list[tuple[int, int]] = kept) -> str:
            nonlocal seen
            if any(a <= found.start() < b for a, b in kept):
                return found.group(0)
            seen += 1
            return "!" if seen <= most else "."

        out.append(replace(part, text=_EXCLAIMED.sub(said, part.text)))
    return out
