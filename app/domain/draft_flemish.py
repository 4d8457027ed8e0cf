"""Flemish-friendly wording for a Flemish business (resources/flemish.toml): a Belgian phone number, a .be
address or a Belgian address; then 'Balen dat ...' reads 'Spijtig dat ...' and 'Hoi' reads 'Hallo'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.profile import BusinessProfile
from app.domain.schema import Strict, Text, Texts, located, validate
from app.domain.words import word_regex
from app.resources import resource_path


class _FlemishModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    domeinen: Texts
    landen: list[Text]
    woorden: Annotated[dict[Text, Text], Field(min_length=1)]


@dataclass(frozen=True)
class WordSwaps:
    """Whole words and word groups to swap for others ('Balen dat' → 'Spijtig dat'), the longest first: the
    Flemish words here and the business words of app/domain/draft_formal.py."""

    swaps: dict[str, str]
    pattern: re.Pattern[str]

    @classmethod
    def of(cls, words: dict[str, str]) -> WordSwaps:
        return cls(dict(words), swap_pattern(words))

    def words(self, text: str) -> str:
        """``text`` with each word to swap replaced by its other word; a capital word inside a sentence is a
        name and stays ('Dessel, Mol en Balen', 'bij Hoi Sushi'): a swap only rewrites the words of a template."""
        quoted = [m.span() for m in _QUOTED.finditer(text)]
        return self.pattern.sub(
            lambda m: m[0] if _named(text, m.start(), m[0]) or _inside(m.start(), quoted) else self.swaps[m[0]], text
        )


# Text the writer wrote that the reply quotes ("er stond 'Gefeliciteerd Jan' op"): said as written, never swapped.
# An apostrophe inside or right after a word ('auto's', "'s avonds") opens no quote.
_QUOTED = re.compile(r"(?<![\w'’])['‘\"“„](?=\S)[^'‘’\"“”„\n]{1,80}?(?<=\S)['’\"”](?!\w)")


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether position ``at`` lies inside one of the quoted ``spans``."""
    return any(start < at < end for start, end in spans)


def _named(text: str, at: int, word: str) -> bool:
    """Whether ``word`` at ``at`` is a name: a capital not at the start of a sentence (a letter, digit or comma
    before it)."""
    if not word[:1].isupper():
        return False
    before = text[:at].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;&/(-")


@dataclass(frozen=True)
class Flemish:
    domains: tuple[str, ...]
    countries: tuple[str, ...]
    swapped: WordSwaps

    def business(self, profile: BusinessProfile) -> bool:
        """Whether the business is Flemish: a Belgian phone number, a mail or web address on a Belgian domain, a
        Belgian address."""
        digits = re.sub(r"\D", "", profile.phone)
        if profile.phone.strip().startswith("+32") or digits.startswith("0032"):
            return True
        if len(digits) == 9 and digits.startswith("0") and not digits.startswith("04"):
            return True  # a Belgian landline: 0 and eight digits (a Dutch number has ten)
        hosts = [profile.email.rsplit("@", 1)[-1], re.sub(r"^\w+://", "", profile.website).split("/")[0]]
        if any(h.strip().lower().endswith(f".{d}") for h in hosts if h.strip() for d in self.domains):
            return True
        address = profile.address
        if any(re.search(rf"\b{re.escape(c)}\b", address, re.I) for c in self.countries):
            return True
        # a Belgian postcode is four digits and the town ('9200 Dendermonde'); a Dutch one has two letters
        return re.search(r"\b[1-9]\d{3}\s+(?![A-Z]{2}\b)[A-ZÀ-Ý][a-zà-ÿ]", address) is not None

    def words(self, text: str) -> str:
        """``text`` with the Flemish word for each Hollandic one."""
        return self.swapped.words(text)


def swap_pattern(words: dict[str, str]) -> re.Pattern[str]:
    """One pattern for whole words and word groups to swap, the longest first ('Balen van' before 'Balen')."""
    return word_regex(tuple(words), 0)


def parse_flemish(data: dict[str, Any], source: str = "<flemish>") -> Flemish:
    model = validate(_FlemishModel, data, source, located)
    domains = tuple(d.strip().lower().lstrip(".") for d in model.domeinen)
    return Flemish(domains, tuple(model.landen), WordSwaps.of(model.woorden))


@lru_cache(maxsize=1)
def shipped_flemish(path: str | Path | None = None) -> Flemish:
    file = Path(path) if path else resource_path("flemish.toml")
    return parse_flemish(read_toml(file), str(file))


def flemish_business(profile: BusinessProfile) -> bool:
    return shipped_flemish().business(profile)


def flemish_words(text: str) -> str:
    return shipped_flemish().words(text)
