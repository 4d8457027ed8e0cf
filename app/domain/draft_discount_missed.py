"""A discount the business announced that the till did not give ('15% op verlichting stond er op het bord ... aan de
kassa gewoon de volle prijs betaald'): not a price to explain but a mistake to own and set right, the discount named
as the writer named it. Words: resources/phrase_cues.toml (discount_words, full_price, till)."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_base import DraftBase
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_text import Part, place_before
from app.domain.textnorm import sentences
from app.domain.words import alternation, word_regex

_PERCENT = re.compile(r"(?<![\d,])(?P<n>\d{1,2})\s?(?:%|procent)", re.I)


@cache
def _discount() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(phrase_cues().discount_words, spaced=True)})(?!\w)|%", re.I)


@cache
def _full_price() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(phrase_cues().full_price, spaced=True)})(?!\w)", re.I)


def discount_missed(text: str) -> str:
    """The discount the writer did not get, as the reply names it ('de korting van 15%', 'de korting'), when they
    say a discount was announced and they paid the full price; ''."""
    if not phrase_cues().discount_words or not phrase_cues().till or _discount().search(text) is None:
        return ""
    till = word_regex(phrase_cues().till)
    if not any(_full_price().search(s) and till.search(s) for s in sentences(text)):
        return ""  # 'voor de volle prijs gekocht en nu in de etalage met 25%': a later sale, no till's mistake
    percent = _PERCENT.search(text)
    return f"de korting van {percent.group('n')}%" if percent else "de korting"


class DiscountMissedDrafting(DraftBase):
    """The lines of a complaint about a discount the till did not give."""

    def _discount_missed(self, parts: list[Part], seed: str, text: str) -> list[Part]:
        """``parts`` owning the discount not given and offering the difference back, in place of an explanation of
        the price; unchanged for any other complaint."""
        missed = discount_missed(text)
        if not missed:
            return parts
        empathy = self._line("complaint", "discount_missed", seed, {"onderwerp": missed})
        back = self._line("complaint", "discount_back", seed)
        out = []
        for p in parts:
            if p.key == "empathy":
                out.append(Part("empathy", empathy, True, empathy))
            elif p.key == "channel":
                out.append(self._plain_contact(p, seed))
            elif p.key not in {"apology", "next", "solution", "acknowledge", "fact"}:
                out.append(p)
        return place_before(out, Part("solution", back, True, back), "channel")

    def _plain_contact(self, contact: Part, seed: str) -> Part:
        """The contact line without 'Dan reken ik het je graag voor' (a price to work out): the plain one."""
        for kind, field in (("email", self.profile.email), ("phone", self.profile.phone), ("dm", self.profile.email)):
            values = {"kanaal": field.strip()}
            if contact.text == self._line("channel", f"{kind}_price", seed, values):
                return Part(contact.key, self._line("channel", kind, seed, values), contact.essential, contact.short)
        return contact
