"""The season's wish a writer gives the business ('Gelukkig nieuwjaar aan ol de mensen van De Vaartkant!', 'Fijne
feestdagen allemaal', 'Happy New Year!'), as written, so the thanks can wish it back ('Gelukkig nieuwjaar ook voor
u!')."""

from __future__ import annotations

import re

_WISH = re.compile(
    r"\b(?P<wish>(?:gelukkig|zalig|gezond|fijn|fijne|prettig|prettige|vrolijk|vrolijke|goed|gezellig|gezellige)\s+"
    r"(?:nieuwjaar|nieuw\s+jaar|kerstfeest|kerstmis|kerst|feestdagen|pasen|paasfeest|eindejaar))\b"
    r"|\b(?P<en>(?:happy|merry)\s+(?:new\s+year|christmas|easter|holidays))\b",
    re.I,
)


def season_wish(text: str) -> tuple[str, bool]:
    """(the wish as written in lower case, whether it is English) ('gelukkig nieuwjaar', False); ('', False) when the
    writer wishes the season nothing."""
    found = _WISH.search(text)
    if found is None:
        return "", False
    english = found.group("en") is not None
    return " ".join((found.group("en") or found.group("wish")).lower().split()), english
