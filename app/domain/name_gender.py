"""Whether a first name is clearly a woman's or a man's ('Yvonne' → 'mevrouw', 'Peter' → 'meneer'),
from resources/lexicons/voornamen_geslacht.txt; a name used for both or not listed gives None, so
a greeting never guesses."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from app.resources import resource_path

_SECTIONS = {"[vrouw]": "mevrouw", "[man]": "meneer"}


class GenderListError(ValueError):
    """The list of first names by gender is malformed."""


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    """first name (lower case) → 'mevrouw' or 'meneer'; a name in both sections is left out."""
    path = resource_path("lexicons", "voornamen_geslacht.txt")
    found: dict[str, str] = {}
    both: set[str] = set()
    title = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            if line not in _SECTIONS:
                raise GenderListError(f"{path.name}, regel {number}: onbekende kop {line!r}")
            title = _SECTIONS[line]
            continue
        if not title:
            raise GenderListError(f"{path.name}, regel {number}: namen vóór de eerste kop")
        for name in line.split():
            key = _key(name)
            if found.get(key, title) != title:
                both.add(key)
            found[key] = title
    return {k: v for k, v in found.items() if k not in both}


def _key(name: str) -> str:
    """A name as looked up: lower case without accents, so 'Véronique' finds 'veronique' and 'Ayşe' 'ayse'."""
    decomposed = unicodedata.normalize("NFD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def title_for(first: str) -> str | None:
    """'mevrouw' or 'meneer' for a clearly female or male first name, else None. A double name
    ('Anne-Marie', 'Jan Willem') goes by its whole, else by its first part."""
    key = _key(first.strip())
    titles = _titles()
    if key in titles:
        return titles[key]
    head = key.replace(" ", "-").split("-", 1)[0]
    return titles.get(head)
