"""An appointment the writer tried in vain to move or cancel by phone ('Al drie keer gebeld om mijn afspraak te
verzetten, voicemail vol'): when the profile says appointments are also made online ('Enkel op afspraak, telefonisch
of online'), the reply says that way, with the business's address to mail; nothing when the profile names no such
way."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_fact_score import FACT_FIELDS
from app.domain.draft_text import Part, place_before
from app.domain.topics import TopicAnalysis

# What the writer wanted to do with the appointment ('verzetten', 'annuleren', 'afzeggen', Flemish 'verplaatsen').
_CHANGE = re.compile(
    r"\b(?:afspraak|afspraakje|reservatie|reservering|boeking)\b[^.!?\n]{0,60}?\b(?P<doen>verzetten|verzet|"
    r"verplaatsen|annuleren|annuleer|afzeggen|af\s+te\s+zeggen|afbellen|omboeken)\b",
    re.I,
)
_VERB = {"verzet": "verzetten", "annuleer": "annuleren", "af te zeggen": "afzeggen"}
# The profile says appointments are made online too ('telefonisch of online', 'boek online via de website').
_ONLINE = re.compile(r"\bonline\b", re.I)
_APPOINTMENT = re.compile(r"\b(?:afspraak|afspraken|boek\w*|reserv\w*)\b", re.I)


def other_way(text: str, tried: tuple[str, ...], sources: list[str]) -> str:
    """The verb of what the writer wanted to do with an appointment ('verzetten') when they tried it by phone and
    one of the profile's texts (``sources``) says appointments go online too; '' otherwise."""
    found = _CHANGE.search(text)
    if found is None or "telefoon" not in tried:
        return ""
    if not any(_ONLINE.search(s) and _APPOINTMENT.search(s) for s in sources):
        return ""
    said = " ".join(found["doen"].lower().split())
    return _VERB.get(said, said)


class OtherWayDrafting(DraftBase):
    """The line of a complaint from a writer who could not move an appointment by phone."""

    def _other_way(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """``parts`` with 'Een afspraak verzetten kan ook online, of per mail op ...' before the contact; unchanged
        when the writer did not try that by phone or the profile names no online way."""
        sources = [self.profile.opening_hours, *(self.profile.value(f) for f in FACT_FIELDS)]
        sources += [f"{f.question} {f.answer}" for f in self.profile.faq]
        verb = other_way(text, topics.tried, sources) if not topics.is_safety else ""
        if not verb:
            return parts
        site = self.profile.website.strip()
        values = {"waarde": verb, "tweede": f" via {site}" if site else "", "kanaal": self.profile.email.strip()}
        line = self._line("complaint", "other_way_mail" if values["kanaal"] else "other_way", seed, values)
        return place_before(parts, Part("way", line, True), "channel")
