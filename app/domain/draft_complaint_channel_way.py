"""A booking tried through a channel the business does not use for it ('Drie keer een berichtje gestuurd via Insta
voor een afspraak, nooit antwoord'): when the profile's FAQ says no to that channel ('Kan ik een afspraak maken via
Facebook of Instagram?' – 'Nee ... Bel ons of boek online via de website.'), the reply says the way that works, in
the FAQ's own words; nothing when the FAQ names no such way."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_text import Part, place_before
from app.domain.profile import BusinessProfile
from app.domain.textnorm import sentences

# A channel of messages ('Instagram', 'een berichtje', 'DM', 'Messenger') ...
_CHANNEL = re.compile(r"\b(?:insta\w*|facebook|fb|messenger|dm|pb|berichtje\w*|bericht\w*|whatsapp|app)\b", re.I)
# ... used for a booking ('voor een afspraak', 'om te reserveren').
_BOOKING = re.compile(r"\b(?:afspraak\w*|reserv\w*|boek\w*|bestel\w*)", re.I)
_NO = re.compile(r"^\s*(?:nee|neen|helaas\s+niet)\b", re.I)
_NOT = re.compile(r"\b(?:geen|niet|nooit)\b", re.I)


def channel_way(profile: BusinessProfile, text: str) -> str:
    """The way to book the profile's FAQ gives after saying no to booking by message ('Bel ons of boek online via
    de website'), without its final full stop, when the writer tried to book by message; or ''."""
    if not (_CHANNEL.search(text) and _BOOKING.search(text)):
        return ""
    for item in profile.faq:
        if not (_CHANNEL.search(item.question) and _BOOKING.search(item.question) and _NO.search(item.answer)):
            continue
        ways = [s.strip().rstrip(".") for s in sentences(item.answer) if not _NO.search(s) and not _NOT.search(s)]
        if ways:
            return ways[0]
    return ""


class ChannelWayDrafting(DraftBase):
    """The line of a complaint about a booking tried by message."""

    def _channel_way(self, parts: list[Part], seed: str, text: str) -> list[Part]:
        """``parts`` with the way to book from the FAQ before the contact; unchanged when there is none."""
        way = channel_way(self.profile, text)
        if not way:
            return parts
        line = self._line("complaint", "channel_way", seed, {"feit": way[:1].lower() + way[1:]})
        return place_before(parts, Part("fact", line, True), "channel")
