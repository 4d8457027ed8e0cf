"""An organisation that wants to offer its people something ('Wij willen onze medewerkers een fietsplan aanbieden',
'we willen ons personeel een bakfiets aanbieden via fietslease'): the plan as the writer said it, for the answer to
name ('Wat leuk: een fietsplan voor je medewerkers!'). The words are in resources/fact_words.toml (``staff_words``,
``offer_verbs``)."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_fact_words import fact_words
from app.domain.words import alternation


def _alternatives(words: frozenset[str]) -> str:
    return alternation(tuple(sorted(words)), spaced=True)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = fact_words()
    return re.compile(
        rf"\b(?:onze|ons|mijn|al\s+onze|de)\s+(?P<who>{_alternatives(words.staff_words)})\s+"
        rf"(?P<what>(?:(?:een|de|het)\s+)?[^\s.,;!?]+(?:\s+[^\s.,;!?]+){{0,4}}?)\s+"
        rf"(?:{_alternatives(words.offer_verbs)})\b"
        r"(?P<via>\s+(?:via|met)\s+(?:een\s+)?[\w-]+)?",
        re.I,
    )


def staff_plan(text: str) -> tuple[str, str]:
    """(what is offered, to whom) as the writer said it: ('een bakfiets via fietslease', 'medewerkers') of 'Wij
    willen onze medewerkers een bakfiets aanbieden via fietslease'; ('', '') when the text offers nobody anything."""
    found = _pattern().search(text)
    if found is None:
        return "", ""
    said = found["what"].split()
    if len(said) > 1 and said[0].lower() not in {"een", "de", "het"}:
        return "", ""  # 'onze medewerkers graag iets geven': no thing named with its article
    return " ".join(f"{found['what']}{found['via'] or ''}".split()), found["who"].lower()
