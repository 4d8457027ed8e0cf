"""A joke that ends by asking the business to treat the writer ('Koen, ge moogt mij nen pint trakteren voor de gratis
reclame', 'daar mag wel een gratis koffie tegenover staan'): the thing asked for, so the light reply can wink at it
('Over die pint valt te praten 😉') without promising it."""

from __future__ import annotations

import re

_ARTICLE = r"(?:nen|ne|een|'n|n|ene|e)"
# 'mij nen pint trakteren', 'trakteren op een koffie', 'een gratis taartje tegenover staan', 'buy me a beer'
_ASKED = re.compile(
    rf"\b{_ARTICLE}\s+(?:gratis\s+|klein\s+|lekker\s+)?(?P<a>[^\W\d_]{{3,}})\s+(?:trakteren|trakteert|geven|tegenover\s+staan)\b"
    rf"|\btrakte(?:er|ert|ren)\s+(?:\w+\s+){{0,2}}?op\s+{_ARTICLE}\s+(?:gratis\s+)?(?P<b>[^\W\d_]{{3,}})\b"
    r"|\b(?:buy|owe)\s+(?:me|us)\s+an?\s+(?P<c>[a-z]{3,})\b",
    re.I,
)


def treat_asked(text: str) -> str:
    """The thing the writer asks to be treated to ('pint', 'koffie'), as written; '' when the joke asks for none."""
    found = _ASKED.search(text)
    return next((g for g in found.group("a", "b", "c") if g), "") if found else ""
