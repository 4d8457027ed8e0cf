"""A complaint about walking in when it was full ('Woensdagnamiddag met de 3 kinderen naar de vrije inloop gekomen en
om 15u was het 'vol voor vandaag''): the walk-in named as the writer names it, who came along, and the next chance,
by appointment when the business works with them. Words: resources/phrase_cues.toml (walk_in, walk_in_full) and
resources/cancel.toml (who)."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_base import DraftBase
from app.domain.draft_cues import draft_cues
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_text import Part, place_before
from app.domain.words import alternation, possessive_alternation, word_regex

# Who came along, as the writer says it ('met de 3 kinderen', 'met mijn dochter', 'met onze twee kids').
_ALONG = re.compile(
    rf"\bmet\s+(?P<own>{possessive_alternation()}|de|ons|onze)\s+(?:\w+\s+)?"
    r"(?P<who>kinderen|kindjes|kids|kind|kindje|dochter|dochtertje|dochters|zoon|zoontje|zonen|zoons|kleinkinderen)\b",
    re.I,
)
# The business works by appointment ('op afspraak', 'liefst na afspraak'; not 'zonder afspraak').
_BY_APPOINTMENT = re.compile(r"\b(?:op|na|met)\s+afspraak\b", re.I)
_MINE = re.compile(rf"^(?:{possessive_alternation()}|ons|onze)$", re.I)


@cache
def _walk_in() -> re.Pattern[str]:
    return word_regex(phrase_cues().walk_in)


@cache
def _full() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(phrase_cues().walk_in_full, spaced=True)})(?!\w)", re.I)


def walked_in_full(text: str) -> str:
    """The walk-in as the writer names it ('vrije inloop', 'walk-in'), lower case, when they say it was full; ''."""
    walk, full = _walk_in().search(text), _full().search(text)
    if walk is None or full is None:
        return ""
    return " ".join(walk.group(0).lower().split())


class WalkInDrafting(DraftBase):
    """The lines of a complaint about a walk-in that was full."""

    def _walk_in_full(self, parts: list[Part], seed: str, text: str) -> list[Part]:
        """``parts`` with the empathy naming the walk-in that was full and who came along, and the next chance
        before the contact; unchanged for any other complaint."""
        walk = walked_in_full(text)
        if not walk or not parts or parts[0].key not in {"empathy", "apology"}:
            return parts
        along = _ALONG.search(text)
        who = ""
        if along is not None:
            own = self._poss if _MINE.match(along.group("own")) else "de"
            who = f" met {own} {along.group('who').lower()}"
        subject = "het binnenlopen zonder afspraak" if walk == "zonder afspraak" else f"de {walk}"
        empathy = self._line("complaint", "walk_in_full", seed, {"onderwerp": subject, "tweede": who})
        booked = _BY_APPOINTMENT.search(self.profile.value("opening_hours")) is not None
        nxt = self._line("complaint", "walk_in_booked" if booked else "walk_in_next", seed)
        phone = self.profile.phone.strip()
        if phone and draft_cues().travelled.search(text):  # 'ben daarvoor 20 km gereden': call before the trip
            nxt = f"{nxt} {self._line('complaint', 'walk_in_call', seed, {'kanaal': phone})}"
        out = [Part("empathy", empathy, True, empathy) if p.key == "empathy" else p for p in parts]
        out = [p for p in out if p.key not in {"solution", "acknowledge"}]
        return place_before(out, Part("next_chance", nxt, True, nxt), "channel")
