"""Text the pipeline can read: a lone surrogate (half of an emoji, left by a broken copy or a
mangled command line) cannot be encoded as UTF-8, and spaCy's tokenizer hashes every token as
UTF-8. Such a character becomes U+FFFD, the sign for "unreadable character"; all else is kept."""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def readable(text: str) -> str:
    """The text with every lone surrogate replaced by U+FFFD (the same length, so offsets hold)."""
    return _LONE_SURROGATE.sub("\ufffd", text)
